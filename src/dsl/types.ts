/**
 * The script language's small type language. Inputs are declared with it once
 * (`extension-points.ts`); the checker, completion, hover and the interpreter's input conversion
 * all read that declaration.
 */
export interface MemberDecl {
  readonly name: string;
  readonly type: DslType;
  readonly doc: string;
}

/** Which workspace custom-field list an open map's keys come from (for completion and warnings). */
export type CustomFieldOwner = 'user' | 'order' | 'line';

export type DslType =
  | { readonly kind: 'number' }
  /** A decimal amount of the bundle's currency; arithmetic with numbers keeps it money. */
  | { readonly kind: 'money' }
  | { readonly kind: 'string' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'null' }
  /** Unknown statically (e.g. a variable set to values of different types). */
  | { readonly kind: 'any' }
  | { readonly kind: 'list'; readonly element: DslType }
  | { readonly kind: 'record'; readonly name: string; readonly members: readonly MemberDecl[] }
  /** Open map: any member name is allowed and reads nothing when absent. */
  | { readonly kind: 'map'; readonly value: DslType; readonly customFields?: CustomFieldOwner };

export const T = {
  number: { kind: 'number' },
  money: { kind: 'money' },
  string: { kind: 'string' },
  boolean: { kind: 'boolean' },
  null: { kind: 'null' },
  any: { kind: 'any' },
  list: (element: DslType): DslType => ({ kind: 'list', element }),
  record: (name: string, members: readonly MemberDecl[]): DslType => ({ kind: 'record', name, members }),
  map: (value: DslType, customFields?: CustomFieldOwner): DslType =>
    customFields ? { kind: 'map', value, customFields } : { kind: 'map', value },
} as const satisfies Record<string, DslType | ((...a: never[]) => DslType)>;

/** `Count` is the one member every list has. */
export const LIST_COUNT: MemberDecl = { name: 'Count', type: T.number, doc: 'Number of elements in the list.' };

export const isNumeric = (t: DslType): boolean => t.kind === 'number' || t.kind === 'money';

/**
 * Whether values of the two types may be compared with `=`/`<>`: anything compares with
 * nothing/any, money with number, lists element-wise.
 */
export function comparable(a: DslType, b: DslType): boolean {
  if (a.kind === 'any' || b.kind === 'any' || a.kind === 'null' || b.kind === 'null') return true;
  if (isNumeric(a) && isNumeric(b)) return true;
  if (a.kind === 'list' && b.kind === 'list') return comparable(a.element, b.element);
  return a.kind === b.kind && a.kind !== 'record' && a.kind !== 'map';
}

/** The type of a variable set to both: equal types stay, anything else widens to `any`. */
export function join(a: DslType, b: DslType): DslType {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind === 'money' && b.kind === 'number') return a;
  if (a.kind === 'number' && b.kind === 'money') return b;
  if (a.kind === 'list' && b.kind === 'list') return T.list(join(a.element, b.element));
  if (a.kind === b.kind && a.kind !== 'record' && a.kind !== 'map') return a;
  if (a.kind === 'record' && b.kind === 'record' && a.name === b.name) return a;
  if (a.kind === 'map' && b.kind === 'map') return a;
  return T.any;
}

/** `record Order`, `list<Line>`, `map<string>` … for messages and hover. */
export function typeName(t: DslType): string {
  switch (t.kind) {
    case 'list': return `list<${typeName(t.element)}>`;
    case 'record': return t.name;
    case 'map': return `map<${typeName(t.value)}>`;
    case 'null': return 'nothing';
    default: return t.kind;
  }
}

/** The members of a type that `.` may read (records' declared ones, `Count` on lists). */
export function membersOf(t: DslType): readonly MemberDecl[] {
  if (t.kind === 'record') return t.members;
  if (t.kind === 'list') return [LIST_COUNT];
  return [];
}
