import { currencyExponent } from '../domain/index.ts';

/**
 * Upper edges of the saving-per-order histogram, in major units. Fixed (not derived from the
 * data) so the histograms of shards add bucket by bucket: the first bucket holds orders without
 * saving (≤ 0), bucket i those with edges[i-1] < saving ≤ edges[i], the last those above 500.
 */
export const HISTOGRAM_EDGES_MAJOR: readonly number[] = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500];

/** The edges in minor units of `currency`. */
export function histogramEdges(currency: string): readonly bigint[] {
  const scale = 10n ** BigInt(currencyExponent(currency) ?? 2);
  return HISTOGRAM_EDGES_MAJOR.map((e) => BigInt(e) * scale);
}
