import type { Promotion } from '../domain/index.ts';
import { concurrencyOf } from '../domain/index.ts';
import type { LimitsOk } from './eligibility/types.ts';
import { recordGrant } from './apply.ts';
import { withBudgetNote } from './budget-cap.ts';
import { bookedDrafts, draftsOf, gate, nonItemGrant, solve, timeRanOut, type Gated, type LevelPiece } from './levels.ts';
import { itemDealNearMiss } from './outcomes.ts';
import { capDraft, draftSaving } from './rewards/split.ts';
import type { Draft, RewardGrant, RewardUnit } from './rewards/types.ts';
import { forEachRolePiece, netOf, notApplied, type Candidate, type Run } from './run.ts';

/**
 * Applies the limits to a grant: at most `maxApplications` applications (the first ones), and
 * their savings together within the remaining budget (each capped in turn by R2, SPEC §6).
 */
export function limitGrant(grant: RewardGrant, limits: LimitsOk): RewardGrant {
  let apps: Draft[] = grant.applications.slice(0, Math.max(limits.maxApplications, 0));
  if (limits.budgetRemaining !== undefined) {
    let left = limits.budgetRemaining;
    apps = apps.map((d) => {
      const capped = capDraft(d, left > 0n ? left : 0n);
      left -= draftSaving(capped);
      const cut = draftSaving(d) - draftSaving(capped);
      return cut > 0n ? { ...capped, budgetCapped: cut } : capped;
    });
  }
  return { ...grant, applications: apps };
}

const byPriorityThenId = (a: Candidate, b: Candidate): number =>
  a.promotion.priority - b.promotion.priority || (a.promotion.id < b.promotion.id ? -1 : a.promotion.id > b.promotion.id ? 1 : 0);

/**
 * SPEC §5 step 5: after every exclusive level, compound promotions in (priority, id) order,
 * each on the net prices the ones before left; `compoundOnOriginal` ones computed on the regular
 * unit price and then added. Neither takes a unit below zero or its floor.
 */
export function runCompound(run: Run, candidates: readonly Candidate[]): void {
  for (const c of [...candidates].sort(byPriorityThenId)) {
    const g = gate(run, c);
    if (g === undefined) continue;
    if (c.promotion.rule.kind === 'itemDeal' && run.budget.spentTime) {
      outOfTime(run, g);
      continue;
    }
    const onOriginal = concurrencyOf(c.promotion) === 'compoundOnOriginal';
    const units: RewardUnit[] = [];
    forEachRolePiece(run, c, (role, u, st) => {
      const net = netOf(u, st);
      const room = net - u.floor;
      units.push({ unit: u, base: onOriginal ? u.price : net, room: room > 0n ? room : 0n, role });
    });
    if (c.promotion.rule.kind === 'itemDeal') compoundItemDeal(run, g, units);
    else compoundNonItem(run, g, units);
  }
}

/**
 * No search starts once the time is gone (levels.ts `timeRanOut`). The bound grows by the room of
 * the deal's lines, each line once per evaluation and taken whole (price less floor on every unit,
 * at least the room any unit has left): reading each unit's room per deal cost a pass over the
 * line's pieces per deal, and a "buy 3, the cheapest free" line of 100,000 units is 66,667 pieces
 * (10,000 such deals: 34.6 s against a 5 s budget).
 */
function outOfTime(run: Run, g: Gated): void {
  run.outcomes.set(g.c.promotion.id, notApplied(g.c.promotion.id, timeRanOut(run)));
  run.optimal = false;
  const counted = (run.roomCounted ??= new Array<boolean>(run.lines.length).fill(false));
  for (let l = 0; l < g.c.lineRoles.length; l++) {
    if (g.c.lineRoles[l] === null || counted[l] === true) continue;
    counted[l] = true;
    const line = run.lines[l]!;
    if (line.price > line.floor) run.boundGap += (line.price - line.floor) * BigInt(line.count);
  }
}

function compoundNonItem(run: Run, g: Gated, units: readonly RewardUnit[]): void {
  const p: Promotion = g.c.promotion;
  const grant = nonItemGrant(run, g, units, 'Nothing is left to discount on its eligible items (already at zero or their floor price).');
  if (grant === undefined) return;
  recordGrant(run, p, grant, false);
}

/**
 * A compound item deal runs through the solver alone, on units priced at their base (net so far,
 * or the regular price on original) with no competing customer price, and a floor moved so the
 * solver's clipping leaves exactly each unit's room.
 */
function compoundItemDeal(run: Run, g: Gated, units: readonly RewardUnit[]): void {
  const pieces = units.map((ru): LevelPiece => ({
    from: ru.unit.index, to: ru.unit.index + ru.unit.count, line: ru.unit.line, price: ru.base, customerPrice: ru.base, floor: ru.base - ru.room,
  })).sort((x, y) => x.from - y.from);
  const out = solve(run, [g], { pieces, pricing: 'own' });
  run.optimal &&= out.optimal;
  if (!out.optimal && out.bound !== undefined && out.bound > out.total) run.boundGap += out.bound - out.total;
  // Counted as an exclusive deal's are: copies on alike units book as one (docs/engine.md
  // "Counted applications"); otherwise one record per application.
  const drafts = bookedDrafts(run, g.c.promotion, draftsOf(run, out, 0));
  if (drafts.length === 0) {
    run.outcomes.set(g.c.promotion.id, notApplied(g.c.promotion.id, itemDealNearMiss(run, g)));
    return;
  }
  recordGrant(run, g.c.promotion, withBudgetNote({ ok: true, applications: drafts }, g.limits, run.ctx.currency), false);
}
