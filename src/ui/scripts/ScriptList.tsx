import { Show } from 'solid-js';
import { SelectableTable } from '../components/SelectableTable.tsx';

export interface ScriptListItem {
  readonly id: string;
  readonly name: string;
  readonly extensionPoint: string;
  /** Undefined for a new script that was never saved. */
  readonly version: number | undefined;
  readonly dirty: boolean;
}

/** The workspace's scripts: name, extension point, version, and a dot for unsaved edits. */
export function ScriptList(props: { readonly items: readonly ScriptListItem[]; readonly selected: string | undefined; readonly onSelect: (id: string) => void }) {
  return (
    <SelectableTable
      label="Scripts"
      items={props.items}
      keyOf={(s) => s.id}
      selected={props.selected}
      onSelect={props.onSelect}
      empty="No scripts in this workspace yet."
      head={
        <>
          <th scope="col">Script</th>
          <th scope="col" class="num fit">Version</th>
        </>
      }
      row={(s) => (
        <>
          <td>
            <div class="cell-title">
              {s.name}
              <Show when={s.dirty}>
                <span class="dirty-dot" title="Unsaved changes" aria-label="unsaved changes" />
              </Show>
            </div>
            <div class="cell-sub">{s.extensionPoint}</div>
          </td>
          <td class="num fit">{s.version === undefined ? <span class="muted">new</span> : `v${s.version}`}</td>
        </>
      )}
    />
  );
}
