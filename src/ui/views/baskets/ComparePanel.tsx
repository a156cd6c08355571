import { createSignal, Show } from 'solid-js';
import { importBundle } from '../../../bundle/import.ts';
import { computeRevision } from '../../../bundle/revision.ts';
import { BundleSchema } from '../../../domain/bundle.ts';
import type { Problem } from '../../../domain/problem.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import type { BundleVersion } from '../../simulator/create-what-if.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { WhatIfPanel } from '../simulator/WhatIfPanel.tsx';

/**
 * "Compare with an edited bundle": a bundle file (say, the workspace exported and changed by
 * hand) becomes the "after" side of the what-if panel; nothing is written to the workspace.
 * Until the promotion editor feeds the panel with live edits, this is how to see what a change
 * of rules does to every saved basket.
 */
export function ComparePanel(props: { readonly workspace: Workspace }) {
  const [after, setAfter] = createSignal<BundleVersion>();
  const [file, setFile] = createSignal('');
  const [problems, setProblems] = createSignal<readonly Problem[]>([]);
  let generation = 0;
  const before = (): BundleVersion => ({ input: props.workspace.snapshot.workspace.input, revision: props.workspace.snapshot.workspace.revision });

  async function read(f: File) {
    const mine = ++generation;
    const text = await f.text();
    const r = await importBundle(text);
    if (mine !== generation) return;
    setFile(f.name);
    if (!r.ok) {
      setProblems(r.problems);
      setAfter(undefined);
      return;
    }
    // As written when it is already the current format (like an import), else the migrated bundle.
    const asWritten = JSON.parse(text) as Record<string, unknown>;
    const { revision: _stated, baskets: _baskets, ...input } = BundleSchema.safeParse(asWritten).success ? asWritten : (JSON.parse(JSON.stringify(r.value)) as Record<string, unknown>);
    const revision = await computeRevision(input);
    if (mine !== generation) return;
    setProblems([]);
    setAfter({ input, revision });
  }

  return (
    <section class="compare" aria-labelledby="compare-title">
      <div class="batch-head">
        <h2 id="compare-title">Compare with an edited bundle</h2>
      </div>
      <p class="muted">
        Every saved basket and the Simulator's basket are evaluated under the saved rules and under the rules of the chosen file. The workspace
        is not changed.
      </p>
      <label class="field">
        <span class="field-label">Edited bundle file</span>
        <input
          type="file"
          class="input"
          accept=".json,application/json"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f !== undefined) void read(f);
          }}
        />
      </label>
      <Show when={problems().length > 0}>
        <p class="notice notice-error" role="alert">
          {file()} cannot be compared: it does not validate.
        </p>
        <ProblemList problems={problems()} label="Bundle problems" />
      </Show>
      <Show when={after()}>
        <WhatIfPanel before={before()} after={after()} />
      </Show>
    </section>
  );
}
