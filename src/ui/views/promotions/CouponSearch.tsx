import { createSignal, Show } from 'solid-js';
import type { Coupon } from '../../../domain/coupon.ts';
import { couponStatus } from '../../../coupons/merge.ts';

export type CouponFound = { readonly kind: 'found'; readonly coupon: Coupon; readonly where: 'store' | 'bundle' } | { readonly kind: 'none'; readonly code: string };

/**
 * Exact-code search: one key lookup in the coupon store (and the bundle's own list), so it answers
 * at once among a million codes. Codes match as the engine matches them: case-sensitive, spaces count.
 */
export function CouponSearch(props: { readonly promotionId: string; readonly find: (code: string) => Promise<CouponFound> }) {
  const [query, setQuery] = createSignal('');
  const [result, setResult] = createSignal<CouponFound>();
  let generation = 0;
  const search = async () => {
    const code = query();
    if (code === '') return setResult(undefined);
    const mine = ++generation;
    const found = await props.find(code);
    if (mine === generation) setResult(found);
  };
  return (
    <form
      class="cc-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        void search();
      }}
    >
      <label>
        Find a code (exact)
        <input class="input mono" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} spellcheck={false} autocomplete="off" />
      </label>
      <button type="submit" class="btn">
        Find
      </button>
      <Show when={result()}>
        {(r) => (
          <p class="cc-found" role="status">
            {(() => {
              const x = r();
              if (x.kind === 'none') return `No code "${x.code}" in this workspace (codes are case-sensitive).`;
              const c = x.coupon;
              const owner = c.promotionId === props.promotionId ? 'this promotion' : `promotion ${c.promotionId}`;
              const where = x.where === 'bundle' ? ", in the bundle's own list" : '';
              return `"${c.code}" belongs to ${owner}${where}: ${c.active ? 'active' : 'inactive'}, used ${c.usageCount} of ${c.maxUses ?? 'unlimited'}, ${couponStatus(c)}.`;
            })()}
          </p>
        )}
      </Show>
    </form>
  );
}
