import { createSignal, Show } from 'solid-js';
import { getIn } from '../../schema-form/json-edit.ts';
import { fieldId, type WidgetProps } from '../../schema-form/form-context.ts';
import { FieldProblems } from '../../schema-form/FieldProblems.tsx';
import { ObjectFields } from '../../schema-form/SchemaField.tsx';
import { useEditorCatalog } from './editor-catalog.ts';
import { addDays, endWording, type EndWording } from './schedule-end.ts';

/**
 * The schedule: start, and the end in the wording the analyst thinks in — "last active day",
 * "expires on" or an exact end time — all stored as the one exclusive end instant of the model.
 */
export function ScheduleEditor(props: WidgetProps) {
  const bundle = useEditorCatalog();
  const id = () => fieldId(props.ctx.idPrefix, props.path);
  const end = () => getIn(props.ctx.value(), [...props.path, 'end']) as string | undefined;
  const [wording, setWording] = createSignal<EndWording>(endWording(end()));
  const endDate = () => end()?.slice(0, 10) ?? '';
  const setEnd = (w: EndWording, date: string, exact?: string) => {
    setWording(w);
    const path = [...props.path, 'end'];
    if (w === 'none') return props.ctx.set(path, undefined);
    if (w === 'exact') return props.ctx.set(path, exact ?? end() ?? `${date || today()}T00:00`);
    if (date === '') return;
    props.ctx.set(path, `${w === 'lastDay' ? addDays(date, 1) : date}T00:00`);
  };
  const shownDate = () => (wording() === 'lastDay' && endDate() !== '' ? addDays(endDate(), -1) : endDate());
  const zones = () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  const tz = () => getIn(props.ctx.value(), [...props.path, 'timeZone']) as string | undefined;

  return (
    <fieldset class="sf-group" id={id()}>
      <legend>{props.label}</legend>
      <div class="sf-row">
        <label class="sf-label" for={`${id()}-start`}>
          Starts
        </label>
        <input
          id={`${id()}-start`}
          class="input"
          type="datetime-local"
          value={(getIn(props.ctx.value(), [...props.path, 'start']) as string | undefined) ?? ''}
          onInput={(e) => props.ctx.set([...props.path, 'start'], e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        />
        <span class="sf-help">Inclusive, local time in the schedule's zone.</span>
        <FieldProblems problems={props.ctx.problemsAt([...props.path, 'start'])} />
      </div>
      <div class="sf-row">
        <label class="sf-label" for={`${id()}-end-wording`}>
          Ends
        </label>
        <select id={`${id()}-end-wording`} class="input" value={wording()} onChange={(e) => setEnd(e.currentTarget.value as EndWording, shownDate())}>
          <option value="none">No end</option>
          <option value="lastDay">Last active day</option>
          <option value="expiresOn">Expires on</option>
          <option value="exact">At an exact time</option>
        </select>
        <Show when={wording() === 'lastDay' || wording() === 'expiresOn'}>
          <input
            id={`${id()}-end-date`}
            class="input"
            type="date"
            aria-label={wording() === 'lastDay' ? 'Last active day' : 'Expires on'}
            value={shownDate()}
            onInput={(e) => setEnd(wording(), e.currentTarget.value)}
          />
        </Show>
        <Show when={wording() === 'exact'}>
          <input id={`${id()}-end-exact`} class="input" type="datetime-local" aria-label="Ends at (exclusive)" value={end() ?? ''} onInput={(e) => setEnd('exact', '', e.currentTarget.value)} />
        </Show>
        <span class="sf-help">
          <Show when={wording() === 'lastDay'}>Runs through the whole of that day.</Show>
          <Show when={wording() === 'expiresOn'}>Valid until 11:59 pm the day before.</Show>
          <Show when={wording() === 'exact'}>The promotion stops at that moment (exclusive).</Show>
          <Show when={end() !== undefined}> Stored end: {end()}.</Show>
        </span>
        <FieldProblems problems={props.ctx.problemsAt([...props.path, 'end'])} />
      </div>
      <div class="sf-row">
        <label class="sf-label" for={`${id()}-tz`}>
          Time zone
        </label>
        <select id={`${id()}-tz`} class="input" value={tz() ?? ''} onChange={(e) => props.ctx.set([...props.path, 'timeZone'], e.currentTarget.value === '' ? undefined : e.currentTarget.value)}>
          <option value="">(outlet's, else the bundle's: {bundle().timeZone})</option>
          <Show when={tz() !== undefined && !zones().includes(tz()!)}>
            <option value={tz()}>{tz()}</option>
          </Show>
          {zones().map((z) => (
            <option value={z}>{z}</option>
          ))}
        </select>
        <FieldProblems problems={props.ctx.problemsAt([...props.path, 'timeZone'])} />
      </div>
      <ObjectFields fields={fieldsWithout(props, ['start', 'end', 'timeZone'])} path={props.path} ctx={props.ctx} />
      <FieldProblems problems={props.ctx.problemsAt(props.path)} />
    </fieldset>
  );
}

function fieldsWithout(props: WidgetProps, names: readonly string[]) {
  return props.node.kind === 'object' ? props.node.fields.filter((f) => !names.includes(f.name)) : [];
}

const today = () => new Date().toISOString().slice(0, 10);
