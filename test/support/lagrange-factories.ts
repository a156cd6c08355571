/**
 * The conflict components of a level as fresh `ComponentSearch`es (what `solveLevel` builds), for
 * tests that read the Lagrangian bound of each component directly.
 */
import { components, groupUnits } from '../../src/engine/solver/groups.ts';
import { ComponentSearch } from '../../src/engine/solver/search.ts';
import { rankOrder } from '../../src/engine/solver/solve.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';

/** One search per component of the level, in the solver's order. */
export function componentSearches(input: SolveInput): ComponentSearch[] {
  const groups = groupUnits(input);
  return components(groups, rankOrder(input)).map((promos) => new ComponentSearch(input, groups, promos, 0));
}

/** Σ over available units of (price − customerPrice): the objective with no application. */
export function baseline(input: SolveInput): bigint {
  let s = 0n;
  input.units.forEach((u, i) => { if (input.available[i] === true) s += u.price - u.customerPrice; });
  return s;
}
