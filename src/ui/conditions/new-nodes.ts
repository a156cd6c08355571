import type { Bundle } from '../../domain/bundle.ts';

/**
 * Fresh nodes an analyst adds. A new leaf has no field yet (the field picker takes the focus), so
 * it is invalid until a field is chosen, and the problems say so in place.
 */
export type NewNodeKind = 'leaf' | 'all' | 'any' | 'not' | 'orderProperties' | 'script';

export function newNode(kind: NewNodeKind, bundle: Bundle): unknown {
  switch (kind) {
    case 'leaf': return { kind: 'leaf' };
    case 'all':
    case 'any': return { kind, of: [{ kind: 'leaf' }] };
    case 'not': return { kind: 'not', of: { kind: 'leaf' } };
    case 'orderProperties': return { kind: 'orderProperties', selected: [], requireAll: false, excluding: false };
    case 'script': return { kind: 'script', scriptId: conditionScripts(bundle)[0]?.id ?? '' };
  }
}

/** The bundle's scripts a `script` condition may name. */
export const conditionScripts = (bundle: Bundle) => bundle.scripts.filter((s) => s.extensionPoint === 'DiscountCondition');

/** Labels of the "Add" menu, in order. */
export const NEW_NODE_LABELS: readonly (readonly [NewNodeKind, string])[] = [
  ['leaf', 'Condition on a field'],
  ['all', 'Group: all of'],
  ['any', 'Group: any of'],
  ['not', 'Not'],
  ['orderProperties', 'Order properties'],
  ['script', 'Condition script'],
];
