/**
 * The source's four-row table of order properties (SPEC §3.4) said for the chosen row, with the
 * complement spelled out when `excluding` is on: what an analyst must know before saving.
 * @example orderPropertiesMeaning(['gift'], false, true, ['gift', 'express', 'pickup'])
 *   // 'Holds when at least one property other than gift is on the order: express or pickup.'
 */
export function orderPropertiesMeaning(
  selected: readonly string[], requireAll: boolean, excluding: boolean, declared: readonly string[],
): string {
  const chosen = selected.length === 0 ? 'no property' : list(selected, requireAll ? 'and' : 'or');
  if (!excluding) {
    if (selected.length === 0) return requireAll ? 'Always holds: no property is required.' : 'Never holds: no property is selected.';
    if (selected.length === 1) return `Holds when ${chosen} is on the order.`;
    return requireAll ? `Holds when every one of ${chosen} is on the order.` : `Holds when at least one of ${chosen} is on the order.`;
  }
  const others = declared.filter((p) => !selected.includes(p));
  const but = selected.length === 0 ? 'declared property' : `property other than ${list(selected, 'or')}`;
  if (others.length === 0) {
    return requireAll ? 'Always holds: every declared property is selected, so nothing is required.' : 'Never holds: every declared property is selected, so none is left.';
  }
  const rest = list(others, requireAll ? 'and' : 'or');
  if (others.length === 1) return `Holds when ${rest}, the only declared ${but}, is on the order.`;
  return requireAll
    ? `Holds when every declared ${but} is on the order: ${rest}.`
    : `Holds when at least one ${but} is on the order: ${rest}.`;
}

function list(items: readonly string[], word: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]!}`;
}
