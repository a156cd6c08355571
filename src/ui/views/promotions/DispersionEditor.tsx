import { For } from 'solid-js';
import { getIn } from '../../schema-form/json-edit.ts';
import { fieldId, type WidgetProps } from '../../schema-form/form-context.ts';
import { FieldProblems } from '../../schema-form/FieldProblems.tsx';
import { ObjectFields } from '../../schema-form/SchemaField.tsx';
import { useEditorCatalog } from './editor-catalog.ts';

/** Dispersion values, or a `DiscountFinancialDispersion` script picked from the Scripts view's library. */
export function DispersionEditor(props: WidgetProps) {
  const bundle = useEditorCatalog();
  const id = () => fieldId(props.ctx.idPrefix, [...props.path, 'scriptId']);
  const scripts = () => bundle().scripts.filter((s) => s.extensionPoint === 'DiscountFinancialDispersion');
  const fields = () => (props.node.kind === 'object' ? props.node.fields.filter((f) => f.name !== 'scriptId') : []);
  return (
    <fieldset class="sf-group" id={fieldId(props.ctx.idPrefix, props.path)}>
      <legend>{props.label}</legend>
      <ObjectFields fields={fields()} path={props.path} ctx={props.ctx} />
      <div class="sf-row">
        <label class="sf-label" for={id()}>
          Dispersion script
        </label>
        <select
          id={id()}
          class="input"
          value={(getIn(props.ctx.value(), [...props.path, 'scriptId']) as string | undefined) ?? ''}
          onChange={(e) => props.ctx.set([...props.path, 'scriptId'], e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        >
          <option value="">(none: use the values above)</option>
          <For each={scripts()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
        </select>
        <a class="link sf-help" href="#/scripts">
          Open the Scripts view
        </a>
        <FieldProblems problems={props.ctx.problemsAt([...props.path, 'scriptId'])} />
      </div>
    </fieldset>
  );
}
