/**
 * Where the Promotions view is, kept in the URL hash so reload, back and links keep the place:
 * `#/promotions`, `#/promotions/<id>` (selected), `#/promotions/<id>/edit`,
 * `#/promotions/new/<template key>`.
 */
export type PromotionRoute =
  | { readonly kind: 'list'; readonly selected: string | undefined }
  | { readonly kind: 'edit'; readonly id: string }
  | { readonly kind: 'new'; readonly template: string };

export function promotionRoute(hash: string): PromotionRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').map(safeDecode);
  if (parts[0] !== 'promotions') return { kind: 'list', selected: undefined };
  const [, id, sub] = parts;
  if (id === 'new') return { kind: 'new', template: sub ?? 'blank' };
  if (id !== undefined && id !== '' && sub === 'edit') return { kind: 'edit', id };
  return { kind: 'list', selected: id === '' ? undefined : id };
}

export function promotionsHash(r: PromotionRoute): string {
  switch (r.kind) {
    case 'list': return r.selected === undefined ? '#/promotions' : `#/promotions/${encodeURIComponent(r.selected)}`;
    case 'edit': return `#/promotions/${encodeURIComponent(r.id)}/edit`;
    case 'new': return `#/promotions/new/${encodeURIComponent(r.template)}`;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
