import type { Rule } from '../../domain/index.ts';
import { fail, type RewardInput, type RewardOutcome } from './types.ts';

type IssueRule = Extract<Rule, { kind: 'generateCoupon' | 'loyaltyCode' }>;

/** Crockford base32 without I, L, O, U: no look-alike characters. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A deterministic code for (order, issuing promotion, target): two FNV-1a 32-bit hashes of
 * `orderId|promotionId|targetId` give 10 base32 characters, prefixed by `kind`. The same order
 * replayed issues the same code; different orders give different codes (up to hash collisions).
 * @example issuedCode('G', 'order-1', 'p-gen', 'p-target') // 'G-' + 10 characters
 */
export function issuedCode(prefix: string, orderId: string, promotionId: string, targetId: string): string {
  const text = `${orderId}|${promotionId}|${targetId}`;
  const h1 = fnv1a(text, 0x811c9dc5);
  const h2 = fnv1a(text, 0x01000193 ^ 0x5bd1e995);
  let out = '';
  let bits = (BigInt(h1) << 32n) | BigInt(h2);
  for (let i = 0; i < 10; i++) {
    out += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `${prefix}-${out}`;
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * SPEC §4.2 `generateCoupon` / `loyaltyCode`: issues one code of the target promotion per
 * order (`GC-…` / `LC-…`). The code is bound to the order's customer when the target is a
 * `generatedCoupon` with `bindToCustomer`, and always for a loyalty code.
 */
export function issueCode(rule: IssueRule, input: RewardInput): RewardOutcome {
  const { bundle, order, customer } = input.ctx;
  const target = bundle.promotions.find((p) => p.id === rule.targetPromotionId);
  if (target === undefined) return fail('noEligibleItems', `The target promotion "${rule.targetPromotionId}" is not in the bundle.`);
  const prefix = rule.kind === 'generateCoupon' ? 'GC' : 'LC';
  const bind = rule.kind === 'loyaltyCode' || (target.trigger.kind === 'generatedCoupon' && target.trigger.bindToCustomer);
  if (rule.kind === 'loyaltyCode' && customer === undefined) return fail('conditionFailed', 'A loyalty code needs a customer on the order.');
  const code = issuedCode(prefix, order.id, input.promotion.id, target.id);
  const customerId = bind ? customer?.id : undefined;
  return {
    ok: true,
    applications: [],
    issued: [{ code, promotionId: target.id, ...(customerId === undefined ? {} : { customerId }) }],
    note: `issues code ${code} for ${target.id}`,
  };
}
