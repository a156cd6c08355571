// Best deal of one level (solver solve.ts): components searched exactly, a greedy fallback when the
// node budget runs out, then pricing, objective and output.
import { I32Buf, mergeSortBy } from './buffers';
import {
  caPromo, concretize, objective, objectiveGain, outOrder, priceAll, rClipped, rCopies, resetConcrete, resetPriced, rPromo,
  rRew, rRewLen, rRewStart, rSav, rSaving, rTier, rUsed, rUsedLen, rUsedStart, sortApplications
} from './assemble';
import { greedyApps } from './greedy';
import { incumbentPlan, lsPlan } from './local-search';
import { componentCount, cLen, cPromos, cStart, components, gLen, gMembers, gStart, groupUnits } from './groups';
import { unitCount, policy, searchBudget } from './level';
import { posApps } from './pos';
import { aborted, localToGlobal, compGroupCount, groupSize, nodes } from './component-state';
import { beginComponent } from './component';
import { rootBound } from './lagrange';
import { INCUMBENT_PROBE, probeDone, probeRun, quickDone, quickRun, run, setIncumbent } from './search';
import { COUNTED_FROM, COUNTED_PROBE, countedIncumbent } from './counted-fill';
import { Policy } from './tags';
import { beginOutput, endOutput, writeApp } from './wire';

const chosenApps = new I32Buf(64);
const ids = new I32Buf(64);
const freeUnits = new I32Buf(256);
const freeCopy = new I32Buf(256);
const valuePlan = new I32Buf(64);
const compOrder = new I32Buf(64);

/** Solves the decoded level and appends its output. */
export function solveDecoded(): void {
  resetConcrete();
  resetPriced();
  chosenApps.len = 0;
  if (policy == Policy.CheapestInTransaction) {
    posApps();
    for (let i = 0; i < caPromo.len; i++) chosenApps.push(i);
    finish(true, 0, 0);
    return;
  }
  groupUnits();
  components();
  let total_nodes: i64 = 0;
  let optimal = true;
  let slack: i64 = 0;
  // Smallest components first (fewest promotions; ties: rank order), as in solver solve.ts.
  compOrder.len = 0;
  for (let c = 0; c < componentCount; c++) compOrder.push(c);
  mergeSortBy(compOrder, 0, componentCount, (a: i32, b: i32): bool => cLen.at(a) < cLen.at(b));
  for (let s = 0; s < componentCount; s++) {
    const c = compOrder.at(s);
    beginComponent(cStart.at(c), cLen.at(c), total_nodes);
    // The search alone first; the incumbent only for components it does not settle (solver solve.ts).
    const quick = quickRun(INCUMBENT_PROBE);
    if (quickDone) {
      total_nodes = nodes;
      keepExact(quick);
      continue;
    }
    // A long component first tries the counted incumbent (solver solve.ts, counted-fill.ts).
    if (componentUnits() >= COUNTED_FROM) {
      const counted = countedIncumbent();
      if (counted > 0) {
        setIncumbent(counted);
        const led = probeRun(COUNTED_PROBE);
        setIncumbent(0);
        if (probeDone) {
          total_nodes = nodes;
          keepExact(led);
          continue;
        }
      }
    }
    freeUnits.len = 0;
    freeUnits.alloc(unitCount);
    for (let g = 0; g < compGroupCount; g++) {
      const gg = localToGlobal.at(g);
      for (let j = 0; j < gLen.at(gg); j++) freeUnits.put(gMembers.at(gStart.at(gg) + j), 1);
    }
    // The incumbent (solver solve.ts): the value-order fill improved by the local search.
    incumbentPlan(cPromos, cStart.at(c), cLen.at(c), freeUnits, freeCopy, false);
    const valueGain = objectiveGain(lsPlan, 0, lsPlan.len);
    setIncumbent(valueGain);
    const plan = run();
    total_nodes = nodes > searchBudget ? searchBudget : nodes;
    const exactFrom = caPromo.len;
    concretize(plan);
    const exactTo = caPromo.len;
    if (!aborted) {
      for (let i = exactFrom; i < exactTo; i++) chosenApps.push(i);
      continue;
    }
    optimal = false;
    // The best (by objective; ties: in this order) of the search's plan, the rank-order greedy
    // and the value fills by gain and by gain² ÷ units with local search (solver solve.ts).
    valuePlan.len = 0;
    for (let i = 0; i < lsPlan.len; i++) valuePlan.push(lsPlan.at(i));
    freeCopy.len = 0;
    for (let u = 0; u < freeUnits.len; u++) freeCopy.push(freeUnits.at(u));
    greedyApps(cPromos, cStart.at(c), cLen.at(c), freeCopy);
    const greedyTo = caPromo.len;
    ids.len = 0;
    for (let i = exactFrom; i < greedyTo; i++) ids.push(i);
    let from = exactFrom;
    let to = exactTo;
    let found = objectiveGain(ids, 0, exactTo - exactFrom);
    const greedyGain = objectiveGain(ids, exactTo - exactFrom, greedyTo - exactTo);
    if (greedyGain > found) { from = exactTo; to = greedyTo; found = greedyGain; }
    let winner = 0;
    if (valueGain > found) { found = valueGain; winner = 1; }
    incumbentPlan(cPromos, cStart.at(c), cLen.at(c), freeUnits, freeCopy, true);
    const densityGain = objectiveGain(lsPlan, 0, lsPlan.len);
    if (densityGain > found) { found = densityGain; winner = 2; }
    if (winner == 2) for (let i = 0; i < lsPlan.len; i++) chosenApps.push(lsPlan.at(i));
    else if (winner == 1) for (let i = 0; i < valuePlan.len; i++) chosenApps.push(valuePlan.at(i));
    else for (let i = from; i < to; i++) chosenApps.push(i);
    const root = rootBound();
    slack += root > found ? root - found : 0;
  }
  finish(optimal, slack, total_nodes);
}

/** A finished search's plan, concretized and chosen. */
function keepExact(plan: i32): void {
  const from = caPromo.len;
  concretize(plan);
  for (let i = from; i < caPromo.len; i++) chosenApps.push(i);
}

/** Units of the component's groups. */
function componentUnits(): i64 {
  let n: i64 = 0;
  for (let g = 0; g < compGroupCount; g++) n += <i64>groupSize(g);
  return n;
}

function finish(optimal: bool, slack: i64, n: i64): void {
  priceAll(chosenApps, 0, chosenApps.len);
  sortApplications();
  const total = objective(0, rPromo.len);
  beginOutput();
  for (let i = 0; i < outOrder.len; i++) {
    const a = outOrder.at(i);
    writeApp(
      rPromo.at(a), rTier.at(a), rCopies.at(a), rUsed, rUsedStart.at(a), rUsedLen.at(a),
      rRew, rSav, rRewStart.at(a), rRewLen.at(a), rSaving.at(a), rClipped.at(a),
    );
  }
  endOutput(total, optimal, optimal ? 0 : total + slack, n);
}
