/**
 * Checks a solved level against the cheapestBenefit rule (SPEC §4.1), written from the SPEC text
 * only: every application of a cheapestBenefit promotion rewards `rewardCount` benefit units (fewer
 * only when none is left unused), and no benefit unit of the promotion the plan leaves unused is
 * cheaper (regular price) than one it rewards. Returns the violations as text (empty when none).
 */
import type { SolveInput, SolveOutput } from '../../src/engine/solver/types.ts';

export function benefitRuleViolations(input: SolveInput, out: SolveOutput): string[] {
  const used = new Set<number>();
  for (const a of out.applications) for (const u of a.used) used.add(u);
  const problems: string[] = [];
  input.promotions.forEach((p, pi) => {
    if (p.target !== 'cheapestBenefit') return;
    const unused = p.benefit.filter((u) => input.available[u] === true && !used.has(u));
    if (unused.length === 0) return;
    const cheapestUnused = unused.reduce((m, u) => (input.units[u]!.price < m ? input.units[u]!.price : m), input.units[unused[0]!]!.price);
    for (const a of out.applications) {
      if (a.promotion !== pi) continue;
      const ben = a.used.filter((u) => p.benefit.includes(u));
      if (ben.length < p.rewardCount) problems.push(`${p.id}: ${ben.length} benefit unit(s) of ${p.rewardCount} while unit ${unused[0]} is unused`);
      for (const u of ben) {
        if (input.units[u]!.price > cheapestUnused) problems.push(`${p.id}: rewards unit ${u} at ${input.units[u]!.price} while a benefit unit at ${cheapestUnused} is unused`);
      }
    }
  });
  return problems;
}
