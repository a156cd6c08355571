import { createSignal, Show } from 'solid-js';
import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { useBuilder } from './builder-context.ts';
import { moveTo } from './tree-edit.ts';

/**
 * A place between two children of a group where a dragged node can land. Shown only while a
 * drag is on; hidden from assistive technology, which moves nodes with Alt+arrows instead.
 */
export function DropZone(props: { readonly groupPath: ConditionPath; readonly index: number }) {
  const b = useBuilder();
  const [over, setOver] = createSignal(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    const from = b.dragging();
    b.setDragging(undefined);
    if (from !== undefined) b.edit(moveTo(b.tree(), from, props.groupPath, props.index));
  };
  return (
    <Show when={b.dragging() !== undefined}>
      <li
        class="cb-drop"
        classList={{ 'cb-drop-over': over() }}
        aria-hidden="true"
        data-cb-drop={`${JSON.stringify(props.groupPath)}:${props.index}`}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      />
    </Show>
  );
}
