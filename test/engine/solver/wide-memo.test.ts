import { describe, expect, it } from 'vitest';
import { components, groupUnits } from '../../../src/engine/solver/groups.ts';
import { rankOrder } from '../../../src/engine/solver/solve.ts';
import { ComponentSearch } from '../../../src/engine/solver/search.ts';
import { MEMO_KEY_GROUPS } from '../../../src/engine/solver/component.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { scenarioA } from '../../../bench/scenarios.ts';

// A memo key holds the remaining count of every group a later promotion uses; past
// MEMO_KEY_GROUPS groups states rarely repeat and the keys cost more than they save, so such calls
// are not memoized (docs/solver.md 5a). Bench A's one large component (~400 groups) has both kinds.

const wide = { ...scenarioA(0), searchBudget: 20_000 };

describe('memo keys wider than MEMO_KEY_GROUPS are not stored', () => {
  it('a search of a wide component stores only keys up to the width, and still stores those', () => {
    const groups = groupUnits(wide);
    const comps = components(groups, rankOrder(wide));
    const largest = comps.reduce((a, b) => (b.length > a.length ? b : a));
    const search = new ComponentSearch(wide, groups, largest, 0);
    expect(search.relevant[0]!.length).toBeGreaterThan(MEMO_KEY_GROUPS);
    search.run();
    const widths = [...search.memo.keys()].map((key) => key.split('|')[0]!.split(',').length - 1);
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBeLessThanOrEqual(MEMO_KEY_GROUPS);
  });

  it('both engines give the same output on the wide level', () => {
    expect(wasmSolveLevel(wide)).toEqual(solveLevel(wide));
  });
});
