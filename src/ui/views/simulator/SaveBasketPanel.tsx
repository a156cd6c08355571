import { createEffect, createSignal, Match, on, Show, Switch } from 'solid-js';
import type { Problem } from '../../../domain/problem.ts';
import type { EvaluationResult } from '../../../domain/result.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { NO_BASKET, useCurrentBasket } from '../../state/create-current-basket.ts';
import { useNavigation } from '../../state/create-view.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { newBasketDraft, updatedBasketDraft } from '../../simulator/save-basket.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { FieldMessage } from './FieldMessage.tsx';

type Mode = 'closed' | 'new' | 'update';

/**
 * "Save as new basket" and "Update basket": the simulator's basket and its current result (as
 * the expectation) written to the workspace. `result` is the result of exactly the basket on
 * screen, or undefined while it is stale, evaluating or invalid — saving then waits.
 */
export function SaveBasketPanel(props: { readonly workspace: Workspace; readonly result: EvaluationResult | undefined }) {
  const store = useWorkspace();
  const current = useCurrentBasket();
  const nav = useNavigation();
  const [mode, setMode] = createSignal<Mode>('closed');
  const [name, setName] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [problems, setProblems] = createSignal<readonly Problem[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [note, setNote] = createSignal('');
  const ready = () => props.result !== undefined && current.order() !== undefined && !busy();
  // A note about the last save belongs to the basket as it was saved; the next edit clears it.
  createEffect(on(current.draft, () => setNote(''), { defer: true }));
  const nameProblem = () => problems().find((p) => p.path === '$.name')?.message;
  const otherProblems = () => problems().filter((p) => p.path !== '$.name');

  const open = (next: Mode) => {
    setProblems([]);
    setNote('');
    if (next === 'new') {
      setName(current.basket() === undefined ? '' : `${current.basket()!.name} (copy)`);
      setDescription('');
    }
    setMode(next);
  };
  /** Writes through the store (validated, atomic); the basket then reloads from what was stored. */
  const write = async (draft: Parameters<typeof store.replace>[0], id: string, done: string) => {
    setBusy(true);
    const r = await store.replace(draft);
    setBusy(false);
    if (!r.ok) {
      setProblems(r.problems);
      return;
    }
    current.load(id);
    nav.go({ view: 'simulator', id }, { replace: true });
    setMode('closed');
    setNote(done);
  };
  const saveNew = (e: Event) => {
    e.preventDefault();
    const order = current.order();
    const result = props.result;
    if (order === undefined || result === undefined) return;
    // The ledger state goes with the basket (the saved one's as stored, in input form, or the one an
    // order opened from a history met): the result was computed with it.
    const state = props.workspace.snapshot.baskets.find((b) => b.id === current.basketId())?.basket['state'] ?? current.state();
    const r = newBasketDraft(props.workspace, { name: name(), description: description() }, { order, result, ...(state === undefined ? {} : { state }) });
    if (!r.ok) {
      setProblems(r.problems);
      return;
    }
    void write(r.value.draft, r.value.id, `Saved as new basket "${name().trim()}".`);
  };
  const update = () => {
    const order = current.order();
    const result = props.result;
    const id = current.basketId();
    if (order === undefined || result === undefined || id === NO_BASKET) return;
    const r = updatedBasketDraft(props.workspace, id, { order, result });
    if (!r.ok) {
      setProblems(r.problems);
      return;
    }
    void write(r.value, id, `Updated "${current.basket()?.name ?? id}" and its expectation.`);
  };

  return (
    <div class="save-basket">
      <div class="save-basket-actions">
        <button type="button" class="btn" disabled={!ready()} aria-expanded={mode() === 'new'} onClick={() => open(mode() === 'new' ? 'closed' : 'new')}>
          Save as new basket…
        </button>
        <Show when={current.basket() !== undefined}>
          <button type="button" class="btn" disabled={!ready()} aria-expanded={mode() === 'update'} onClick={() => open(mode() === 'update' ? 'closed' : 'update')}>
            Update basket…
          </button>
        </Show>
        <Show when={props.result === undefined}>
          <span class="field-hint">Saving waits for the current result.</span>
        </Show>
      </div>
      <Switch>
        <Match when={mode() === 'new'}>
          <form class="save-basket-form" aria-label="Save as new basket" onSubmit={saveNew}>
            <div class="field">
              <label class="field-label" for="save-basket-name">
                Name
              </label>
              <input
                id="save-basket-name"
                class="input"
                value={name()}
                aria-invalid={nameProblem() !== undefined}
                aria-describedby={nameProblem() === undefined ? undefined : 'save-basket-name-error'}
                onInput={(e) => setName(e.currentTarget.value)}
              />
              <FieldMessage id="save-basket-name-error" message={nameProblem()} />
            </div>
            <div class="field">
              <label class="field-label" for="save-basket-description">
                Description
              </label>
              <textarea id="save-basket-description" class="input" rows={2} value={description()} onInput={(e) => setDescription(e.currentTarget.value)} />
            </div>
            <p class="field-hint">The current result is saved as the basket's expectation.</p>
            <div class="save-basket-actions">
              <button type="submit" class="btn btn-primary" disabled={!ready()}>
                Save basket
              </button>
              <button type="button" class="btn btn-ghost" onClick={() => setMode('closed')}>
                Cancel
              </button>
            </div>
          </form>
        </Match>
        <Match when={mode() === 'update'}>
          <div class="save-basket-form" role="group" aria-label="Update basket">
            <p>
              Overwrite the order and the expectation of <strong>{current.basket()?.name}</strong> with this basket and its current result?
            </p>
            <div class="save-basket-actions">
              <button type="button" class="btn btn-primary" disabled={!ready()} onClick={update}>
                Overwrite basket
              </button>
              <button type="button" class="btn btn-ghost" onClick={() => setMode('closed')}>
                Cancel
              </button>
            </div>
          </div>
        </Match>
      </Switch>
      <ProblemList problems={otherProblems()} label="Save problems" />
      <Show when={note() !== ''}>
        <p class="notice notice-ok" role="status">
          {note()}
        </p>
      </Show>
    </div>
  );
}
