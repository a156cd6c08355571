import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { concurrencyOf, STATUSES, type Promotion } from '../../../domain/promotion.ts';
import type { Workspace } from '../../../storage/workspace-store.ts';
import { makeDescribeContext } from '../../describe/context.ts';
import { concurrencyInWords } from '../../describe/describe-promotion.ts';
import { ruleKindInWords } from '../../describe/describe-rule.ts';
import { triggerKindInWords } from '../../describe/describe-trigger.ts';
import { SelectableTable } from '../../components/SelectableTable.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useWorkspace } from '../../state/workspace-context.ts';
import { draftOf } from '../../../storage/workspace-store.ts';
import { couponCount, deletePromotions, duplicatePromotion, promotionInputOf, setGroup, setPriority, setStatus, type PromotionStatus } from '../../promotions/list-actions.ts';
import { freshId, TEMPLATES } from '../../promotions/templates.ts';
import { writeWorkspace } from '../../promotions/write.ts';
import { promotionRoute, promotionsHash, type PromotionRoute } from '../../promotions/promotion-route.ts';
import { PromotionDetail } from './PromotionDetail.tsx';
import { PromotionEditorPage } from './PromotionEditorPage.tsx';
import { NewPromotionDialog } from './NewPromotionDialog.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { BulkBar } from './BulkBar.tsx';
import './promotions.css';

type StatusFilter = Promotion['status'] | 'all' | 'current';

function matches(p: Promotion, text: string): boolean {
  if (text === '') return true;
  const hay = `${p.name} ${p.label ?? ''} ${p.id} ${p.group ?? ''} ${ruleKindInWords(p.rule.kind)}`.toLowerCase();
  return text.toLowerCase().split(/\s+/).every((word) => hay.includes(word));
}

const byPriority = (a: Promotion, b: Promotion) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Promotions: the list with its actions (new from a template, duplicate, archive, delete, bulk
 * status and group, priority by drag or Alt+arrows), the selected promotion in words, and the
 * editor at `#/promotions/<id>/edit`.
 */
