import { createSignal, Show } from 'solid-js';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { createCouponCodes } from './create-coupon-codes.ts';
import { CouponGenerateForm } from './CouponGenerateForm.tsx';
import { CouponImport } from './CouponImport.tsx';
import { CouponList } from './CouponList.tsx';
import { CouponSearch, type CouponFound } from './CouponSearch.tsx';
import { couponCsvBlob, download } from './coupon-export.ts';
import './coupon-codes.css';

const n = (x: number) => x.toLocaleString('en');

/**
 * The codes of a coupon-triggered promotion (SPEC §11): counts, a virtualised list, exact search,
 * CSV import and export, and a generator. Codes live in the coupon store (their own IndexedDB
 * database, see docs/coupons.md), not in the workspace bundle, so a million codes never slow the
 * workspace down; codes already in the bundle's own list are shown and counted with them.
 */
export function CouponCodesPanel(props: { readonly workspace: Workspace; readonly promotion: unknown }) {
  const ws = useWorkspace();
  const draft = () => props.promotion as Record<string, unknown> | undefined;
  const triggerKind = () => (draft()?.['trigger'] as { kind?: string } | undefined)?.kind;
  const id = () => draft()?.['id'] as string | undefined;
  const saved = () => props.workspace.bundle.promotions.some((p) => p.id === id());
  const codes = createCouponCodes(() => ws.currentId(), id, () => props.workspace.bundle.coupons);
  const [exporting, setExporting] = createSignal(false);

  const find = async (code: string): Promise<CouponFound> => {
    const inline = props.workspace.bundle.coupons.find((c) => c.code === code);
    if (inline !== undefined) return { kind: 'found', coupon: inline, where: 'bundle' };
    const store = codes.store();
    const w = ws.currentId();
    const stored = store === undefined || w === undefined ? undefined : await store.find(w, code);
    return stored === undefined ? { kind: 'none', code } : { kind: 'found', coupon: stored, where: 'store' };
  };
  const exportCsv = async () => {
    const store = codes.store();
    const w = ws.currentId();
    const p = id();
    if (store === undefined || w === undefined || p === undefined) return;
    setExporting(true);
    try {
      download(await couponCsvBlob(store, w, p, codes.stored().count, codes.inline()), `${p}-coupons.csv`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Show when={triggerKind() === 'coupon' || triggerKind() === 'generatedCoupon'}>
      <section class="card pe-codes" aria-labelledby="pe-codes-title">
        <h4 id="pe-codes-title">Coupon codes ({n(codes.total().count)})</h4>
        <p class="cc-counts" aria-label="Code counts">
          <span>{n(codes.total().active)} active</span>
          <span>{n(codes.total().used)} used</span>
          <span>{n(codes.total().exhausted)} exhausted</span>
          <Show when={codes.inline().length > 0}>
            <span class="muted">({n(codes.inline().length)} in the bundle's own list)</span>
          </Show>
        </p>
        <Show when={!codes.persistent()}>
          <p class="sf-problem">This browser keeps no data for the page: imported codes last until it is closed.</p>
        </Show>
        <Show when={saved() && ws.currentId()} fallback={<p class="sf-help">Save the promotion first; then import or generate its codes here.</p>}>
          {(w) => (
            <>
              <div class="cc-toolbar">
                <CouponImport workspaceId={w()} promotionId={id()!} reserved={codes.reserved()} onImported={codes.refresh} />
                <button type="button" class="btn" disabled={exporting() || codes.total().count === 0} onClick={() => void exportCsv()}>
                  {exporting() ? 'Exporting…' : 'Export CSV'}
                </button>
              </div>
              <CouponSearch promotionId={id()!} find={find} />
            </>
          )}
        </Show>
        <Show when={codes.total().count > 0} fallback={<p class="muted">No codes yet: without one the promotion never applies.</p>}>
          <Show when={codes.inline().length > 0}>
            <ul class="chips" aria-label="Codes in the bundle's own list">
              {codes.inline().slice(0, 12).map((c) => <li class="chip chip-value mono">{c.code}</li>)}
              <Show when={codes.inline().length > 12}>
                <li class="muted">and {n(codes.inline().length - 12)} more</li>
              </Show>
            </ul>
          </Show>
          <Show when={codes.stored().count > 0}>
            <CouponList
              rows={codes.stored().count}
              version={codes.version()}
              fetch={async (start, count) => {
                const store = codes.store();
                const w = ws.currentId();
                const p = id();
                return store === undefined || w === undefined || p === undefined ? [] : store.page(w, p, start, count);
              }}
            />
          </Show>
        </Show>
        <Show when={saved() && ws.currentId()}>
          {(w) => (
            <CouponGenerateForm
              taken={codes.total().count}
              generate={async (spec) => {
                const store = codes.store();
                if (store === undefined) return { ok: false, problems: [{ code: 'coupon-store-not-ready', severity: 'error', message: 'The code store is still opening; try again in a moment.' }] };
                const r = await store.generate(w(), id()!, spec, new Map(codes.reserved()));
                codes.refresh();
                return r;
              }}
            />
          )}
        </Show>
      </section>
    </Show>
  );
}
