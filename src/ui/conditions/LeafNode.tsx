import { For, Show, createMemo } from 'solid-js';
import { fieldSpec, OPERATOR_LABELS, valueShape, type ConditionFieldSpec } from '../../domain/condition-fields.ts';
import { nodeKey, type ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { nodeName, useBuilder } from './builder-context.ts';
import { FieldPicker } from './FieldPicker.tsx';
import { emptyFreeValue, FREE_VALUE_KINDS, freeValueKind, freeValueType, type FreeValueKind } from './free-value-kind.ts';
import { isConditionField, isOperator, withField, withOperator } from './leaf-draft.ts';
import { NodeFrame } from './NodeFrame.tsx';
import { replaceAt } from './tree-edit.ts';
import { ValueEditor } from './ValueEditor.tsx';
import { valueHints } from './value-hints.ts';

type Json = Readonly<Record<string, unknown>>;

/** A leaf `{field, op, key?, value?}`: field picker, key for keyed fields, operator, typed value. */
export function LeafNode(props: { readonly path: ConditionPath; readonly node: Json }) {
  const b = useBuilder();
  const name = () => nodeName('condition', props.path);
  const field = () => (isConditionField(props.node['field']) ? props.node['field'] : undefined);
  const spec = createMemo(() => {
    const f = field();
    return f === undefined ? undefined : fieldSpec(f);
  });
  const op = () => (isOperator(props.node['op']) ? props.node['op'] : undefined);
  const partInvalid = (part: string) => (b.problems().get(nodeKey(props.path)) ?? []).some((p) => p.part?.startsWith(part) === true);
  const put = (next: Json, focus: 'none' | 'handle' = 'none') => b.edit(replaceAt(b.tree(), props.path, next), focus);
  const hints = createMemo(() => {
    const f = field();
    return f === undefined ? [] : valueHints(b.bundle(), f);
  });
  return (
    <NodeFrame path={props.path} node={props.node} name={name()} kind="leaf">
      <div class="cb-leaf">
        <FieldPicker field={field()} label={`Field of ${name()}`} invalid={partInvalid('field')} onPick={(f) => put(withField(props.node, f))} />
        <Show when={spec()?.key}>
          {(key) => (
            <input
              class="input cb-key"
              type="text"
              aria-label={`${key().label} of ${name()}`}
              aria-invalid={partInvalid('key')}
              placeholder={key().label}
              title={key().help}
              value={typeof props.node['key'] === 'string' ? (props.node['key'] as string) : ''}
              onInput={(e) => put({ ...props.node, key: e.currentTarget.value })}
            />
          )}
        </Show>
        <Show when={spec()}>
          {(s) => (
            <>
              <select
                class="input cb-op"
                aria-label={`Operator of ${name()}`}
                aria-invalid={partInvalid('op')}
                value={op() ?? ''}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  if (isOperator(next)) put(withOperator(props.node, next));
                }}
              >
                <Show when={op() === undefined || !s().operators.includes(op()!)}>
                  <option value={op() ?? ''}>{op() ?? 'Choose…'}</option>
                </Show>
                <For each={s().operators}>{(o) => <option value={o}>{OPERATOR_LABELS[o]}</option>}</For>
              </select>
              <Show when={s().key !== undefined && s().valueType.kind === 'text' && valueShape(op() ?? 'eq') !== 'none'}>
                <select
                  class="input cb-as"
                  aria-label={`Compare ${name()} as`}
                  value={freeValueKind(props.node['value'])}
                  onChange={(e) => {
                    const kind = e.currentTarget.value as FreeValueKind;
                    put({ ...props.node, value: emptyFreeValue(kind, props.node['value'], localToday()) });
                  }}
                >
                  <For each={FREE_VALUE_KINDS}>{([kind, label]) => <option value={kind}>as {label}</option>}</For>
                </select>
              </Show>
              <Show when={op()}>
                {(o) => (
                  <ValueEditor
                    spec={typedSpec(s(), props.node['value'])}
                    op={o()}
                    value={props.node['value']}
                    name={name()}
                    currency={b.bundle().currency}
                    hints={hints()}
                    onValue={(value) => put(value === undefined ? withoutValue(props.node) : { ...props.node, value })}
                  />
                )}
              </Show>
            </>
          )}
        </Show>
      </div>
      <Show when={spec()}>{(s) => <p class="cb-help">{s().help}</p>}</Show>
    </NodeFrame>
  );
}

/** Keyed text fields (custom fields, product attributes) edit their value as the kind it reads as. */
function typedSpec(spec: ConditionFieldSpec, value: unknown): ConditionFieldSpec {
  if (spec.key === undefined || spec.valueType.kind !== 'text') return spec;
  return { ...spec, valueType: freeValueType(freeValueKind(value)) };
}

/** Today in the analyst's own zone, as YYYY-MM-DD: the start of a date they then change. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function withoutValue(node: Json): Json {
  const { value: _dropped, ...rest } = node;
  return rest;
}
