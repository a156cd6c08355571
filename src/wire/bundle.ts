/**
 * The batch path: a bundle's item deals compiled and encoded ONCE (`compileBundle`), loaded once
 * per solver instance and per worker, keyed by revision and content hash; per basket only units
 * and the promotions touching at least one available unit cross, as indices into that table
 * (`BundleEncoder`). Layout: ./layout.ts.
 */
import type { CompiledItemDeal, SolveInput, SolverPromotion, SolverUnit } from '../engine/solver/types.ts';
import { DealTable } from './deal-table.ts';
import { BASKET_MAGIC, BUNDLE_MAGIC, type Sections } from './layout.ts';
import { touchesUnits, unitBlock, writeLevel, type PromotionRoles } from './level.ts';
import { contentKey, SectionWriter } from './writer.ts';

/** One exclusive item deal of a bundle: its compiled rule and what ranks it (priority, id). */
export interface BundlePromotion extends CompiledItemDeal {
  readonly id: string;
  readonly priority: number;
}

/** A compiled bundle: encoded once, shared by every basket and every worker. */
export interface CompiledBundle {
  /** `revision#hash`: equal keys mean equal encoded content (the hash covers every word). */
  readonly key: string;
  readonly promotions: number;
  readonly deals: number;
  readonly sections: Sections;
}

/** One promotion of a basket: `ref` indexes the bundle's promotions; the rest is per order. */
export interface BasketPromotion extends PromotionRoles {
  readonly ref: number;
}

/** One level of one basket on the batch path (the `SolveInput` with promotions as bundle refs). */
export interface BasketRequest {
  readonly units: readonly SolverUnit[];
  readonly available: readonly boolean[];
  readonly promotions: readonly BasketPromotion[];
  readonly policy: SolveInput['policy'];
  readonly searchBudget: number;
}

const byRank = (ps: readonly BundlePromotion[]) => (a: number, b: number): number => {
  const x = ps[a]!;
  const y = ps[b]!;
  if (x.priority !== y.priority) return x.priority - y.priority;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
};

/**
 * Encodes the bundle's deals (interned by content: promotions sharing a rule share a deal) and,
 * per promotion, its deal and its rank in (priority, id) order.
 * @example const b = compileBundle(promotions, 'rev-7'); solver.solveBaskets(b, requests)
 */
export function compileBundle(promotions: readonly BundlePromotion[], revision: string): CompiledBundle {
  const table = new DealTable();
  const dealOf = promotions.map((p) => table.index(p));
  const order = promotions.map((_, k) => k).sort(byRank(promotions));
  const rank = new Array<number>(promotions.length).fill(0);
  const cmp = byRank(promotions);
  for (let i = 0, r = 0; i < order.length; i++) {
    if (i > 0 && cmp(order[i - 1]!, order[i]!) !== 0) r = i;
    rank[order[i]!] = r;
  }
  const dealSections = table.encodeAll();
  const w = new SectionWriter();
  w.ensure(2 + dealSections.i32.length + 2 * promotions.length, dealSections.i64.length);
  w.i32[w.n32++] = BUNDLE_MAGIC;
  w.i32[w.n32++] = promotions.length;
  w.i32.set(dealSections.i32, w.n32);
  w.n32 += dealSections.i32.length;
  for (let k = 0; k < promotions.length; k++) {
    w.i32[w.n32++] = dealOf[k]!;
    w.i32[w.n32++] = rank[k]!;
  }
  w.i64.set(dealSections.i64, w.n64);
  w.n64 += dealSections.i64.length;
  const s = w.sections();
  const sections = { i32: s.i32.slice(), i64: s.i64.slice() };
  return { key: `${revision}#${contentKey(sections)}`, promotions: promotions.length, deals: table.size, sections };
}

/**
 * Writes basket requests against one compiled bundle: units, then only the promotions touching an
 * available unit, each as its bundle index. Nothing of the rules is read per basket.
 * @example new BundleEncoder(bundle).encode(writer, request)
 */
export class BundleEncoder {
  private readonly sent: number[] = [];
  private readonly refs: number[] = [];

  constructor(readonly bundle: CompiledBundle) {}

  encode(w: SectionWriter, request: BasketRequest): void {
    const ps = request.promotions;
    this.sent.length = 0;
    this.refs.length = 0;
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k]!;
      if (!(p.ref >= 0 && p.ref < this.bundle.promotions)) throw new RangeError(`basket promotion ${k}: ref ${p.ref} is not a promotion of bundle ${this.bundle.key}`);
      if (!touchesUnits(p, request.available)) continue;
      this.sent.push(k);
      this.refs.push(p.ref);
    }
    writeLevel(w, BASKET_MAGIC, request, unitBlock(request.units, request.available), ps, this.sent, this.refs, undefined);
  }
}

/** The reference contract's input for a basket request (for the TypeScript solver and tests). */
export function toSolveInput(promotions: readonly BundlePromotion[], request: BasketRequest): SolveInput {
  return {
    units: request.units,
    available: request.available,
    policy: request.policy,
    searchBudget: request.searchBudget,
    promotions: request.promotions.map((p): SolverPromotion => {
      const b = promotions[p.ref]!;
      return {
        combination: b.combination, target: b.target, rewardCount: b.rewardCount, tiers: b.tiers,
        ...(b.maxDiscount === undefined ? {} : { maxDiscount: b.maxDiscount }),
        id: b.id, priority: b.priority, qualifying: p.qualifying, benefit: p.benefit, maxApplications: p.maxApplications,
        ...(p.budget === undefined ? {} : { budget: p.budget }),
      };
    }),
  };
}
