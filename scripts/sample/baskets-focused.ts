import type { Catalog } from './catalog.ts';
import { SAMPLE_CUSTOMERS } from './customers.ts';
import { basket, ln, type SavedBasketInput } from './basket-kit.ts';

/**
 * Baskets with a hand-computed expectation. Each sits in-store at the Danforth store (TOR-02) on
 * Wednesday 11 March 2026 at 11:00 unless it says otherwise, with products no other active
 * promotion targets, so only the promotions it is about can apply. The description carries the
 * hand calculation (SPEC section and rounding rule) so a reviewer can check it.
 */

/** Pantry staples no promotion names: $8.90 + $12.50 + $14.60 = $36.00; every 10 % is exact. */
const PANTRY = [ln('basmati', 1), ln('maple-syrup', 1), ln('olive-oil', 1)];

export function focusedBaskets(cat: Catalog): SavedBasketInput[] {
  return [
    basket(cat, 'b01-snack-b2g1', 'Snacks: buy 2 get 1 free',
      'Three regular snacks $4.49, $3.99, $2.99 make one set of 3; the cheapest ($2.99) is free. The jalapeño chips are on sale and excluded (excludeOnSale), so they pay $2.50. Saving $2.99.',
      { lines: [ln('sea-salt-chips', 1), ln('bbq-chips', 1), ln('pretzels', 1), ln('spicy-chips', 1)] },
      { promotionSaving: '2.99', applied: ['snacks-b2g1'] }),

    basket(cat, 'b02-bakery-bogo', 'Bakery BOGO on the same loaf',
      'Four sourdough loaves at $6.50 form two same-product pairs, one loaf free in each: 2 × $6.50 = $13.00 (SPEC §12 ex. 1). The single croissant has no partner and pays full price.',
      { lines: [ln('sourdough', 4), ln('croissant', 1)] },
      { promotionSaving: '13.00', applied: ['bakery-bogo'] }),

    basket(cat, 'b03-cleaning-2-near-miss', 'Cleaning tiers: 2 units, a near miss',
      'Two cleaning units; the lowest tier needs 3 ("add 1 more qualifying item"). Saving $0.00.',
      { lines: [ln('all-purpose-cleaner', 2)] },
      { promotionSaving: '0.00', applied: [], notApplied: { 'cleaning-tiers': 'thresholdNotMet' } }),

    basket(cat, 'b04-cleaning-4', 'Cleaning tiers: 4 units at 10 %',
      'Tier range 3/5/8 → 10/20/30 %: 4 units reach the 3-unit tier, so all 4 get 10 %: 4 × round($5.00 × 10 %) = 4 × $0.50 = $2.00 (SPEC §4.1, §12 ex. 6).',
      { lines: [ln('all-purpose-cleaner', 4)] },
      { promotionSaving: '2.00', applied: ['cleaning-tiers'] }),

    basket(cat, 'b05-cleaning-6', 'Cleaning tiers: 6 units at 20 %',
      '6 units reach the 5-unit tier: 20 % on every unit. 3 × $5.00 × 20 % = $3.00; $3.49 × 20 % = $0.698 → $0.70 (R1, half away from zero), × 3 = $2.10. Saving $5.10.',
      { lines: [ln('all-purpose-cleaner', 3), ln('glass-cleaner', 3)] },
      { promotionSaving: '5.10', applied: ['cleaning-tiers'] }),

    basket(cat, 'b06-cleaning-9', 'Cleaning tiers: 9 units at 30 %',
      '9 units reach the 8-unit tier: 30 % on every unit. 5 × $1.50 = $7.50; $3.49 × 30 % = $1.047 → $1.05 (R1), × 4 = $4.20. Saving $11.70.',
      { lines: [ln('all-purpose-cleaner', 5), ln('glass-cleaner', 4)] },
      { promotionSaving: '11.70', applied: ['cleaning-tiers'] }),

    basket(cat, 'b07-pasta-money-tiers', 'Trattoria money tiers: 8 items',
      'Money tiers are exact bundles (3 → $5 off, 5 → $10 off): 8 items split into 5 + 3 = $15.00, better than 3 + 3 = $10 (SPEC §12 ex. 8). Every 3-set is worth at least 3 × $2.49 = $7.47, so no set is capped.',
      { lines: [ln('spaghetti', 3), ln('penne', 2), ln('marinara', 2), ln('basil-pesto', 1)] },
      { promotionSaving: '15.00', applied: ['pasta-money-tiers'] }),

    basket(cat, 'b08-mugs-unit-price', 'Mugs: $10 each from 2',
      'Buys at least 2 mugs, each rewarded mug costs $10: $11 → $1, $12 → $2, $14 → $4. Saving $7.00 (SPEC §12 ex. 7).',
      { lines: [ln('stoneware-mug', 1), ln('latte-mug', 1), ln('travel-mug', 1)] },
      { promotionSaving: '7.00', applied: ['mugs-10-each'] }),

    basket(cat, 'b09-toys-fixed-total', 'Any 5 toys for $50',
      'Five toys $12 + $12 + $11 + $11 + $10 = $56 for a fixed total of $50: a $6.00 saving (SPEC §12 ex. 3). There is no customer, so the QA dispersion script reads User.CustomFields.QA_DiscountFinancialDispersion as nothing (an absent customer is a User whose members are all nothing; comparing nothing with a string is false, not an error). No branch matches and the script outputs its opening values: financialDispersion ← DefaultProductSetFinancialDispersion, productDispersion ← DefaultFinancialDispersion, both 0 for a fixed total (SPEC §8 set default). So the saving is booked in proportion to price exactly as in b10: fire truck $1.29, race car $1.28, fox $1.18, owl $1.18, bubbles $1.07; net $50.00.',
      { lines: [ln('fire-truck-set', 1), ln('race-car-set', 1), ln('plush-fox', 1), ln('plush-owl', 1), ln('bubble-wands', 1)] },
      { promotionSaving: '6.00', net: '50.00', applied: ['toys-5-for-50'] }),

    basket(cat, 'b10-toys-dispersion-script', 'Toys for $50, dispersion by script',
      "Same $6.00 saving as b09. Sam's QA_DiscountFinancialDispersion is '0', so the script returns financialDispersion 0, productDispersion 0: proportional over all five units (R2). Cents 600 × 1200/5600 = 128.57 → 128, 128; 600 × 1100/5600 = 117.86 → 117, 117; 600 × 1000/5600 = 107.14 → 107; leftover 3 cents to the largest remainders (.86, .86, then .57 on the earlier $12 line): fire truck $1.29, race car $1.28, fox $1.18, owl $1.18, bubbles $1.07. Sam has 80 points, short of any redemption.",
      {
        customer: SAMPLE_CUSTOMERS.sam,
        lines: [ln('fire-truck-set', 1), ln('race-car-set', 1), ln('plush-fox', 1), ln('plush-owl', 1), ln('bubble-wands', 1)],
      },
      { promotionSaving: '6.00', net: '50.00', applied: ['toys-5-for-50'] }),

    basket(cat, 'b11-soda-competing', 'Two soda deals at one priority level',
      '"Buy 2, cheapest free" and "10 % off" both sit at priority 3. Sets {$10, $9} and {$8, $7} give $9 + $7 = $16.00; 10 % off all four would give $3.40; any mix gives less. The best deal takes all four units for the 2-for-1 (SPEC §12 ex. 9).',
      { lines: [ln('fizzco-cola', 1), ln('fizzco-lemon-lime', 1), ln('fizzco-ginger-ale', 1), ln('fizzco-root-beer', 1)] },
      { promotionSaving: '16.00', applied: ['soda-cheapest-free'], notApplied: { 'soda-10-off': 'lostBestDeal' } }),

    basket(cat, 'b12-happy-hour-open', 'Happy hour: Wednesday 4:30 pm',
      'Weekday, inside the 16:00–18:00 window, at a Toronto store, in store: 15 % off the $6.00 cold brew = $0.90.',
      { local: '2026-03-11T16:30', lines: [ln('cold-brew', 1)] },
      { promotionSaving: '0.90', applied: ['happy-hour-drinks'] }),

    basket(cat, 'b13-happy-hour-stacks', 'Happy hour on top of the soda 2-for-1',
      'Wednesday 4:30 pm. Exclusive level first: the 2-for-1 takes sets {$10, $9} and {$8, $7}, freeing $9 and $7 ($16.00; 10 % off loses as in b11). Then happy hour compounds 15 % on the net prices left: $10 → $1.50, $8 → $1.20, the free units $0. Saving $16.00 + $2.70 = $18.70 (SPEC §5.5).',
      { local: '2026-03-11T16:30', lines: [ln('fizzco-cola', 1), ln('fizzco-lemon-lime', 1), ln('fizzco-ginger-ale', 1), ln('fizzco-root-beer', 1)] },
      { promotionSaving: '18.70', applied: ['soda-cheapest-free', 'happy-hour-drinks'], notApplied: { 'soda-10-off': 'lostBestDeal' } }),

    basket(cat, 'b14-happy-hour-closed', 'Happy hour: Wednesday 6:00 pm',
      'The daily window ends at 18:00 exclusive, so an order at 18:00 is outside the schedule. Saving $0.00.',
      { local: '2026-03-11T18:00', lines: [ln('cold-brew', 1)] },
      { promotionSaving: '0.00', applied: [], notApplied: { 'happy-hour-drinks': 'outsideSchedule' } }),

    basket(cat, 'b15-customer-price-wins', 'Customer price beats a weak promotion',
      'Cheddar $10.00 with a customer price of $8.00 (saves $2.00). "10 % off dairy" would save only $1.00, so it is not awarded and the customer keeps $8.00 (SPEC §5.3, §12 ex. 11). Promotion saving $0.00, net $8.00.',
      { lines: [ln('aged-cheddar', 1, { customerPrice: '8.00' })] },
      { promotionSaving: '0.00', net: '8.00', applied: [], notApplied: { 'dairy-10-off': 'worseThanCustomerPrice' } }),

    basket(cat, 'b16-summer10', 'Discount code Summer10',
      'Code Summer10 entered exactly: 10 % off the $36.00 pantry basket = $0.89 + $1.25 + $1.46 = $3.60.',
      { coupons: ['Summer10'], lines: PANTRY },
      { promotionSaving: '3.60', applied: ['summer10'] }),

    basket(cat, 'b17-summer10-wrong-case', 'Code "summer10" (wrong case)',
      'Codes are case-sensitive: "summer10" matches no code (code status unknown), so Summer10 is not applied (SPEC §12 ex. 14). Saving $0.00.',
      { coupons: ['summer10'], lines: PANTRY },
      { promotionSaving: '0.00', applied: [], notApplied: { summer10: 'couponMissing' } }),

    basket(cat, 'b18-exhausted-code', 'Exhausted code SAVE5-VIP',
      'SAVE5-VIP has maxUses 5 and usageCount 5: code status exhausted, no saving although the $45.99 basket meets the $40 condition (SPEC §12 ex. 14).',
      { coupons: ['SAVE5-VIP'], lines: [...PANTRY, ln('wildflower-honey', 1)] },
      { promotionSaving: '0.00', applied: [] }),

    basket(cat, 'b19-coupon-statuses', 'Five codes, one discount',
      'SAVE5 applies once ($5.00 off the $45.99 basket); the second SAVE5 is alreadyUsedInOrder, XMAS5 expired (last usage 31 Dec 2025), FALL5 notYetValid (from 1 Sep 2026), SAVE5-OLD inactive. Saving $5.00.',
      { coupons: ['SAVE5', 'SAVE5', 'XMAS5', 'FALL5', 'SAVE5-OLD'], lines: [...PANTRY, ln('wildflower-honey', 1)] },
      { promotionSaving: '5.00', applied: ['save5'] }),

    basket(cat, 'b20-expires-may5-last-minute', 'Spring jackets at 4 May 23:59',
      '"Expires on 5 May" means valid until 11:59 pm on 4 May (end = 5 May 00:00 exclusive, Toronto time): 25 % of $80.00 = $20.00 (SPEC §12 ex. 15).',
      { local: '2026-05-04T23:59', lines: [ln('rain-jacket', 1)] },
      { promotionSaving: '20.00', applied: ['spring-jackets'] }),

    basket(cat, 'b21-expires-may5-midnight', 'Spring jackets at 5 May 00:00',
      'One minute later the promotion has expired: outside its schedule. Saving $0.00 (SPEC §12 ex. 15).',
      { local: '2026-05-05T00:00', lines: [ln('rain-jacket', 1)] },
      { promotionSaving: '0.00', applied: [], notApplied: { 'spring-jackets': 'outsideSchedule' } }),

    basket(cat, 'b22-manual-with-permission', 'Price match by a cashier with permission',
      'The cashier holds applyManualDiscount and enters $5.00 (under the $50 maximum) for the whole order. Saving $5.00.',
      {
        user: { id: 'staff-204', roles: ['cashier'], permissions: ['applyManualDiscount'] },
        manual: [{ promotionId: 'price-match', amount: '5.00' }],
        lines: PANTRY,
      },
      { promotionSaving: '5.00', applied: ['price-match'] }),

    basket(cat, 'b23-manual-without-permission', 'Price match without permission',
      'Same request by a cashier without applyManualDiscount: not applied, the reason names the permission (SPEC §12 ex. 18). Saving $0.00.',
      {
        user: { id: 'staff-311', roles: ['cashier'], permissions: [] },
        manual: [{ promotionId: 'price-match', amount: '5.00' }],
        lines: PANTRY,
      },
      { promotionSaving: '0.00', applied: [], notApplied: { 'price-match': 'permissionMissing' } }),

    basket(cat, 'b24-loyalty-points-short', 'Points redemption: 20 points short',
      'Redeeming costs 100 points; Sam holds 80: not applied, "needs 20 more points" (SPEC §12 ex. 17). Saving $0.00.',
      { customer: SAMPLE_CUSTOMERS.sam, lines: PANTRY },
      { promotionSaving: '0.00', applied: [], notApplied: { 'redeem-100-points': 'insufficientPoints' } }),

    basket(cat, 'b25-class-combo', 'Kitchen Studio combo: one participant, three classes',
      'Alex books three classes ($100, $80, $50) on a reservation: the 3-class tier gives 15 % on each: $15.00 + $12.00 + $7.50 = $34.50 (SPEC §12 ex. 16). One participant, so the family tier (2+ people) does not apply; no question was answered.',
      {
        local: '2026-03-14T10:00',
        orderType: 'reservation',
        lines: [
          ln('sourdough-masterclass', 1, { participant: 'Alex' }),
          ln('knife-skills', 1, { participant: 'Alex' }),
          ln('kids-pizza', 1, { participant: 'Alex' }),
        ],
      },
      { promotionSaving: '34.50', applied: ['class-combo'] }),

    basket(cat, 'b26-socks-b2g2', 'Socks: buy 2 get 2 free',
      'Four pairs ($6, $6, $5, $5) make one set of 4 with 2 rewarded units: the two cheapest are free, $5 + $5 = $10.00.',
      { lines: [ln('crew-socks', 2), ln('ankle-socks', 2)] },
      { promotionSaving: '10.00', applied: ['socks-b2g2'] }),

    basket(cat, 'b27-jeans-and-belt', 'Two jeans unlock a half-price belt',
      'Two slim jeans (same product) qualify; the belt ($24.00) is the benefit product: 50 % = $12.00 (SPEC §12 ex. 5). Subtotal $142 stays under the $150 order deal.',
      { lines: [ln('slim-jeans', 2), ln('leather-belt', 1)] },
      { promotionSaving: '12.00', applied: ['jeans-belt-half'] }),

    basket(cat, 'b28-jeans-no-belt', 'Two jeans, no belt',
      'The qualifying pair is there but no benefit product: no saving, reported as a near miss ("add a benefit product").',
      { lines: [ln('slim-jeans', 2)] },
      { promotionSaving: '0.00', applied: [], notApplied: { 'jeans-belt-half': 'noBenefitProduct' } }),

    basket(cat, 'b29-shampoo-conditioner', 'Shampoo unlocks 25 % off conditioner',
      'One shampoo qualifies; the conditioner ($9.00) is the benefit: 25 % = $2.25.',
      { lines: [ln('shampoo', 1), ln('conditioner', 1)] },
      { promotionSaving: '2.25', applied: ['shampoo-conditioner'] }),

    basket(cat, 'b30-voltix-capped', 'Voltix 15 % capped at $12',
      'Power bank $39.99 + earbuds $49.99 = $89.98 ≥ $50. 15 %: $5.9985 → $6.00 and $7.4985 → $7.50 (R1), $13.50 in all, capped by maxDiscount at $12.00.',
      { lines: [ln('power-bank', 1), ln('earbuds', 1)] },
      { promotionSaving: '12.00', applied: ['voltix-spend-50'] }),

    basket(cat, 'b31-floor-price-clip', 'A floor price clips the Voltix deal',
      'Smart speaker $79.99 (≥ $50): 15 % = $11.9985 → $12.00 would leave $67.99, below its floor price $69.99, so the reward is clipped to $10.00 and the clip is reported.',
      { lines: [ln('smart-speaker', 1)] },
      { promotionSaving: '10.00', applied: ['voltix-spend-50'] }),

    basket(cat, 'b32-cables-and-charger', 'Cable + charger: $3 off each',
      'The charger is a fixed product, the cable matches the filter: 2 qualifying units, $3.00 off each = $6.00. The charger is excluded from the Voltix deal.',
      { lines: [ln('usb-c-cable', 1), ln('usb-c-charger', 1)] },
      { promotionSaving: '6.00', applied: ['cables-3-off'] }),

    basket(cat, 'b33-join-plus-today', 'A Plus membership in the basket',
      'The annual membership ($49.00) is in the basket, so "Join Plus today" takes 10 % off the other items (the membership is excluded): 10 % of $36.00 = $3.60.',
      { lines: [ln('plus-annual', 1), ...PANTRY] },
      { promotionSaving: '3.60', applied: ['join-plus-today'] }),

    basket(cat, 'b34-free-delivery', 'Online delivery over $75',
      'Online delivery, subtotal $80.98 (≥ $75) with $9.99 shipping: delivery is free. Below the $100 first step of the online sliding scale.',
      {
        outlet: undefined,
        channel: 'online',
        orderType: 'delivery',
        shipping: '9.99',
        lines: [ln('olive-oil', 2), ln('maple-syrup', 2), ln('basmati', 2), ln('rolled-oats', 2)],
      },
      { applied: ['free-shipping-75'], notApplied: { 'online-sliding': 'thresholdNotMet' } }),
  ];
}
