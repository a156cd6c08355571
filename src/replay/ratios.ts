import { divRound } from '../domain/index.ts';

/**
 * `part ÷ whole` as a percent with two decimals ("12.34"), half away from zero; "0.00" when the
 * whole is zero. Exact: integer arithmetic on minor units, no float.
 * @example percentOf(1234n, 10000n) // '12.34'
 */
export function percentOf(part: bigint, whole: bigint): string {
  if (whole === 0n) return '0.00';
  const hundredths = divRound(part * 10000n, whole);
  const sign = hundredths < 0n ? '-' : '';
  const abs = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** `total ÷ count` to the minor unit, half away from zero; 0 for no count. */
export const averageOf = (total: bigint, count: number): bigint => (count === 0 ? 0n : divRound(total, BigInt(count)));
