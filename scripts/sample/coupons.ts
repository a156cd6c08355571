import type { z } from 'zod';
import type { CouponSchema } from '../../src/domain/coupon.ts';

type CouponInput = z.input<typeof CouponSchema>;

/** Codes of the coupon promotions, one per code status a basket can show (SPEC §3.1, §12 ex. 14). */
export const SAMPLE_COUPONS: readonly CouponInput[] = [
  { code: 'Summer10', promotionId: 'summer10', maxUses: null },
  { code: 'SAVE5', promotionId: 'save5', maxUses: 1000, usageCount: 212, firstUsage: '2026-01-01', lastUsage: '2026-12-31' },
  { code: 'SAVE5-VIP', promotionId: 'save5', maxUses: 5, usageCount: 5 },
  { code: 'XMAS5', promotionId: 'save5', maxUses: 500, usageCount: 143, firstUsage: '2025-12-01', lastUsage: '2025-12-31' },
  { code: 'FALL5', promotionId: 'save5', maxUses: 500, firstUsage: '2026-09-01', lastUsage: '2026-11-30' },
  { code: 'SAVE5-OLD', promotionId: 'save5', active: false, maxUses: 100, usageCount: 12 },
  { code: 'WELCOME15', promotionId: 'welcome-15', maxUses: null, usageCount: 38 },
  { code: 'NW-7KQ4-M2PX', promotionId: 'next-visit-10', customerId: 'c-1001', firstUsage: '2026-03-01', lastUsage: '2026-03-31' },
];