export function PromotionsView(props: { readonly workspace: Workspace }) {
  const store = useWorkspace();
  const [route, setRoute] = createSignal<PromotionRoute>(promotionRoute(location.hash));
  const onHash = () => setRoute(promotionRoute(location.hash));
  addEventListener('hashchange', onHash);
  onCleanup(() => removeEventListener('hashchange', onHash));
  const go = (r: PromotionRoute, replace = false) => {
    const hash = promotionsHash(r);
    if (replace) history.replaceState(null, '', hash);
    else location.hash = hash;
    setRoute(r);
  };

  const [text, setText] = createSignal('');
  const [status, setStatusFilter] = createSignal<StatusFilter>('all');
  const [group, setGroupFilter] = createSignal('');
  const [checked, setChecked] = createSignal<ReadonlySet<string>>(new Set());
  const [choosing, setChoosing] = createSignal(false);
  const [deleting, setDeleting] = createSignal<ReadonlySet<string>>();
  const [message, setMessage] = createSignal<{ tone: 'ok' | 'error'; text: string }>();
  const ctx = createMemo(() => makeDescribeContext(props.workspace.bundle));
  const groups = createMemo(() => [...new Set(props.workspace.bundle.promotions.map((p) => p.group).filter((g): g is string => g !== undefined))].sort());
  const rows = createMemo(() =>
    props.workspace.bundle.promotions
      .filter((p) => (status() === 'all' || (status() === 'current' ? p.status !== 'archived' : p.status === status())) && (group() === '' || p.group === group()) && matches(p, text().trim()))
      .sort(byPriority),
  );
  const selected = () => {
    const r = route();
    return r.kind === 'list' ? r.selected : undefined;
  };
  const current = createMemo(() => props.workspace.bundle.promotions.find((p) => p.id === selected()));
  let detail: HTMLElement | undefined;

  const write = async (label: string, change: Parameters<typeof writeWorkspace>[2]) => {
    const r = await writeWorkspace(store, label, change);
    setMessage(r.ok ? { tone: 'ok', text: `${label}: saved.` } : { tone: 'error', text: `${label} failed: ${r.problems.map((p) => p.message).join('; ')}` });
    return r.ok;
  };
  const duplicate = async (p: Promotion) => {
    const id = freshId(props.workspace.bundle, `${p.id}-copy`);
    if (await write(`Duplicate ${p.name}`, (d) => duplicatePromotion(d, p.id, id))) go({ kind: 'list', selected: id }, true);
  };
  const movePriority = (id: string, delta: number) => {
    const p = props.workspace.bundle.promotions.find((x) => x.id === id);
    if (p === undefined || p.priority + delta < 1) return;
    void write(`Priority of ${p.name} to ${p.priority + delta}`, (d) => setPriority(d, id, p.priority + delta));
  };
  const editorInitial = (r: Extract<PromotionRoute, { kind: 'new' }>) => {
    const t = TEMPLATES.find((x) => x.key === r.template) ?? TEMPLATES[TEMPLATES.length - 1]!;
    const draft = t.make(props.workspace.bundle, 'new');
    return { ...draft, id: freshId(props.workspace.bundle, String(draft['name'])) };
  };
  const storedInput = (id: string) => promotionInputOf(props.workspace.snapshot.workspace.input, id);

  return (
    <Show
      when={route().kind === 'list'}
      fallback={
        <section class="pane pane-full pe-page" aria-label="Promotion editor">
          <Show when={route()} keyed>
            {(r) => (
              <Show
                when={r.kind === 'new' || storedInput((r as { id: string }).id)}
                fallback={<EmptyState title={`No promotion "${(r as { id: string }).id}" in this workspace.`} />}
              >
                <PromotionEditorPage
                  workspace={props.workspace}
                  id={r.kind === 'edit' ? r.id : undefined}
                  initial={r.kind === 'edit' ? storedInput(r.id)! : editorInitial(r as Extract<PromotionRoute, { kind: 'new' }>)}
                  onClose={(savedId) => go({ kind: 'list', selected: savedId })}
                />
              </Show>
            )}
          </Show>
        </section>
      }
    >
      <div class="split">
        <section class="pane pane-list" aria-labelledby="promotions-title">
          <div class="pane-head">
            <h2 id="promotions-title" tabIndex={-1}>
              Promotions
            </h2>
            <span class="muted">
              {rows().length} of {props.workspace.bundle.promotions.length}
            </span>
            <button type="button" class="btn btn-primary pane-head-action" onClick={() => setChoosing(true)}>
              New promotion
            </button>
          </div>
          <div class="toolbar" role="search">
            <input type="search" class="input" placeholder="Filter by name, label, id, kind…" aria-label="Filter promotions" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
            <select class="input" aria-label="Status" value={status()} onChange={(e) => setStatusFilter(e.currentTarget.value as StatusFilter)}>
              <option value="all">All statuses</option>
              <option value="current">All but archived</option>
              <For each={STATUSES}>{(s) => <option value={s}>{s[0]!.toUpperCase() + s.slice(1)}</option>}</For>
            </select>
            <select class="input" aria-label="Group" value={group()} onChange={(e) => setGroupFilter(e.currentTarget.value)}>
              <option value="">All groups</option>
              <For each={groups()}>{(g) => <option value={g}>{g}</option>}</For>
            </select>
          </div>
          <Show when={checked().size > 0}>
            <BulkBar
              count={checked().size}
              groups={groups()}
              onStatus={(s: PromotionStatus) => void write(`Set ${checked().size} promotions to ${s}`, (d) => setStatus(d, checked(), s)).then((ok) => ok && setChecked(new Set<string>()))}
              onGroup={(g) => void write(`Move ${checked().size} promotions to group ${g || '(none)'}`, (d) => setGroup(d, checked(), g))}
              onDelete={() => setDeleting(checked())}
              onClear={() => setChecked(new Set<string>())}
            />
          </Show>
          <Show when={message()}>
            {(m) => (
              <p class="notice" classList={{ 'notice-ok': m().tone === 'ok', 'notice-error': m().tone === 'error' }} role="status">
                {m().text}
              </p>
            )}
          </Show>
          <SelectableTable
            label="Promotions"
            items={rows()}
            keyOf={(p) => p.id}
            selected={selected()}
            onSelect={(id) => go({ kind: 'list', selected: id }, true)}
            onActivate={() => detail?.focus()}
            onKey={(e, id) => {
              if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                movePriority(id, e.key === 'ArrowUp' ? -1 : 1);
                return true;
              }
              if (e.key === 'e' || e.key === 'F2') {
                go({ kind: 'edit', id });
                return true;
              }
              if (e.key === ' ') {
                const next = new Set(checked());
                if (next.has(id)) next.delete(id);
                else next.add(id);
                setChecked(next);
                return true;
              }
              return false;
            }}
            onDrop={(from, to) => {
              const target = props.workspace.bundle.promotions.find((p) => p.id === to);
              const source = props.workspace.bundle.promotions.find((p) => p.id === from);
              if (target && source && target.priority !== source.priority) void write(`Priority of ${source.name} to ${target.priority}`, (d) => setPriority(d, from, target.priority));
            }}
            empty="No promotion matches the filter."
            head={
              <>
                <th scope="col" class="fit">
                  <input
                    type="checkbox"
                    aria-label="Select all shown"
                    checked={rows().length > 0 && rows().every((p) => checked().has(p.id))}
                    onChange={(e) => setChecked(e.currentTarget.checked ? new Set(rows().map((p) => p.id)) : new Set<string>())}
                  />
                </th>
                <th scope="col" class="num">Priority</th>
                <th scope="col" class="grow">Name</th>
                <th scope="col" class="fit">Status</th>
                <th scope="col" class="fit col-optional">Trigger</th>
                <th scope="col" class="fit col-optional">Rule</th>
                <th scope="col" class="fit col-optional">Combines</th>
              </>
            }
            row={(p) => (
              <>
                <td class="fit" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={`Select ${p.name}`}
                    checked={checked().has(p.id)}
                    onChange={(e) => {
                      const next = new Set(checked());
                      if (e.currentTarget.checked) next.add(p.id);
                      else next.delete(p.id);
                      setChecked(next);
                    }}
                  />
                </td>
                <td class="num">
                  <span class="priority-handle" title="Drag onto another row to take its priority, or Alt+↑/↓">
                    {p.priority}
                  </span>
                </td>
                <td>
                  <div class="cell-title">{p.name}</div>
                  <div class="cell-sub clamp-1" title={p.label}>
                    {p.group ? `${p.group} · ` : ''}
                    {p.label ?? ''}
                  </div>
                </td>
                <td class="fit">
                  <StatusChip status={p.status} />
                </td>
                <td class="fit col-optional">{triggerKindInWords(p.trigger)}</td>
                <td class="fit col-optional">{ruleKindInWords(p.rule.kind)}</td>
                <td class="fit col-optional">{concurrencyInWords(concurrencyOf(p))}</td>
              </>
            )}
          />
          <p class="muted list-hint">Space ticks a row · E edits · Alt+↑/↓ changes priority · drag a row onto another to take its priority.</p>
        </section>
        <section class="pane pane-detail" aria-label="Promotion details" tabIndex={-1} ref={detail}>
          <Show when={current()} fallback={<EmptyState title="Select a promotion to read what it does." />}>
            {(p) => (
              <>
                <div class="detail-actions" role="toolbar" aria-label="Promotion actions">
                  <button type="button" class="btn btn-primary" onClick={() => go({ kind: 'edit', id: p().id })}>
                    Edit
                  </button>
                  <button type="button" class="btn" onClick={() => void duplicate(p())}>
                    Duplicate
                  </button>
                  <Show
                    when={p().status === 'archived'}
                    fallback={
                      <button type="button" class="btn" onClick={() => void write(`Archive ${p().name}`, (d) => setStatus(d, new Set([p().id]), 'archived'))}>
                        Archive
                      </button>
                    }
                  >
                    <button type="button" class="btn" onClick={() => void write(`Restore ${p().name}`, (d) => setStatus(d, new Set([p().id]), 'draft'))}>
                      Restore as draft
                    </button>
                  </Show>
                  <button type="button" class="btn btn-danger" onClick={() => setDeleting(new Set([p().id]))}>
                    Delete
                  </button>
                </div>
                <PromotionDetail promotion={p()} context={ctx()} />
              </>
            )}
          </Show>
        </section>
      </div>
      <Show when={choosing()}>
        <NewPromotionDialog
          onCancel={() => setChoosing(false)}
          onChoose={(t) => {
            setChoosing(false);
            go({ kind: 'new', template: t.key });
          }}
        />
      </Show>
      <Show when={deleting()}>
        {(ids) => (
          <ConfirmDialog
            title={ids().size === 1 ? `Delete ${props.workspace.bundle.promotions.find((p) => ids().has(p.id))?.name ?? 'promotion'}?` : `Delete ${ids().size} promotions?`}
            confirm="Delete"
            danger
            onCancel={() => setDeleting(undefined)}
            onConfirm={() => {
              // Read the ids before the dialog closes: its accessor is gone after that.
              const gone = ids();
              const n = couponCount(draftOf(props.workspace.snapshot), gone);
              setDeleting(undefined);
              void write(`Delete ${gone.size} promotion${gone.size === 1 ? '' : 's'}`, (d) => deletePromotions(d, gone)).then((ok) => {
                if (!ok) return;
                setChecked(new Set<string>());
                go({ kind: 'list', selected: undefined }, true);
                if (n > 0) setMessage({ tone: 'ok', text: `Deleted, with ${n} coupon code${n === 1 ? '' : 's'}. Undo brings them back.` });
              });
            }}
          >
            <p>
              {couponCount(draftOf(props.workspace.snapshot), ids()) > 0
                ? `Its ${couponCount(draftOf(props.workspace.snapshot), ids())} coupon codes are deleted too. `
                : ''}
              Undo brings it back.
            </p>
          </ConfirmDialog>
        )}
      </Show>
    </Show>
  );
}
