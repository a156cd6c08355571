import { expect, it } from 'vitest';
import type { ConditionTrace, NodeTruth } from '../../../src/engine/eligibility/conditions/trace.ts';
import { truthLabel } from '../../../src/ui/conditions/truth-label.ts';

const trace = (netSubtotal: 'net' | 'gross'): ConditionTrace => ({ nodes: {}, netSubtotal });

it.each<[NodeTruth, unknown, 'net' | 'gross', string]>([
  [{ result: true, observed: '62.00', text: '' }, { kind: 'leaf', field: 'subtotal' }, 'net', 'true · subtotal 62.00'],
  [{ result: false, observed: '[silver]', text: '' }, { kind: 'leaf', field: 'segments' }, 'net', 'false · segments [silver]'],
  [{ result: false, observed: 'x', text: '' }, { kind: 'leaf', field: 'orderCustomField', key: 'table' }, 'net', 'false · order field table x'],
  [{ result: true, observed: '62.00', text: '' }, { kind: 'leaf', field: 'netSubtotal' }, 'gross', 'true · net subtotal 62.00 (gross)'],
  [{ result: true, text: 'all' }, { kind: 'all', of: [] }, 'net', 'true'],
  [{ result: false, observed: '[gift]', text: '' }, { kind: 'orderProperties' }, 'net', 'false · order properties [gift]'],
  [{ result: false, text: 'Script s failed: 1:1 boom', error: true }, { kind: 'script' }, 'net', 'error · Script s failed: 1:1 boom'],
])('%j', (truth, node, net, expected) => {
  expect(truthLabel(truth, node, trace(net))).toBe(expected);
});
