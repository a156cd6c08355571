import { createSignal, For, Show } from 'solid-js';
import type { CouponCsvProblem } from '../../../coupons/csv-row.ts';
import { importCouponFile, type ImportOutcome, type ImportProgress } from './coupon-import-client.ts';

const n = (x: number) => x.toLocaleString('en');

/**
 * Import of a coupon CSV into the promotion: the file is read and merged in a worker, with
 * progress; a refused file lists its problems (row, column, reason) and changes nothing.
 */
export function CouponImport(props: {
  readonly workspaceId: string;
  readonly promotionId: string;
  readonly reserved: readonly (readonly [string, string])[];
  readonly onImported: () => void;
}) {
  const [progress, setProgress] = createSignal<ImportProgress>();
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<ImportOutcome>();
  const run = async (file: File) => {
    setBusy(true);
    setOutcome(undefined);
    setProgress({ kind: 'reading', rows: 0 });
    try {
      const r = await importCouponFile(file, props.workspaceId, props.promotionId, props.reserved, setProgress);
      setOutcome(r);
      if (r.ok) props.onImported();
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };
  const problems = (): readonly CouponCsvProblem[] => outcome()?.problems ?? [];
  return (
    <div class="cc-import">
      <label class="btn" classList={{ 'cc-disabled': busy() }}>
        Import CSV…
        <input
          type="file"
          accept=".csv,text/csv"
          class="visually-hidden"
          disabled={busy()}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file !== undefined) void run(file);
          }}
        />
      </label>
      <Show when={progress()}>
        {(p) => (
          <span role="status" class="muted">
            {(() => {
              const x = p();
              return x.kind === 'reading' ? `Reading the file: row ${n(x.rows)}…` : `Writing codes: ${n(x.done)} of ${n(x.total)}…`;
            })()}
          </span>
        )}
      </Show>
      <Show when={outcome()}>
        {(o) => (
          <div class="cc-outcome">
            <Show
              when={o().ok ? o() : undefined}
              fallback={<p class="sf-problem" role="alert">The file was not imported; the codes are unchanged. {problemCount(o())}</p>}
            >
              {(ok) => {
                const v = (ok() as Extract<ImportOutcome, { ok: true }>).value;
                return <p role="status">Imported {n(v.added + v.updated)} codes: {n(v.added)} new, {n(v.updated)} updated.</p>;
              }}
            </Show>
            <Show when={problems().length > 0}>
              <table class="data-table cc-problems" aria-label="Import problems">
                <thead>
                  <tr>
                    <th class="num">Row</th>
                    <th>Column</th>
                    <th class="grow">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={problems()}>
                    {(p) => (
                      <tr classList={{ 'cc-warning': p.severity !== 'error' }}>
                        <td class="num">{p.row > 0 ? p.row : ''}</td>
                        <td>{p.column ?? ''}</td>
                        <td>{p.message}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </div>
        )}
      </Show>
    </div>
  );
}

function problemCount(o: ImportOutcome): string {
  const errors = o.problems.filter((p) => p.severity === 'error').length + (o.ok ? 0 : o.unlisted);
  return `${n(errors)} problem${errors === 1 ? '' : 's'}${!o.ok && o.unlisted > 0 ? ` (the first ${n(o.problems.length)} are listed)` : ''}:`;
}
