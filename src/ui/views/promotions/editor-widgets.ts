import type { Component } from 'solid-js';
import type { WidgetProps } from '../../schema-form/form-context.ts';
import { SelectorEditor } from './SelectorEditor.tsx';
import { ScheduleEditor } from './ScheduleEditor.tsx';
import { DispersionEditor } from './DispersionEditor.tsx';
import { ConditionWidget, CustomerFiltersWidget } from './ConditionWidget.tsx';

/** The promotion editor's richer controls, by the member (`scope.customers`) or domain schema they edit; everything else is generic. */
export const EDITOR_WIDGETS: Readonly<Record<string, Component<WidgetProps>>> = {
  ProductSelector: SelectorEditor,
  Schedule: ScheduleEditor,
  Dispersion: DispersionEditor,
  Condition: ConditionWidget,
  'scope.customers': CustomerFiltersWidget,
};
