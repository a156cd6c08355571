import { fieldInMessage } from '../../domain/condition-fields.ts';
import type { ConditionTrace, NodeTruth } from '../../engine/eligibility/conditions/trace.ts';
import { isConditionField } from './leaf-draft.ts';

/**
 * The words on a node's truth chip: the result, then what the node read off the basket, so an
 * analyst sees which leaf blocks ("false · segments [silver]").
 * @example truthLabel({ result: true, observed: '62.00', text: '…' }, { kind: 'leaf', field: 'subtotal' }, trace) // 'true · subtotal 62.00'
 */
export function truthLabel(truth: NodeTruth, node: unknown, trace: ConditionTrace): string {
  if (truth.error === true) return `error · ${truth.text}`;
  const result = String(truth.result);
  const n = (typeof node === 'object' && node !== null ? node : {}) as Readonly<Record<string, unknown>>;
  if (n['kind'] === 'leaf' && isConditionField(n['field']) && truth.observed !== undefined) {
    const key = typeof n['key'] === 'string' ? n['key'] : undefined;
    const gross = n['field'] === 'netSubtotal' && trace.netSubtotal === 'gross' ? ' (gross)' : '';
    return `${result} · ${fieldInMessage(n['field'], key)} ${truth.observed}${gross}`;
  }
  if (n['kind'] === 'orderProperties' && truth.observed !== undefined) return `${result} · order properties ${truth.observed}`;
  return result;
}
