import { For } from 'solid-js';

type Json = Record<string, unknown>;

/** The members in which two versions of a promotion differ, in the order they appear. */
export function differingMembers(a: unknown, b: unknown): string[] {
  const x = (a ?? {}) as Json;
  const y = (b ?? {}) as Json;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return keys.filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

/**
 * Another tab (or an import) saved this promotion while this tab held unsaved edits: both versions
 * side by side, member by member, and the choice of which to keep. Nothing is lost either way
 * until the user chooses.
 */
export function ConflictPanel(props: {
  readonly mine: unknown;
  readonly theirs: unknown;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}) {
  const members = () => differingMembers(props.mine, props.theirs);
  const show = (v: unknown, k: string) => (v === null ? '(deleted)' : JSON.stringify((v as Json)[k], null, 2) ?? '(not set)');
  return (
    <section class="card pe-conflict" role="alertdialog" aria-labelledby="pe-conflict-title" aria-describedby="pe-conflict-text">
      <h3 id="pe-conflict-title">This promotion was changed in another tab</h3>
      <p id="pe-conflict-text">
        {props.theirs === null ? 'It was deleted there.' : `${members().length} field${members().length === 1 ? '' : 's'} differ.`} Your unsaved edits are
        still here. Choose which version to keep.
      </p>
      <table class="data-table pe-conflict-table" aria-label="Both versions">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version (unsaved)</th>
            <th scope="col">Saved in the other tab</th>
          </tr>
        </thead>
        <tbody>
          <For each={members()}>
            {(k) => (
              <tr>
                <th scope="row">{k}</th>
                <td>
                  <pre class="mono">{show(props.mine, k)}</pre>
                </td>
                <td>
                  <pre class="mono">{show(props.theirs, k)}</pre>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="pe-conflict-actions">
        <button type="button" class="btn btn-primary" onClick={() => props.onKeepMine()}>
          Keep mine
        </button>
        <button type="button" class="btn" onClick={() => props.onTakeTheirs()}>
          Take theirs
        </button>
      </div>
    </section>
  );
}
