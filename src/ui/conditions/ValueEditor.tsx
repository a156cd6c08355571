import { Match, Switch } from 'solid-js';
import type { Operator } from '../../domain/condition.ts';
import { valueShape, type ConditionFieldSpec } from '../../domain/condition-fields.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { SingleValueInput } from './SingleValueInput.tsx';

/** The value part of a leaf, shaped by its operator: nothing, one value, a pair, or a list of chips. */
export function ValueEditor(props: {
  readonly spec: ConditionFieldSpec;
  readonly op: Operator;
  readonly value: unknown;
  readonly name: string;
  readonly currency: string;
  readonly hints: readonly string[];
  readonly onValue: (value: unknown) => void;
}) {
  const pair = () => (Array.isArray(props.value) ? props.value : [props.value, undefined]);
  const list = () => (Array.isArray(props.value) ? props.value : props.value === undefined || props.value === '' ? [] : [props.value]);
  // A list field compared with one value asks for one member: the item is text.
  // Suggestions are for words (segments, outlets…), never for amounts or numbers.
  const hints = () => (props.spec.valueType.kind === 'text' || props.spec.valueType.kind === 'listOfText' ? props.hints : []);
  const oneType = () => (props.spec.valueType.kind === 'listOfText' ? ({ kind: 'text' } as const) : props.spec.valueType);
  return (
    <Switch>
      <Match when={valueShape(props.op) === 'one'}>
        <SingleValueInput value={props.value} type={oneType()} label={`Value of ${props.name}`} currency={props.currency} hints={hints()} onValue={props.onValue} />
      </Match>
      <Match when={valueShape(props.op) === 'pair'}>
        <span class="cb-pair">
          <SingleValueInput value={pair()[0]} type={oneType()} label={`Lowest value of ${props.name}`} currency={props.currency} onValue={(v) => props.onValue([v, pair()[1]])} />
          <span class="cb-and">and</span>
          <SingleValueInput value={pair()[1]} type={oneType()} label={`Highest value of ${props.name}`} currency={props.currency} onValue={(v) => props.onValue([pair()[0], v])} />
        </span>
      </Match>
      <Match when={valueShape(props.op) === 'list'}>
        <ChipsInput values={list()} type={oneType()} label={`Values of ${props.name}`} currency={props.currency} hints={hints()} onValues={props.onValue} />
      </Match>
    </Switch>
  );
}
