import { jsonPath } from '../../../domain/problem.ts';
import { ConditionBuilder } from '../../conditions/ConditionBuilder.tsx';
import { filtersAsTree, filterProblems, treeAsFilters } from '../../conditions/customer-filters.ts';
import { problemsUnder } from '../../conditions/node-problems.ts';
import { getIn } from '../../schema-form/json-edit.ts';
import { fieldId, type WidgetProps } from '../../schema-form/form-context.ts';
import { useEditorCatalog } from './editor-catalog.ts';
import { useEditorTruth } from './editor-truth.ts';

/** A promotion's conditions in the visual builder, with each node's truth for the current basket. */
export function ConditionWidget(props: WidgetProps) {
  const bundle = useEditorCatalog();
  const truth = useEditorTruth();
  return (
    <div class="sf-widget-block" id={fieldId(props.ctx.idPrefix, props.path)}>
      <ConditionBuilder
        label={props.label}
        value={getIn(props.ctx.value(), props.path)}
        onChange={(next) => props.ctx.set(props.path, next)}
        bundle={bundle()}
        problems={problemsUnder(props.ctx.allProblems(), jsonPath(props.path))}
        truth={truth()?.conditions}
      />
    </div>
  );
}

/** `scope.customers`, any one of which admits the customer, edited as one "any" tree. */
export function CustomerFiltersWidget(props: WidgetProps) {
  const bundle = useEditorCatalog();
  const truth = useEditorTruth();
  const filters = () => {
    const v = getIn(props.ctx.value(), props.path);
    return Array.isArray(v) ? (v as unknown[]) : [];
  };
  return (
    <div class="sf-widget-block" id={fieldId(props.ctx.idPrefix, props.path)}>
      <ConditionBuilder
        label="Qualifying customers"
        value={filtersAsTree(filters())}
        onChange={(next) => {
          const list = treeAsFilters(next);
          props.ctx.set(props.path, list.length === 0 ? undefined : list);
        }}
        bundle={bundle()}
        problems={filterProblems(props.ctx.allProblems(), jsonPath(props.path))}
        truth={truth()?.customers}
      />
    </div>
  );
}
