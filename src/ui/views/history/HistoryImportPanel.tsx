import { createSignal, Match, Show, Switch } from 'solid-js';
import { problem } from '../../../domain/problem.ts';
import { formatOfFile, historyName } from '../../../storage/history-db-chunks.ts';
import type { HistoryImport } from '../../history/create-history-import.ts';
import { consentLabel, importedSentence, importProgressLine, reviewSentence } from '../../history/history-words.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { ImportProblems } from './ImportProblems.tsx';

/** Where the shipped sample lives, resolved against the page (the app may be served under any base). */
const sampleUrl = () => new URL('samples/order-history.csv', document.baseURI).href;

/**
 * Import an order history: a file (picker or drop) or the shipped sample, read in a worker with
 * progress; bad rows are listed and skipped only if the user agrees; Cancel at any point leaves
 * the stored histories as they were.
 */
export function HistoryImportPanel(props: { readonly imp: HistoryImport; readonly disabled?: boolean }) {
  const [dragging, setDragging] = createSignal(false);
  const [refused, setRefused] = createSignal<string>();
  const state = () => props.imp.state();
  const busy = () => state().kind === 'reading' || state().kind === 'review';

  const onFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file === undefined || busy()) return;
    const format = formatOfFile(file.name);
    if (format === undefined) {
      setRefused(`${file.name} is neither a .csv nor a .jsonl file; nothing was imported.`);
      return;
    }
    setRefused(undefined);
    props.imp.start({ source: { kind: 'file', file }, name: historyName(file.name), format });
  };
  const useSample = () => {
    setRefused(undefined);
    props.imp.start({ source: { kind: 'url', url: sampleUrl() }, name: 'Sample order history', format: 'csv' });
  };

  return (
    <section class="card history-import" aria-labelledby="history-import-title">
      <h3 id="history-import-title">Import an order history</h3>
      <label
        class="dropzone"
        classList={{ dragging: dragging(), disabled: busy() || props.disabled === true }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles(e.dataTransfer?.files);
        }}
      >
        <span>
          Drop a <code>.csv</code> or <code>.jsonl</code> file here or <span class="link">choose a file</span>
        </span>
        <input
          type="file"
          class="visually-hidden"
          accept=".csv,.jsonl,.ndjson,text/csv"
          aria-label="Order history file"
          disabled={busy() || props.disabled === true}
          onChange={(e) => {
            onFiles(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <div class="history-import-actions">
        <button type="button" class="btn" disabled={busy() || props.disabled === true} onClick={useSample}>
          Use the sample history
        </button>
        <span class="muted">CSV: one row per order line (orderId, at, productId, quantity, unitPrice…); JSON lines: one order per line.</span>
      </div>
      <Show when={refused()}>
        {(text) => (
          <p class="notice notice-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <Switch>
        <Match when={state().kind === 'reading' && (state() as Extract<ReturnType<typeof state>, { kind: 'reading' }>)}>
          {(s) => (
            <div class="history-progress">
              <div class="history-progress-head">
                <span>Reading {s().name}…</span>
                <button type="button" class="btn" onClick={() => props.imp.cancel()}>
                  Cancel import
                </button>
              </div>
              <ProgressBar label="Import progress" fraction={s().figures?.fraction} />
              <span class="history-progress-line" role="status">
                {s().progress === undefined
                  ? 'Starting…'
                  : s().progress!.phase === 'storing'
                    ? `Grouping and storing ${s().progress!.rows.toLocaleString('en-US')} rows…`
                    : importProgressLine(s().progress!.bytesRead, s().progress!.bytes, s().progress!.rows, s().figures)}
              </span>
            </div>
          )}
        </Match>
        <Match when={state().kind === 'review' && (state() as Extract<ReturnType<typeof state>, { kind: 'review' }>)}>
          {(s) => (
            <div class="history-review">
              <p class="notice notice-warn" role="alert">
                {reviewSentence(s().outcome.meta.name, s().outcome.counts)}
              </p>
              <div class="history-import-actions">
                <button type="button" class="btn btn-primary" onClick={() => void props.imp.accept()}>
                  {consentLabel(s().outcome.counts)}
                </button>
                <button type="button" class="btn" onClick={() => props.imp.cancel()}>
                  Cancel import
                </button>
              </div>
              <ImportProblems problems={s().outcome.problems} total={s().outcome.counts.problems} />
            </div>
          )}
        </Match>
        <Match when={state().kind === 'done' && (state() as Extract<ReturnType<typeof state>, { kind: 'done' }>)}>
          {(s) => (
            <>
              <p class="notice notice-ok" role="status">
                {importedSentence(s().outcome.meta)}
              </p>
              <Show when={s().outcome.problems.some((p) => p.severity !== 'error')}>
                <ImportProblems problems={s().outcome.problems.filter((p) => p.severity !== 'error')} total={s().outcome.problems.filter((p) => p.severity !== 'error').length} />
              </Show>
            </>
          )}
        </Match>
        <Match when={state().kind === 'failed' && (state() as Extract<ReturnType<typeof state>, { kind: 'failed' }>)}>
          {(s) => (
            <>
              <p class="notice notice-error" role="alert">
                {s().name} was not imported. The stored histories are unchanged.
              </p>
              <ProblemList problems={s().problems.length > 0 ? s().problems : [problem('history-import-failed', 'The import failed')]} label="Import problems" />
            </>
          )}
        </Match>
        <Match when={state().kind === 'cancelled' && (state() as Extract<ReturnType<typeof state>, { kind: 'cancelled' }>)}>
          {(s) => (
            <p class="notice" role="status">
              Import of {s().name} cancelled; nothing was stored.
            </p>
          )}
        </Match>
      </Switch>
    </section>
  );
}
