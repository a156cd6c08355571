import type { Minor, Rule } from '../../domain/index.ts';
import { compileRate, onTotal, perUnit, rangesOfUnits, type Rate } from './split.ts';
import { pieceOf } from '../units.ts';
import { fail, type Draft, type RewardInput, type RewardOutcome, type RewardUnit } from './types.ts';

type ComboRule = Extract<Rule, { kind: 'combo' }>;
type MultiPersonRule = Extract<Rule, { kind: 'multiPerson' }>;
type QuestionRule = Extract<Rule, { kind: 'question' }>;

/** Lines without a participant belong to one anonymous participant (""). */
const participantOf = (u: RewardUnit): string => u.unit.participant ?? '';

function byParticipant(units: readonly RewardUnit[]): Map<string, RewardUnit[]> {
  const groups = new Map<string, RewardUnit[]>();
  for (const u of units) {
    const key = participantOf(u);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [u]);
    else g.push(u);
  }
  return groups;
}

/** Units in a group of runs. */
const unitsIn = (units: readonly RewardUnit[]): number => units.reduce((a, u) => a + u.unit.count, 0);

/** Highest tier whose count is reached, or -1. */
function tierFor(counts: readonly number[], n: number): number {
  let best = -1;
  counts.forEach((c, i) => {
    if (c <= n && (best < 0 || c > counts[best]!)) best = i;
  });
  return best;
}

/** Rate value for ordering rebates: bp for percent, minor units for amounts (one rule mixes rarely). */
const rateSize = (r: Rate): bigint => (r.kind === 'percent' ? BigInt(r.bp) : r.amount);

/** Cheapest first, ties by line then unit: "highest rebate on the cheapest". */
const cheapestFirst = (a: { price: Minor; line: number; unit: number }, b: { price: Minor; line: number; unit: number }): number =>
  a.price !== b.price ? (a.price < b.price ? -1 : 1) : a.line - b.line || a.unit - b.unit;

/** One rebate applied to one group: per unit for percent, off the group's total for an amount. */
function rebate(rate: Rate, units: readonly RewardUnit[], tier: number, perItem: boolean): Draft {
  return rate.kind === 'percent' || perItem ? perUnit(rate, units, tier) : onTotal(rate, units, undefined, tier);
}

/**
 * SPEC §4.2 `combo`: tiers by eligible items of one participant. `same`: every eligible item
 * gets the reached tier's rebate (example 16: 2 → 10 %, 3 → 15 %; $100, $80, $50 → $34.50).
 * `multi`: the k-th item earns the rebate of the highest tier with items ≤ k; the rebates,
 * highest first, go to the items cheapest first (items without a rebate pay full price).
 * Amount rebates are per item. One application per participant.
 */
export function combo(rule: ComboRule, input: RewardInput): RewardOutcome {
  const counts = rule.tiers.map((t) => t.items);
  const rates = rule.tiers.map((t) => compileRate(t.reward, input.ctx.currency));
  const apps: Draft[] = [];
  let most = 0;
  for (const units of byParticipant(input.units).values()) {
    const n = unitsIn(units);
    most = Math.max(most, n);
    const top = tierFor(counts, n);
    if (top < 0) continue;
    if (rule.mode === 'same') {
      apps.push(rebate(rates[top]!, units, top, true));
      continue;
    }
    // The k-th item's tier, as runs of items earning the same one (it changes only at a tier's count).
    const earned: { tier: number; items: number }[] = [];
    for (let k = 1; k <= n;) {
      const t = tierFor(counts, k);
      const next = Math.min(n + 1, ...counts.filter((c) => c > k));
      if (t >= 0) earned.push({ tier: t, items: next - k });
      k = next;
    }
    earned.sort((a, b) => (rateSize(rates[b.tier]!) > rateSize(rates[a.tier]!) ? 1 : rateSize(rates[b.tier]!) < rateSize(rates[a.tier]!) ? -1 : 0));
    const cheapest = [...units].sort((a, b) => cheapestFirst(a.unit, b.unit));
    // Rebates, highest first, onto the items cheapest first: a run of units splits where the rebate changes.
    const parts: Draft[] = [];
    let c = 0;
    let used = 0;
    for (const e of earned) {
      let left = e.items;
      while (left > 0 && c < cheapest.length) {
        const u = cheapest[c]!;
        const take = Math.min(left, u.unit.count - used);
        const from = u.unit.index + used;
        parts.push(perUnit(rates[e.tier]!, [{ ...u, unit: pieceOf(u.unit, from, from + take) }], e.tier));
        left -= take;
        used += take;
        if (used === u.unit.count) {
          c++;
          used = 0;
        }
      }
    }
    apps.push(merge(parts, units, top));
  }
  if (apps.length === 0) return nearMissItems(Math.min(...counts) - most, most);
  return { ok: true, applications: apps };
}

