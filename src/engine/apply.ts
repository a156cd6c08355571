import type { Application, Promotion, UnitRef } from '../domain/index.ts';
import { defaultDispersion, formatMoney } from '../domain/index.ts';
import type { Failure } from './eligibility/types.ts';
import type { DispersionChoice } from './dispersion.ts';
import type { Draft, RewardGrant } from './rewards/types.ts';
import { fail } from './rewards/types.ts';
import { lineOfUnit, notApplied, type Run, type UnitState } from './run.ts';
import { draftSaving } from './rewards/split.ts';
import type { UnitRange } from './unit-ranges.ts';

/** A draft as a result `Application` (money formatted), for the dispersion script and the result. */
export function toApplication(run: Run, p: Promotion, d: Pick<Draft, 'tier' | 'used' | 'rewarded' | 'clipped' | 'budgetCapped' | 'copies'> & { saving: bigint }): Application {
  return {
    promotionId: p.id,
    tier: d.tier,
    ...((d.copies ?? 1) > 1 ? { copies: d.copies } : {}),
    unitsUsed: unitRuns(run, d.used),
    unitsRewarded: unitRuns(run, d.rewarded),
    saving: formatMoney(d.saving, run.ctx.currency),
    ...(d.clipped > 0n ? { clipped: formatMoney(d.clipped, run.ctx.currency) } : {}),
    ...((d.budgetCapped ?? 0n) > 0n ? { budgetCapped: formatMoney(d.budgetCapped!, run.ctx.currency) } : {}),
  };
}

/** Unit ranges as result runs (line id, first unit in the line, count), adjacent ranges of one line joined. */
function unitRuns(run: Run, ranges: readonly UnitRange[]): UnitRef[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: UnitRef[] = [];
  let lastTo = -1;
  let lastLine = -1;
  for (const r of sorted) {
    if (r.to <= r.from) continue;
    const line = lineOfUnit(run, r.from);
    const prev = out[out.length - 1];
    if (prev !== undefined && line === lastLine && r.from === lastTo) out[out.length - 1] = { ...prev, count: prev.count + (r.to - r.from) };
    else out.push({ lineId: run.lines[line]!.lineId, unit: r.from - run.lineStart[line]!, count: r.to - r.from });
    lastTo = r.to;
    lastLine = line;
  }
  return out;
}

const saving = draftSaving;

const addSaving = (s: UnitState, e: { readonly amount: bigint }): UnitState => ({ takenBy: s.takenBy, decided: s.decided + e.amount });

/** The dispersion a promotion's configuration fixes for every application (its script, when it names one, decides instead). */
export function fixedChoice(p: Promotion): DispersionChoice {
  const defaults = defaultDispersion(p.rule);
  const named = p.dispersion?.financial !== undefined || p.dispersion?.product !== undefined;
  return {
    financial: p.dispersion?.financial ?? defaults.financial,
    product: p.dispersion?.product ?? defaults.product,
    // Unit rewards already sit on the rewarded units (SPEC §8 default product 1); re-splitting
    // them by price would show "$10 each" as $2.08 off an $11 mug. See docs/engine.md.
    ...(!named && defaults.product === 1 ? { asComputed: true } : {}),
  };
}

/**
 * Whether each application books exactly its own computed savings on its own rewarded units, so
 * copies of one application book alike (`copies.ts`): no script and the as-computed dispersion.
 */
export const booksAsComputed = (p: Promotion): boolean => p.dispersion?.scriptId === undefined && fixedChoice(p).asComputed === true;

/**
 * The dispersion of each draft (SPEC §8): the promotion's script when it names one, else its
 * configured values, else the rule's defaults. A script failure fails the whole promotion.
 */
