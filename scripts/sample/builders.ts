import type { z } from 'zod';
import type { Condition, ConditionField, ConditionValue, Operator } from '../../src/domain/condition.ts';
import type { AttributeFilter, ProductSelectorSchema } from '../../src/domain/selector.ts';

/** Small builders that keep the promotion list readable; they produce plain input-form JSON. */

type Selector = z.input<typeof ProductSelectorSchema>;

export const leaf = (field: ConditionField, op: Operator, value?: ConditionValue, key?: string): Condition => ({
  kind: 'leaf', field, op, ...(key === undefined ? {} : { key }), ...(value === undefined ? {} : { value }),
});
export const allOf = (...of: Condition[]): Condition => ({ kind: 'all', of });
export const anyOf = (...of: Condition[]): Condition => ({ kind: 'any', of });
export const not = (of: Condition): Condition => ({ kind: 'not', of });
export const orderProps = (selected: string[], requireAll: boolean, excluding: boolean): Condition => ({
  kind: 'orderProperties', selected, requireAll, excluding,
});
export const scriptCondition = (scriptId: string): Condition => ({ kind: 'script', scriptId });

export const attr = (attribute: string, op: Operator, value?: ConditionValue): AttributeFilter => ({
  kind: 'attr', attribute, op, ...(value === undefined ? {} : { value }),
});
export const filterAll = (...of: AttributeFilter[]): AttributeFilter => ({ kind: 'all', of });

/** Products of one category ("dynamic products"). */
export const inCategory = (category: string): Selector => ({ kind: 'filter', filter: attr('category', 'eq', category) });
/** Products carrying a tag. */
export const withTag = (tag: string): Selector => ({ kind: 'filter', filter: attr('tags', 'contains', tag) });
export const ofBrand = (brand: string): Selector => ({ kind: 'filter', filter: attr('brand', 'eq', brand) });
export const fixed = (ids: string[]): Selector => ({ kind: 'products', ids });

/** Ids in a target system, for the `mirrored` export profile (SPEC §10). */
export const posId = (n: number): Record<string, string> => ({ pos: `NW-POS-${n}` });
