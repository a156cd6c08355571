import type { Promotion } from '../../domain/promotion.ts';

const LABELS: Readonly<Record<Promotion['status'], string>> = {
  active: 'Active',
  draft: 'Draft',
  inactive: 'Inactive',
  archived: 'Archived',
};

/** A promotion status as colour AND text, so it reads without colour vision. */
export function StatusChip(props: { readonly status: Promotion['status'] }) {
  return (
    <span class={`chip chip-${props.status}`}>
      <span class="chip-dot" aria-hidden="true" />
      {LABELS[props.status]}
    </span>
  );
}
