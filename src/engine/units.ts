import type { Line, Minor, Order } from '../domain/index.ts';
import { parseMoney } from '../domain/index.ts';
import type { SolverUnit } from './solver/types.ts';

/**
 * One unit of a line (SPEC §2: lines expand into one unit per quantity). Extends the solver's
 * unit with what the reward families and the result builder read.
 */
export interface EngineUnit extends SolverUnit {
  /** Index in the expanded unit list (line order, then unit order). */
  readonly index: number;
  readonly lineId: string;
  /** Tax rate in basis points (0 when the line names none). */
  readonly taxRate: number;
  /** Staff overrode the price: only manual and loyalty promotions may touch the unit. */
  readonly manualPrice: boolean;
  readonly participant?: string;
}

/**
 * Expands every line into units with bigint prices. `floorOf` gives the product's floor price
 * (the eligibility layer's `productOf(line, ctx).floorPrice`); a negative floor counts as 0.
 * @example expandUnits(order, 'USD', () => undefined)[0].price // 1000n for unitPrice "10.00"
 */
export function expandUnits(order: Order, currency: string, floorOf: (line: Line) => Minor | undefined): EngineUnit[] {
  const units: EngineUnit[] = [];
  order.lines.forEach((line, lineIndex) => {
    const price = parseMoney(line.unitPrice, currency);
    const customer = line.customerPrice === undefined ? price : parseMoney(line.customerPrice, currency);
    // A "customer price" above the regular price is no saving: the regular price stands.
    const customerPrice = customer < price ? customer : price;
    const floorRaw = floorOf(line) ?? 0n;
    const floor = floorRaw < 0n ? 0n : floorRaw;
    for (let u = 0; u < line.quantity; u++) {
      units.push({
        index: units.length,
        line: lineIndex,
        unit: u,
        lineId: line.id,
        productId: line.productId,
        price,
        customerPrice,
        floor,
        taxRate: line.taxRate ?? 0,
        manualPrice: line.manualPrice,
        ...(line.participant === undefined ? {} : { participant: line.participant }),
      });
    }
  });
  return units;
}

/** Σ of a bigint projection. */
export function sumOf<T>(items: readonly T[], f: (item: T) => bigint): bigint {
  let total = 0n;
  for (const item of items) total += f(item);
  return total;
}
