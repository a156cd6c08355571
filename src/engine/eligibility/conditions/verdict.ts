/** Result of evaluating one condition (sub)tree: `text` states what was found either way. */
export type Verdict =
  | { readonly kind: 'holds' | 'fails'; readonly text: string; readonly observed?: string }
  | { readonly kind: 'error'; readonly message: string };
