/**
 * Keyboard movement in a selectable list or table: ArrowUp/ArrowDown/Home/End move the
 * selection; returns the key to select, or undefined when the key is not ours.
 * @example nextKey(['a','b','c'], 'b', 'ArrowDown') // 'c'
 */
export function nextKey(keys: readonly string[], current: string | undefined, key: string): string | undefined {
  if (keys.length === 0) return undefined;
  const at = current === undefined ? -1 : keys.indexOf(current);
  switch (key) {
    case 'ArrowDown': return keys[Math.min(at + 1, keys.length - 1)];
    case 'ArrowUp': return keys[Math.max(at - 1, 0)];
    case 'Home': return keys[0];
    case 'End': return keys[keys.length - 1];
    default: return undefined;
  }
}
