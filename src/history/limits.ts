import type { HistoryLimits } from './types.ts';

/**
 * Defaults of the import guards. An order of 500 lines is far beyond a real till receipt; a
 * quantity of 10,000 units is the most the engine expands per line before a basket stops being
 * interactive. Problems past 1,000 are counted, not kept: a broken file should not fill memory
 * with messages.
 */
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = { maxLinesPerOrder: 500, maxQuantity: 10_000, maxProblems: 1_000 };

export function historyLimits(overrides: Partial<HistoryLimits> | undefined): HistoryLimits {
  return { ...DEFAULT_HISTORY_LIMITS, ...(overrides ?? {}) };
}
