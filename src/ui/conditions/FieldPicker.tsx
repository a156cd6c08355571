import { Combobox } from '@kobalte/core/combobox';
import type { ConditionField } from '../../domain/condition.ts';
import { CONDITION_FIELD_SPECS, FIELD_FAMILIES, type ConditionFieldSpec, type FieldFamily } from '../../domain/condition-fields.ts';

interface FamilyGroup {
  readonly family: FieldFamily;
  readonly fields: readonly ConditionFieldSpec[];
}

// Built once from the one declaration of condition fields.
const GROUPS: readonly FamilyGroup[] = FIELD_FAMILIES.map((family) => ({
  family,
  fields: CONDITION_FIELD_SPECS.filter((s) => s.family === family),
})).filter((g) => g.fields.length > 0);

/** Typing searches names, field ids, families and help texts. */
const matches = (spec: ConditionFieldSpec, input: string): boolean => {
  const q = input.trim().toLowerCase();
  return q === '' || [spec.label, spec.field, spec.family, spec.help].some((t) => t.toLowerCase().includes(q));
};

/**
 * The field picker: an accessible combobox (Kobalte) grouped by family, with search.
 * @example <FieldPicker field="subtotal" label="Field of condition 1" onPick={(f) => …} />
 */
export function FieldPicker(props: {
  readonly field: ConditionField | undefined;
  readonly label: string;
  readonly invalid?: boolean;
  readonly onPick: (field: ConditionField) => void;
}) {
  const selected = () => CONDITION_FIELD_SPECS.find((s) => s.field === props.field) ?? null;
  return (
    <Combobox<ConditionFieldSpec, FamilyGroup>
      class="cb-field"
      data-cb-field
      options={GROUPS as FamilyGroup[]}
      optionValue="field"
      optionTextValue="label"
      optionLabel="label"
      optionGroupChildren="fields"
      value={selected()}
      onChange={(spec) => {
        if (spec !== null) props.onPick(spec.field);
      }}
      defaultFilter={matches}
      placeholder="Choose a field…"
      validationState={props.invalid ? 'invalid' : 'valid'}
      triggerMode="input"
      itemComponent={(p) => (
        <Combobox.Item item={p.item} class="cb-option">
          <Combobox.ItemLabel class="cb-option-label">{p.item.rawValue.label}</Combobox.ItemLabel>
          <Combobox.ItemDescription class="cb-option-help">{p.item.rawValue.help}</Combobox.ItemDescription>
        </Combobox.Item>
      )}
      sectionComponent={(p) => <Combobox.Section class="cb-section">{p.section.rawValue.family}</Combobox.Section>}
    >
      <Combobox.Control class="cb-field-control" aria-label={props.label}>
        <Combobox.Input class="input cb-field-input" aria-label={props.label} />
        <Combobox.Trigger class="cb-field-trigger" aria-label={`Show all fields for ${props.label}`}>
          <Combobox.Icon>▾</Combobox.Icon>
        </Combobox.Trigger>
      </Combobox.Control>
      <Combobox.Portal>
        <Combobox.Content class="cb-listbox-content">
          <Combobox.Listbox class="cb-listbox" />
        </Combobox.Content>
      </Combobox.Portal>
    </Combobox>
  );
}
