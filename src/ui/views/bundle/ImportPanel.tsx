import { createSignal, Match, Switch } from 'solid-js';
import { importBundle } from '../../../bundle/import.ts';
import { BundleSchema } from '../../../domain/bundle.ts';
import type { Problem } from '../../../domain/problem.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { requireSignature, signingKey } from './signing-store.ts';

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly file: string }
  | { readonly kind: 'rejected'; readonly file: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'imported'; readonly file: string; readonly name: string; readonly problems: readonly Problem[] };

/**
 * Import a bundle file: validate it completely, and only then replace the workspace. A file with
 * any error leaves the workspace exactly as it was and lists every problem with its JSON path.
 */
export function ImportPanel() {
  const ws = useWorkspace();
  const [phase, setPhase] = createSignal<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = createSignal(false);
  let generation = 0;

  async function importFile(file: File) {
    const mine = ++generation;
    setPhase({ kind: 'checking', file: file.name });
    const text = await file.text();
    // This browser's own key is trusted; the checkbox in Signing makes a signature by it required.
    const own = signingKey()?.publicKey;
    const r = await importBundle(text, { signature: { require: requireSignature() && own !== undefined, trustedKeys: own === undefined ? [] : [own] } });
    if (mine !== generation) return;
    if (!r.ok) {
      setPhase({ kind: 'rejected', file: file.name, problems: r.problems });
      return;
    }
    // Keep the file as written (its revision covers that form) unless a migration had to rewrite it.
    // The signature is the file's envelope, checked above; the workspace keeps the bundle without it.
    const { signature: _checked, ...asWritten } = JSON.parse(text) as Record<string, unknown>;
    const input = BundleSchema.safeParse(asWritten).success ? asWritten : JSON.parse(JSON.stringify(r.value));
    const carried = (input as { baskets?: unknown }).baskets;
    // A bundle with its own test baskets brings them; one without keeps the saved baskets.
    const baskets = Array.isArray(carried) && carried.length > 0 ? carried : (ws.current()?.snapshot.baskets.map((b) => b.basket) ?? []);
    const written = await ws.replace({ bundle: input, baskets }, `Import ${file.name}`);
    if (mine !== generation) return;
    setPhase(
      written.ok
        ? { kind: 'imported', file: file.name, name: written.value.bundle.name, problems: r.problems ?? [] }
        : { kind: 'rejected', file: file.name, problems: written.problems },
    );
  }

  const onFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file !== undefined) void importFile(file);
  };

  return (
    <section class="card" aria-labelledby="import-title">
      <h3 id="import-title">Import a bundle</h3>
      <p class="muted">The whole file is checked first; the workspace is replaced only if it has no errors.</p>
      <label
        class="dropzone"
        classList={{ dragging: dragging() }}
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
          Drop a <code>.json</code> bundle here or <span class="link">choose a file</span>
        </span>
        <input
          type="file"
          class="visually-hidden"
          accept=".json,application/json"
          aria-label="Bundle file"
          onChange={(e) => {
            onFiles(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <Switch>
        <Match when={phase().kind === 'checking'}>
          <p role="status">Checking {(phase() as { file: string }).file}…</p>
        </Match>
        <Match when={phase().kind === 'rejected' && (phase() as Extract<Phase, { kind: 'rejected' }>)}>
          {(p) => (
            <>
              <p class="notice notice-error" role="alert">
                {p().file} was not imported: {p().problems.filter((x) => x.severity === 'error').length} error(s). The workspace is
                unchanged.
              </p>
              <ProblemList problems={p().problems} label="Import problems" />
            </>
          )}
        </Match>
        <Match when={phase().kind === 'imported' && (phase() as Extract<Phase, { kind: 'imported' }>)}>
          {(p) => (
            <>
              <p class="notice notice-ok" role="status">
                Imported {p().file}: the workspace is now “{p().name}”.
              </p>
              <ProblemList problems={p().problems} label="Import notes" />
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
