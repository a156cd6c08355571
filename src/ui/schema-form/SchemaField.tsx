import { createSignal, For, Index, Match, Show, Switch, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { getIn, moveAt, removeAt, type JsonPathSegments } from './json-edit.ts';
import { humanize, initialValue, variantOf, type FieldNode, type SchemaNode } from './schema-node.ts';
import { fieldId, type FormContext } from './form-context.ts';
import { FieldProblems } from './FieldProblems.tsx';
import { ChipsInput } from '../conditions/ChipsInput.tsx';
import { fieldHelp, fieldLabel, tagLabel, unitOf } from './labels.ts';

export interface SchemaFieldProps {
  readonly node: SchemaNode;
  readonly path: JsonPathSegments;
  readonly label: string;
  /** For optional members: absent values can be added and present ones removed. */
  readonly optional?: boolean;
  readonly fieldDefault?: unknown;
  readonly ctx: FormContext;
}

type Node<K extends SchemaNode['kind']> = Extract<SchemaNode, { kind: K }>;

/**
 * One field of a schema form: picks the control for the node's kind (or the registered widget for
 * its `$defs` name) and edits the working copy at `path`.
 */
export function SchemaField(props: SchemaFieldProps): JSX.Element {
  const value = () => getIn(props.ctx.value(), props.path);
  // A widget for this very member (`scope.customers`) wins over one for its schema (`Condition`).
  const widget = () => props.ctx.widgets[memberKey(props.path)] ?? (props.node.ref === undefined ? undefined : props.ctx.widgets[props.node.ref]);
  // An absent list reads as an empty one (its own "+ Add" is there), so it needs no "Add" of its own.
  const isContainer = () => ['object', 'union', 'record'].includes(props.node.kind) || widget() !== undefined;

  return (
    <Show
      when={!(props.optional && isContainer() && value() === undefined && props.fieldDefault === undefined)}
      fallback={
        <div class="sf-absent">
          <span class="sf-absent-label">{props.label}</span>
          <button type="button" class="btn btn-ghost sf-add" onClick={() => props.ctx.set(props.path, initialValue(props.node))}>
            + Add {props.label.toLowerCase()}
          </button>
          <Show when={fieldHelp(props.path)}>{(h) => <span class="sf-help">{h()}</span>}</Show>
        </div>
      }
    >
      <Show when={widget()} fallback={<BuiltIn {...props} />}>
        {(w) => (
          <div class="sf-widget">
            <Dynamic component={w()} node={props.node} path={props.path} label={props.label} ctx={props.ctx} />
            <RemoveOptional {...props} />
          </div>
        )}
      </Show>
    </Show>
  );
}

/** Optional members without a default can be taken out again; one with a default just reads as it. */
function RemoveOptional(props: SchemaFieldProps) {
  return (
    <Show when={props.optional && props.fieldDefault === undefined}>
      <button type="button" class="btn btn-ghost sf-remove" onClick={() => props.ctx.set(props.path, undefined)}>
        Remove {props.label.toLowerCase()}
      </button>
    </Show>
  );
}

function BuiltIn(props: SchemaFieldProps) {
  return (
    <Switch fallback={<JsonField {...props} />}>
      <Match when={props.node.kind === 'object'}>
        <ObjectField {...props} node={props.node as Node<'object'>} />
      </Match>
      <Match when={props.node.kind === 'union'}>
        <UnionField {...props} node={props.node as Node<'union'>} />
      </Match>
      <Match when={props.node.kind === 'array'}>
        <ArrayField {...props} node={props.node as Node<'array'>} />
      </Match>
      <Match when={props.node.kind === 'record'}>
        <RecordField {...props} />
      </Match>
      <Match when={props.node.kind === 'enum'}>
        <EnumField {...props} node={props.node as Node<'enum'>} />
      </Match>
      <Match when={props.node.kind === 'string' || props.node.kind === 'integer'}>
        <TextField {...props} />
      </Match>
      <Match when={props.node.kind === 'boolean'}>
        <BooleanField {...props} />
      </Match>
    </Switch>
  );
}

/** The members of an object, in schema order; `skip` leaves out the union tag. */
export function ObjectFields(props: { readonly fields: readonly FieldNode[]; readonly path: JsonPathSegments; readonly ctx: FormContext; readonly skip?: string }) {
  return (
    <For each={props.fields.filter((f) => f.name !== props.skip)}>
      {(f) => (
        <SchemaField
          node={f.node}
          path={[...props.path, f.name]}
          label={fieldLabel(f.name)}
          optional={!f.required}
          fieldDefault={f.default}
          ctx={props.ctx}
        />
      )}
    </For>
  );
}

function ObjectField(props: SchemaFieldProps & { readonly node: Node<'object'> }) {
  return (
    <fieldset class="sf-group" id={fieldId(props.ctx.idPrefix, props.path)}>
      <legend>{props.label}</legend>
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
      <div class="sf-fields">
        <ObjectFields fields={props.node.fields} path={props.path} ctx={props.ctx} />
      </div>
      <RemoveOptional {...props} />
    </fieldset>
  );
}

function UnionField(props: SchemaFieldProps & { readonly node: Node<'union'> }) {
  const id = () => fieldId(props.ctx.idPrefix, [...props.path, 'kind']);
  // An absent member with a default (a promotion's trigger) reads as that default until changed.
  const current = () => variantOf(props.node, getIn(props.ctx.value(), props.path) ?? props.fieldDefault);
  const choose = (tag: string) => {
    const v = props.node.variants.find((x) => x.tag === tag);
    if (v !== undefined) props.ctx.set(props.path, initialValue(v.node));
  };
  return (
    <fieldset class="sf-group sf-union">
      <legend>{props.label}</legend>
      <div class="sf-row">
        <label class="sf-label" for={id()}>
          Kind
        </label>
        <select id={id()} class="input" value={current()?.tag ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
          <Show when={current() === undefined}>
            <option value="">Choose…</option>
          </Show>
          <For each={props.node.variants}>{(v) => <option value={v.tag}>{tagLabel(v.tag)}</option>}</For>
        </select>
      </div>
      <FieldProblems problems={[...props.ctx.problemsAt(props.path), ...props.ctx.problemsAt([...props.path, 'kind'])]} />
      <Show when={current()} keyed>
        {(v) => (
          <Show when={v.node.kind === 'object'}>
            <div class="sf-fields">
              <ObjectFields fields={(v.node as Node<'object'>).fields} path={props.path} ctx={props.ctx} skip="kind" />
            </div>
          </Show>
        )}
      </Show>
      <RemoveOptional {...props} />
    </fieldset>
  );
}

function ArrayField(props: SchemaFieldProps & { readonly node: Node<'array'> }) {
  const items = () => {
    const v = getIn(props.ctx.value(), props.path);
    return Array.isArray(v) ? (v as unknown[]) : [];
  };
  const itemNode = () => props.node.items;
  const simple = () => itemNode().kind === 'string' || itemNode().kind === 'integer';
  const canAdd = () => props.node.max === undefined || items().length < props.node.max;
  return (
    <Switch
      fallback={
        <fieldset class="sf-group sf-array" id={fieldId(props.ctx.idPrefix, props.path)}>
          <legend>
            {props.label} <span class="muted">({items().length})</span>
          </legend>
          <Show when={fieldHelp(props.path)}>{(h) => <p class="sf-help">{h()}</p>}</Show>
          <FieldProblems problems={props.ctx.problemsAt(props.path)} />
          <ol class="sf-items">
            <Index each={items()}>
              {(_, i) => (
                <li class="sf-item">
                  <div class="sf-item-head">
                    <span class="sf-item-title">
                      {singular(props.label)} {i + 1}
                    </span>
                    <span class="sf-item-actions">
                      <button type="button" class="btn btn-ghost" aria-label={`Move ${singular(props.label).toLowerCase()} ${i + 1} up`} disabled={i === 0} onClick={() => props.ctx.set(props.path, getIn(moveAt(props.ctx.value(), props.path, i, i - 1), props.path))}>
                        ↑
                      </button>
                      <button type="button" class="btn btn-ghost" aria-label={`Move ${singular(props.label).toLowerCase()} ${i + 1} down`} disabled={i === items().length - 1} onClick={() => props.ctx.set(props.path, getIn(moveAt(props.ctx.value(), props.path, i, i + 1), props.path))}>
                        ↓
                      </button>
                      <button type="button" class="btn btn-ghost" aria-label={`Remove ${singular(props.label).toLowerCase()} ${i + 1}`} disabled={items().length <= props.node.min} onClick={() => props.ctx.set(props.path, getIn(removeAt(props.ctx.value(), props.path, i), props.path))}>
                        ✕
                      </button>
                    </span>
                  </div>
                  <SchemaField node={itemNode()} path={[...props.path, i]} label={`${singular(props.label)} ${i + 1}`} ctx={props.ctx} />
                </li>
              )}
            </Index>
          </ol>
          <Show when={canAdd()}>
            <button type="button" class="btn btn-ghost sf-add" onClick={() => props.ctx.set(props.path, [...items(), initialValue(itemNode())])}>
              + Add {singular(props.label).toLowerCase()}
            </button>
          </Show>
          <RemoveOptional {...props} />
        </fieldset>
      }
    >
      <Match when={itemNode().kind === 'enum'}>
        <fieldset class="sf-group sf-checks" id={fieldId(props.ctx.idPrefix, props.path)}>
          <legend>{props.label}</legend>
          <Show when={fieldHelp(props.path)}>{(h) => <p class="sf-help">{h()}</p>}</Show>
          <div class="sf-check-row">
            <For each={(itemNode() as Node<'enum'>).values}>
              {(v) => (
                <label class="sf-check">
                  <input
                    type="checkbox"
                    checked={items().includes(v)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      const values = (itemNode() as Node<'enum'>).values;
                      const next = values.filter((x) => (x === v ? on : items().includes(x)));
                      props.ctx.set(props.path, next.length === 0 && props.optional ? undefined : next);
                    }}
                  />
                  {humanize(v)}
                </label>
              )}
            </For>
          </div>
          <FieldProblems problems={props.ctx.problemsAt(props.path)} />
        </fieldset>
      </Match>
      <Match when={simple()}>
        <div class="sf-row sf-row-wide">
          <span class="sf-label" id={`${fieldId(props.ctx.idPrefix, props.path)}-label`}>
            {props.label}
          </span>
          <span id={fieldId(props.ctx.idPrefix, props.path)}>
            <ChipsInput
              label={props.label}
              type={itemNode().kind === 'integer' ? { kind: 'integer' } : { kind: 'text' }}
              currency=""
              values={items()}
              onValues={(next) => props.ctx.set(props.path, next.length === 0 && props.optional ? undefined : next)}
            />
          </span>
          <Show when={fieldHelp(props.path)}>{(h) => <span class="sf-help">{h()}</span>}</Show>
          <FieldProblems problems={props.ctx.problemsAt(props.path)} />
        </div>
      </Match>
    </Switch>
  );
}

function RecordField(props: SchemaFieldProps) {
  const entries = () => Object.entries((getIn(props.ctx.value(), props.path) as Record<string, string> | undefined) ?? {});
  const write = (next: [string, string][]) => props.ctx.set(props.path, Object.fromEntries(next));
  return (
    <fieldset class="sf-group" id={fieldId(props.ctx.idPrefix, props.path)}>
      <legend>{props.label}</legend>
      <Index each={entries()}>
        {(entry, i) => (
          <div class="sf-pair">
            <input class="input" aria-label={`${props.label} ${i + 1} key`} value={entry()[0]} onChange={(e) => write(entries().map((x, j) => (j === i ? [e.currentTarget.value, x[1]] : x)))} />
            <input class="input" aria-label={`${props.label} ${i + 1} value`} value={entry()[1]} onChange={(e) => write(entries().map((x, j) => (j === i ? [x[0], e.currentTarget.value] : x)))} />
            <button type="button" class="btn btn-ghost" aria-label={`Remove ${props.label.toLowerCase()} ${i + 1}`} onClick={() => write(entries().filter((_, j) => j !== i))}>
              ✕
            </button>
          </div>
        )}
      </Index>
      <button type="button" class="btn btn-ghost sf-add" onClick={() => write([...entries(), [`key${entries().length + 1}`, '']])}>
        + Add entry
      </button>
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
    </fieldset>
  );
}

function EnumField(props: SchemaFieldProps & { readonly node: Node<'enum'> }) {
  const id = () => fieldId(props.ctx.idPrefix, props.path);
  const value = () => getIn(props.ctx.value(), props.path);
  return (
    <div class="sf-row">
      <label class="sf-label" for={id()}>
        {props.label}
      </label>
      <select id={id()} class="input" value={typeof value() === 'string' ? (value() as string) : ''} onChange={(e) => props.ctx.set(props.path, e.currentTarget.value === '' ? undefined : e.currentTarget.value)}>
        <Show when={props.optional}>
          <option value="">{props.fieldDefault === undefined ? '(not set)' : `(default: ${humanize(String(props.fieldDefault))})`}</option>
        </Show>
        <For each={props.node.values}>{(v) => <option value={v}>{humanize(v)}</option>}</For>
      </select>
      <Show when={fieldHelp(props.path)}>{(h) => <span class="sf-help">{h()}</span>}</Show>
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
    </div>
  );
}

function TextField(props: SchemaFieldProps) {
  const id = () => fieldId(props.ctx.idPrefix, props.path);
  const value = () => getIn(props.ctx.value(), props.path);
  const isInt = () => props.node.kind === 'integer';
  const problems = () => props.ctx.problemsAt(props.path);
  const write = (raw: string) => {
    if (raw.trim() === '' && (props.optional || isInt())) return props.ctx.set(props.path, undefined);
    // Integers go in as numbers when they are whole; anything else is kept as typed so the
    // validator names the mistake instead of the field silently dropping it.
    props.ctx.set(props.path, isInt() && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw);
  };
  return (
    <div class="sf-row">
      <label class="sf-label" for={id()}>
        {props.label}
      </label>
      <span class="sf-input-wrap">
        <Show when={props.path[props.path.length - 1] === 'description'}>
          <textarea
            id={id()}
            class="input"
            rows={3}
            value={value() === undefined ? '' : String(value())}
            aria-invalid={problems().length > 0}
            onInput={(e) => write(e.currentTarget.value)}
          />
        </Show>
        <Show when={props.path[props.path.length - 1] !== 'description'}>
        <input
          id={id()}
          class="input"
          classList={{ 'input-invalid': problems().length > 0 }}
          inputMode={isInt() ? 'numeric' : props.node.ref === 'Money' || props.node.ref === 'Percent' ? 'decimal' : undefined}
          value={value() === undefined ? '' : String(value())}
          placeholder={props.fieldDefault === undefined ? '' : `default ${String(props.fieldDefault)}`}
          aria-invalid={problems().length > 0}
          aria-describedby={problems().length > 0 ? `${id()}-problems` : undefined}
          onInput={(e) => write(e.currentTarget.value)}
        />
        </Show>
        <Show when={unitOf(props.node.ref)}>{(u) => <span class="sf-unit">{u()}</span>}</Show>
      </span>
      <Show when={fieldHelp(props.path)}>{(h) => <span class="sf-help">{h()}</span>}</Show>
      <FieldProblems id={`${id()}-problems`} problems={problems()} />
    </div>
  );
}

function BooleanField(props: SchemaFieldProps) {
  const id = () => fieldId(props.ctx.idPrefix, props.path);
  return (
    <div class="sf-row">
      <label class="sf-check" for={id()}>
        <input id={id()} type="checkbox" checked={getIn(props.ctx.value(), props.path) === true} onChange={(e) => props.ctx.set(props.path, e.currentTarget.checked)} />
        {props.label}
      </label>
      <Show when={fieldHelp(props.path)}>{(h) => <span class="sf-help">{h()}</span>}</Show>
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
    </div>
  );
}

/**
 * Anything the form has no richer control for (a condition value that may be text, a number or a
 * list) is typed as text: plain words stay text, `[…]`, `{…}`, true/false are read as JSON. Text
 * that does not parse is kept aside with its error and never replaces the value.
 */
function JsonField(props: SchemaFieldProps) {
  const id = () => fieldId(props.ctx.idPrefix, props.path);
  const [error, setError] = createSignal<string>();
  const text = () => {
    const v = getIn(props.ctx.value(), props.path);
    return v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  };
  return (
    <div class="sf-row">
      <label class="sf-label" for={id()}>
        {props.label}
      </label>
      <input
        id={id()}
        class="input"
        value={text()}
        onChange={(e) => {
          const raw = e.currentTarget.value.trim();
          if (raw === '') return props.ctx.set(props.path, undefined);
          if (!/^[[{]|^(true|false)$/.test(raw)) {
            setError(undefined);
            return props.ctx.set(props.path, raw);
          }
          try {
            props.ctx.set(props.path, JSON.parse(raw));
            setError(undefined);
          } catch (err) {
            setError(`not JSON, the value is unchanged: ${err instanceof Error ? err.message : String(err)}`);
          }
        }}
      />
      <Show when={error()}>{(m) => <span class="sf-problem">{m()}</span>}</Show>
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
    </div>
  );
}

/** `['scope', 'customers']` → 'scope.customers' (indices left out). */
export const memberKey = (path: JsonPathSegments): string => path.filter((s) => typeof s === 'string').join('.');

function singular(label: string): string {
  return label.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
}