/**
 * SPEC §4.2 `multiPerson`: tiers by participants with an eligible item. `same`: every
 * participant's eligible items get the reached tier's rebate. `multi`: the k-th participant earns
 * the rebate of the highest tier with participants ≤ k; the highest rebate goes to the
 * participant with the lowest eligible total. Percent rebates apply per item, amounts once per
 * participant (split by R2). One application per participant with a rebate.
 */
export function multiPerson(rule: MultiPersonRule, input: RewardInput): RewardOutcome {
  const counts = rule.tiers.map((t) => t.participants);
  const rates = rule.tiers.map((t) => compileRate(t.reward, input.ctx.currency));
  const groups = [...byParticipant(input.units).values()];
  const top = tierFor(counts, groups.length);
  if (top < 0) {
    const gap = Math.min(...counts) - groups.length;
    return fail('thresholdNotMet', `Needs ${gap} more participant${gap === 1 ? '' : 's'} with an eligible item.`, {
      observed: String(groups.length), missing: `add ${gap} more participant${gap === 1 ? '' : 's'}`,
      shortfall: { kind: 'participants', missing: gap, have: groups.length },
    });
  }
  if (rule.mode === 'same') return { ok: true, applications: groups.map((g) => rebate(rates[top]!, g, top, false)) };
  const totalOf = (g: readonly RewardUnit[]): Minor => g.reduce((a, u) => a + u.base * BigInt(u.unit.count), 0n);
  const lowestFirst = [...groups].sort((a, b) => {
    const ta = totalOf(a);
    const tb = totalOf(b);
    return ta !== tb ? (ta < tb ? -1 : 1) : a[0]!.unit.index - b[0]!.unit.index;
  });
  const earned = groups.map((_, k) => tierFor(counts, k + 1)).filter((t) => t >= 0);
  earned.sort((a, b) => (rateSize(rates[b]!) > rateSize(rates[a]!) ? 1 : rateSize(rates[b]!) < rateSize(rates[a]!) ? -1 : 0));
  return { ok: true, applications: earned.map((t, k) => rebate(rates[t]!, lowestFirst[k]!, t, false)) };
}

/**
 * SPEC §4.2 `question`: the participant's answer selects the rebate. An answer naming a
 * participant covers that participant's units; an answer without one covers the units of every
 * participant who gave no answer of their own. `per: item` applies the rebate to each item;
 * `per: person` applies it once per participant (percent per item, amount split by R2).
 */
export function question(rule: QuestionRule, input: RewardInput): RewardOutcome {
  const answers = input.ctx.order.answers.filter((a) => a.question === rule.question);
  if (answers.length === 0) return fail('conditionFailed', `Question "${rule.question}" has no answer on the order.`);
  const own = new Map<string, string>();
  let general: string | undefined;
  for (const a of answers) {
    if (a.participant === undefined) general ??= a.answer;
    else if (!own.has(a.participant)) own.set(a.participant, a.answer);
  }
  const apps: Draft[] = [];
  for (const [participant, units] of byParticipant(input.units)) {
    const answer = own.get(participant) ?? general;
    const index = rule.answers.findIndex((x) => x.answer === answer);
    if (index < 0) continue;
    apps.push(rebate(compileRate(rule.answers[index]!.reward, input.ctx.currency), units, index, rule.per === 'item'));
  }
  if (apps.length === 0) {
    return fail('conditionFailed', `No answer to "${rule.question}" matches a rebate.`, { observed: answers.map((a) => a.answer).join(', ') });
  }
  return { ok: true, applications: apps };
}

/** Joins per-unit drafts into one application over the whole group. */
function merge(parts: readonly Draft[], group: readonly RewardUnit[], tier: number): Draft {
  const pairs = parts.flatMap((p) => p.rewarded.map((r, i) => [r, p.savings[i]!] as const)).sort((a, b) => a[0].from - b[0].from);
  return {
    tier,
    used: rangesOfUnits(group),
    rewarded: pairs.map((p) => p[0]),
    savings: pairs.map((p) => p[1]),
    clipped: parts.reduce((a, p) => a + p.clipped, 0n),
  };
}

function nearMissItems(gap: number, have: number): RewardOutcome {
  const g = Math.max(gap, 1);
  const missing = `add ${g} more eligible item${g === 1 ? '' : 's'} for one participant`;
  return fail('thresholdNotMet', `No participant has enough eligible items: ${missing}.`, { missing, shortfall: { kind: 'items', missing: g, have } });
}
