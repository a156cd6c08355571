import { describe, expect, it } from 'vitest';
import { rewardedWithin } from '../../../src/engine/solver/bounds.ts';

/** The count the rest bound used to take by walking every position: t + ⌈t/rc⌉·gap ≤ x. */
function walked(x: number, rc: number, gap: number): number {
  let t = 0;
  while ((t + 1) + Math.ceil((t + 1) / rc) * gap <= x) t++;
  return t;
}

describe('rewardedWithin (the rest bound counts rewarded positions per run, not per unit)', () => {
  const shapes = [
    { rc: 1, gap: 1 }, { rc: 1, gap: 2 }, { rc: 2, gap: 1 }, { rc: 3, gap: 2 }, { rc: 2, gap: 5 },
  ];
  for (const { rc, gap } of shapes) {
    it(`equals the position walk for rc ${rc}, gap ${gap} on 0…60 units`, () => {
      for (let x = 0; x <= 60; x++) expect(rewardedWithin(x, rc, gap), `x = ${x}`).toBe(walked(x, rc, gap));
    });
  }

  it('answers for a million units without walking them ("buy 3, the cheapest free": one per 3)', () => {
    expect(rewardedWithin(1_000_000, 1, 2)).toBe(333_333);
  });
});