export function dispersionChoices(run: Run, p: Promotion, drafts: readonly Draft[]): { ok: true; choices: DispersionChoice[] } | Failure {
  const fixed = fixedChoice(p);
  const scriptId = p.dispersion?.scriptId;
  if (scriptId === undefined) return { ok: true, choices: drafts.map(() => fixed) };
  if (run.dispersionScript === undefined) {
    return fail('scriptError', `Dispersion script "${scriptId}" cannot run: no script runner was supplied.`);
  }
  const choices: DispersionChoice[] = [];
  for (const d of drafts) {
    const r = run.dispersionScript(scriptId, toApplication(run, p, { ...d, saving: saving(d) }), run.ctx);
    if (!r.ok) return fail('scriptError', `Dispersion script "${scriptId}" failed: ${r.message}`);
    const valid = Number.isInteger(r.financial) && r.financial >= 0 && r.financial <= 4 && Number.isInteger(r.product) && r.product >= 0 && r.product <= 3;
    if (!valid) return fail('scriptError', `Dispersion script "${scriptId}" returned ${r.financial}, ${r.product}: out of range.`);
    choices.push({ financial: r.financial, product: r.product });
  }
  return { ok: true, choices };
}

/**
 * Records a promotion's drafts as decided applications: adds their savings to the units' decided
 * totals, marks used units as taken when the promotion is exclusive, and notes the grant's
 * shipping discount, gifts, codes and points. Returns false (with a `scriptError` outcome) when
 * the dispersion script fails, leaving the run untouched.
 */
export function recordGrant(run: Run, p: Promotion, grant: RewardGrant, exclusive: boolean): boolean {
  const drafts = grant.applications.filter((d) => saving(d) > 0n);
  const choices = dispersionChoices(run, p, drafts);
  if (!choices.ok) {
    run.outcomes.set(p.id, notApplied(p.id, choices));
    return false;
  }
  const decide: { from: number; to: number; amount: bigint }[] = [];
  const take: UnitRange[] = [];
  drafts.forEach((d, k) => {
    run.apps.push({ promotion: p, tier: d.tier, used: d.used, rewarded: d.rewarded, savings: d.savings, saving: saving(d), clipped: d.clipped, budgetCapped: d.budgetCapped ?? 0n, choice: choices.choices[k]!, copies: d.copies ?? 1 });
    d.rewarded.forEach((r, j) => {
      const amount = d.savings[j]!;
      decide.push({ from: r.from, to: r.to, amount });
      run.net -= amount * BigInt(r.to - r.from);
    });
    if (exclusive) {
      for (const r of d.used) {
        // A unit an exclusive promotion takes pays from its regular price (baseOf).
        const u = run.lines[lineOfUnit(run, r.from)]!;
        run.state.pieces(r.from, r.to, (from, to, s) => {
          if (s.takenBy === undefined) run.net += (u.price - u.customerPrice) * BigInt(to - from);
        });
        take.push(r);
      }
    }
  });
  run.state.applyAll(decide, addSaving);
  run.state.applyAll(take, (s) => ({ takenBy: p.id, decided: s.decided }));
  const shipping = grant.shippingDiscount ?? 0n;
  run.shippingLeft -= shipping;
  run.shippingDiscount += shipping;
  for (const gift of grant.gifts ?? []) run.gifts.push({ promotionId: p.id, gift });
  for (const code of grant.issued ?? []) run.issued.push({ issuedBy: p.id, code });
  const applications = Math.max(drafts.reduce((n, d) => n + (d.copies ?? 1), 0), 1);
  if (p.trigger.kind === 'loyalty') run.pointsSpent += p.trigger.pointsCost * applications;
  run.granted.set(p.id, { applications, shipping, notes: grant.note === undefined ? [] : [grant.note] });
  return true;
}

/** Whether a grant gives anything at all. */
export function grantsSomething(grant: RewardGrant): boolean {
  return (
    grant.applications.some((d) => saving(d) > 0n) ||
    (grant.shippingDiscount ?? 0n) > 0n ||
    (grant.gifts?.length ?? 0) > 0 ||
    (grant.issued?.length ?? 0) > 0
  );
}
