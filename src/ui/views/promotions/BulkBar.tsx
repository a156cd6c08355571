import { createSignal, For } from 'solid-js';
import { STATUSES } from '../../../domain/promotion.ts';
import type { PromotionStatus } from '../../promotions/list-actions.ts';

/** Actions on the ticked promotions: status, group, delete. */
export function BulkBar(props: {
  readonly count: number;
  readonly groups: readonly string[];
  readonly onStatus: (s: PromotionStatus) => void;
  readonly onGroup: (g: string) => void;
  readonly onDelete: () => void;
  readonly onClear: () => void;
}) {
  const [group, setGroup] = createSignal('');
  return (
    <div class="bulk-bar" role="toolbar" aria-label="Ticked promotions">
      <strong>{props.count} ticked</strong>
      <select
        class="input"
        aria-label="Set status of ticked promotions"
        value=""
        onChange={(e) => {
          const v = e.currentTarget.value as PromotionStatus | '';
          e.currentTarget.value = '';
          if (v !== '') props.onStatus(v);
        }}
      >
        <option value="">Set status…</option>
        <For each={STATUSES}>{(s) => <option value={s}>{s[0]!.toUpperCase() + s.slice(1)}</option>}</For>
      </select>
      <input class="input bulk-group" list="bulk-groups" aria-label="Group for ticked promotions" placeholder="Group…" value={group()} onInput={(e) => setGroup(e.currentTarget.value)} />
      <datalist id="bulk-groups">
        <For each={props.groups}>{(g) => <option value={g} />}</For>
      </datalist>
      <button type="button" class="btn" onClick={() => props.onGroup(group())}>
        Set group
      </button>
      <button type="button" class="btn btn-danger" onClick={() => props.onDelete()}>
        Delete
      </button>
      <button type="button" class="btn btn-ghost" onClick={() => props.onClear()}>
        Clear
      </button>
    </div>
  );
}
