import { For, Show, type JSX } from 'solid-js';
import { nextKey } from '../state/list-navigation.ts';

export interface SelectableTableProps<T> {
  /** Accessible name of the table ("Promotions"). */
  readonly label: string;
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly selected: string | undefined;
  readonly onSelect: (key: string) => void;
  /** Enter on a row: move on to its details. */
  readonly onActivate?: (key: string) => void;
  /** The <th> cells. */
  readonly head: JSX.Element;
  /** The <td> cells of one row. */
  readonly row: (item: T) => JSX.Element;
  readonly empty: string;
  /** A key press on the selected row the owner handles itself (returns true to stop the default). */
  readonly onKey?: (e: KeyboardEvent, key: string) => boolean;
  /** Rows can be dragged onto each other: `from` dropped on `to`. */
  readonly onDrop?: (from: string, to: string) => void;
}

/**
 * A dense table whose rows are selected by click or keyboard (arrows, Home/End, Enter), with a
 * roving tabindex so Tab enters the table once and arrows move inside it.
 */
export function SelectableTable<T>(props: SelectableTableProps<T>) {
  let body: HTMLTableSectionElement | undefined;
  const keys = () => props.items.map(props.keyOf);
  const focusable = () => props.selected ?? keys()[0];

  const onKeyDown = (e: KeyboardEvent) => {
    if (props.selected !== undefined && props.onKey?.(e, props.selected) === true) {
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && props.selected !== undefined) {
      e.preventDefault();
      props.onActivate?.(props.selected);
      return;
    }
    const next = nextKey(keys(), props.selected, e.key);
    if (next === undefined) return;
    e.preventDefault();
    props.onSelect(next);
    body?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(next)}"]`)?.focus();
  };

  return (
    <div class="table-scroll">
      <table class="data-table selectable" aria-label={props.label}>
        <thead>
          <tr>{props.head}</tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          <For each={props.items}>
            {(item) => {
              const key = props.keyOf(item);
              return (
                <tr
                  data-key={key}
                  aria-selected={props.selected === key}
                  tabIndex={focusable() === key ? 0 : -1}
                  onClick={() => props.onSelect(key)}
                  onFocus={() => props.selected === undefined || props.onSelect(key)}
                  draggable={props.onDrop !== undefined}
                  onDragStart={(e) => e.dataTransfer?.setData('text/x-row-key', key)}
                  onDragOver={(e) => props.onDrop !== undefined && e.preventDefault()}
                  onDrop={(e) => {
                    const from = e.dataTransfer?.getData('text/x-row-key');
                    if (from && from !== key) {
                      e.preventDefault();
                      props.onDrop?.(from, key);
                    }
                  }}
                >
                  {props.row(item)}
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <Show when={props.items.length === 0}>
        <p class="empty">{props.empty}</p>
      </Show>
    </div>
  );
}
