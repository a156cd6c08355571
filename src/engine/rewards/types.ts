import type { Minor, Promotion } from '../../domain/index.ts';
import type { EvalContext, Failure } from '../eligibility/types.ts';
import type { EngineUnit } from '../units.ts';
import type { UnitRange } from '../unit-ranges.ts';

/**
 * A run of alike units (`unit.count` of them) as one reward family sees it at the moment its
 * promotion is evaluated; `base` and `room` are per unit.
 * `base` is the price the reward is computed on (regular price for exclusive and
 * compound-on-original rewards, the net left so far for compound ones); `room` is the most the
 * reward may take off without crossing zero or the product's floor.
 */
export interface RewardUnit {
  readonly unit: EngineUnit;
  readonly base: Minor;
  readonly room: Minor;
  /** The unit's role in the promotion's selection (non-item rules treat both as eligible). */
  readonly role: 'qualifying' | 'benefit';
}

/** One application a reward family produced; ranges are of global unit indices. */
export interface Draft {
  readonly tier: number;
  readonly used: readonly UnitRange[];
  readonly rewarded: readonly UnitRange[];
  /** Parallel to `rewarded`: the saving on each unit of the range. */
  readonly savings: readonly Minor[];
  /** What zero/floor clipping removed. */
  readonly clipped: Minor;
  /** What the promotion's budget cut off (absent or 0n when it did not cap this application). */
  readonly budgetCapped?: Minor;
  /**
   * How many identical applications this draft stands for (absent: one). Its ranges, savings and
   * clipping then cover every copy, laid out as `copies.ts` describes.
   */
  readonly copies?: number;
}

export interface DraftGift {
  readonly productId: string;
  readonly quantity: number;
  readonly unitPrice: Minor;
  /** Catalog price − gift price, per unit (0 when the product is not in the catalog). */
  readonly valuePerUnit: Minor;
}

export interface DraftCode {
  readonly code: string;
  readonly promotionId: string;
  readonly customerId?: string;
}

/** What a reward family gives when it applies. Every field but `applications` is optional. */
export interface RewardGrant {
  readonly ok: true;
  readonly applications: readonly Draft[];
  readonly shippingDiscount?: Minor;
  readonly gifts?: readonly DraftGift[];
  readonly issued?: readonly DraftCode[];
  /** Sentence for the applied outcome ("20 % off the order, capped at 10.00"). */
  readonly note?: string;
}

export type RewardOutcome = RewardGrant | Failure;

/** Everything a reward family reads. */
export interface RewardInput {
  readonly promotion: Promotion;
  readonly ctx: EvalContext;
  /** Eligible units in unit order, as runs (manual-price lines already removed where they must be). */
  readonly units: readonly RewardUnit[];
  /** Shipping still to pay after earlier shipping discounts. */
  readonly shippingLeft: Minor;
  /** Net subtotal of the whole order at this promotion's moment (SPEC §3.4, docs/engine.md). */
  readonly netSubtotal: Minor;
  /** Most applications the limits allow. */
  readonly maxApplications: number;
}

export const fail = (reason: Failure['reason'], message: string, extra: Pick<Failure, 'observed' | 'missing' | 'shortfall'> = {}): Failure => ({
  ok: false, reason, message, ...extra,
});
