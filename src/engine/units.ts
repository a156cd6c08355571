import type { Line, Minor, Order } from '../domain/index.ts';
import { parseMoney } from '../domain/index.ts';
import type { SolverUnit } from './solver/types.ts';

/**
 * A run of identical units of one line: global unit indices [index, index + count) (SPEC §2:
 * lines expand into one unit per quantity; units of a line are alike, so the engine keeps them
 * as counts, docs/engine.md "Units as counts"). Extends the solver's unit with what the reward
 * families and the result builder read; `unit` is the first unit's position inside its line.
 */
export interface EngineUnit extends SolverUnit {
  /** Global index of the run's first unit (line order, then unit order). */
  readonly index: number;
  /** Units in the run (≥ 1). */
  readonly count: number;
  readonly lineId: string;
  /** Tax rate in basis points (0 when the line names none). */
  readonly taxRate: number;
  /** Staff overrode the price: only manual and loyalty promotions may touch the unit. */
  readonly manualPrice: boolean;
  readonly participant?: string;
}

/**
 * Every line as one run of its units, with bigint prices. `floorOf` gives the product's floor
 * price (the eligibility layer's `productOf(line, ctx).floorPrice`); a negative floor counts as 0.
 * @example lineUnits(order, 'USD', () => undefined)[0] // { index: 0, count: 3, price: 1000n, … } for 3 × "10.00"
 */
export function lineUnits(order: Order, currency: string, floorOf: (line: Line) => Minor | undefined): EngineUnit[] {
  const units: EngineUnit[] = [];
  let index = 0;
  order.lines.forEach((line, lineIndex) => {
    const price = parseMoney(line.unitPrice, currency);
    const customer = line.customerPrice === undefined ? price : parseMoney(line.customerPrice, currency);
    // A "customer price" above the regular price is no saving: the regular price stands.
    const customerPrice = customer < price ? customer : price;
    const floorRaw = floorOf(line) ?? 0n;
    const floor = floorRaw < 0n ? 0n : floorRaw;
    units.push({
      index,
      count: line.quantity,
      line: lineIndex,
      unit: 0,
      lineId: line.id,
      productId: line.productId,
      price,
      customerPrice,
      floor,
      taxRate: line.taxRate ?? 0,
      manualPrice: line.manualPrice,
      ...(line.participant === undefined ? {} : { participant: line.participant }),
    });
    index += line.quantity;
  });
  return units;
}

/** The units [from, to) of the run `line` (a whole line or a part of one) as a run of their own. */
export function pieceOf(line: EngineUnit, from: number, to: number): EngineUnit {
  // Spelled out rather than spread: a long evaluation makes many of these.
  return {
    index: from, count: to - from, line: line.line, unit: line.unit + (from - line.index), lineId: line.lineId, productId: line.productId,
    price: line.price, customerPrice: line.customerPrice, floor: line.floor, taxRate: line.taxRate, manualPrice: line.manualPrice, participant: line.participant,
  };
}
