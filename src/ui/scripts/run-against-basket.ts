import type { Bundle, SavedBasket } from '../../domain/bundle.ts';
import type { Promotion } from '../../domain/promotion.ts';
import type { ExtensionPointName } from '../../domain/script.ts';
import { EXTENSION_POINT_DECLS, LineMap, runScript, type PlainValue } from '../../dsl/index.ts';
import { dispersionInputs } from '../../dsl/engine-bridge.ts';

export interface RunRequest {
  readonly source: string;
  readonly extensionPoint: ExtensionPointName;
  readonly bundle: Bundle;
  readonly basket: SavedBasket;
  readonly promotion: Promotion;
}

export interface TraceRow {
  readonly line: number;
  readonly statement: string;
  /** Variables as they were before the statement ran. */
  readonly variables: string;
}

export type RunView =
  | { readonly kind: 'ok'; readonly outputs: readonly { readonly name: string; readonly value: string }[]; readonly steps: number; readonly trace: readonly TraceRow[] }
  | {
      readonly kind: 'error';
      readonly code: string;
      readonly message: string;
      readonly line: number;
      readonly column: number;
      readonly start: number;
      readonly end: number;
      readonly steps: number;
      readonly trace: readonly TraceRow[];
    };

const MAX_TRACE = 200;

/** A plain value as the script would write it. */
export function showValue(v: PlainValue): string {
  if (v === null) return 'nothing';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return `'${v.replaceAll("'", "''")}'`;
  if (Array.isArray(v)) return `[${v.map(showValue).join(', ')}]`;
  if ('decimal' in v && typeof v.decimal === 'string') return v.decimal;
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${showValue(x as PlainValue)}`).join(', ')}}`;
}

/**
 * Runs a script over the inputs the engine would give it for `basket`'s order, its customer and
 * `promotion` (H7's engine bridge), with a step trace.
 * @example runAgainstBasket({ source, extensionPoint: 'DiscountCondition', bundle, basket, promotion }).kind // 'ok'
 */
export function runAgainstBasket(req: RunRequest): RunView {
  const inputs = dispersionInputs({ order: req.basket.order, promotion: req.promotion, currency: req.bundle.currency, products: req.bundle.products });
  const r = runScript(req.source, inputs, { extensionPoint: req.extensionPoint, trace: true, maxTrace: MAX_TRACE });
  const map = new LineMap(req.source);
  const trace = (r.trace ?? []).map((t) => ({
    line: map.position(t.start).line,
    statement: (req.source.slice(t.start, t.end).split(/\r?\n/)[0] ?? '').trim(),
    variables: Object.entries(t.variables).map(([k, v]) => `${k} = ${v}`).join(', '),
  }));
  if (!r.ok) {
    const at = map.position(r.error.start);
    return { kind: 'error', code: r.error.code, message: r.error.message, line: at.line, column: at.column, start: r.error.start, end: r.error.end, steps: r.steps, trace };
  }
  const decls = EXTENSION_POINT_DECLS[req.extensionPoint].outputs;
  const outputs = r.outputs.map((v, i) => ({ name: decls[i]?.name ?? `output ${i + 1}`, value: showValue(v) }));
  return { kind: 'ok', outputs, steps: r.steps, trace };
}
