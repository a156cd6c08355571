import type { Catalog } from './catalog.ts';
import { SAMPLE_CUSTOMERS } from './customers.ts';
import { basket, ln, type SavedBasketInput } from './basket-kit.ts';

/**
 * Baskets that show many promotions interacting. Their outcome depends on the whole best-deal
 * search (and on choices SPEC leaves to the engine), so they carry no `expected`: they are for
 * exploring, not for conformance.
 */
export function showcaseBaskets(cat: Catalog): SavedBasketInput[] {
  return [
    basket(cat, 'b35-big-friday-basket', 'A 30-line Friday happy-hour shop',
      'Mara (VIP, Plus, 1,450 points) at Queen St on Friday 5:15 pm with Summer10 and gift-wrapped click & collect: snacks, bakery, cleaning, mugs, sodas in happy hour, clearance, toys, the order deal, a gift pick, points and codes all compete.',
      {
        local: '2026-03-13T17:15',
        outlet: 'TOR-01',
        customer: SAMPLE_CUSTOMERS.mara,
        coupons: ['Summer10'],
        properties: ['gift-wrap', 'click-and-collect'],
        lines: [
          ln('sea-salt-chips', 2), ln('bbq-chips', 1), ln('pretzels', 2), ln('trail-mix', 1), ln('dark-chocolate', 3),
          ln('sourdough', 2), ln('croissant', 4), ln('cinnamon-buns', 1), ln('shortbread-tin', 1),
          ln('all-purpose-cleaner', 3), ln('glass-cleaner', 2), ln('floor-cleaner', 1), ln('laundry-pods', 1),
          ln('latte-mug', 2), ln('travel-mug', 1),
          ln('fizzco-cola', 2), ln('fizzco-ginger-ale', 1), ln('cold-brew', 2), ln('sparkling-water', 1),
          ln('aged-cheddar', 1, { customerPrice: '8.50' }), ln('greek-yogurt', 2), ln('milk-2l', 1),
          ln('spaghetti', 2), ln('marinara', 2), ln('basil-pesto', 1),
          ln('bananas', 2), ln('avocados', 2), ln('baby-spinach', 1),
          ln('plush-fox', 1), ln('winter-parka', 1),
        ],
      }),

    {
      ...basket(cat, 'b36-staff-sale', 'Staff discount with a yearly budget',
      'Priya (employee) buys with the staff-sale property; the cashier may give staff discounts and requests 20 %. The discount is computed excluding 13 % HST and draws on a $500 yearly budget, of which $480 is already spent.',
      {
        customer: SAMPLE_CUSTOMERS.priya,
        properties: ['staff-sale'],
        user: { id: 'staff-118', roles: ['cashier'], permissions: ['applyManualDiscount', 'staffDiscount'] },
        manual: [{ promotionId: 'staff-sale', percent: '20' }],
        lines: [ln('earbuds', 1, { taxRate: 1300 }), ln('basic-tee', 2, { taxRate: 1300 }), ln('windbreaker', 1, { taxRate: 1300 })],
      }),
      state: { budgets: { 'staff-sale': { [SAMPLE_CUSTOMERS.priya.id]: { spent: '480.00', periodStart: '2026-01-01' } } } },
    },

    basket(cat, 'b37-manager-goodwill-capped', "Manager's goodwill above its cap",
      'A manager enters 25 % on the laundry pods line; the promotion allows at most 20 %.',
      {
        user: { id: 'staff-007', roles: ['manager'], permissions: ['applyManualDiscount'] },
        manual: [{ promotionId: 'manager-goodwill', percent: '25', lineIds: ['l1'] }],
        lines: [ln('laundry-pods', 1), ln('toothpaste', 2)],
      }),

    basket(cat, 'b38-seniors-tuesday', "Seniors' Tuesday",
      'Eleanor (75) shops on Tuesday: the 75+ tier gives 15 %. She also holds 320 points, enough for a redemption.',
      { local: '2026-03-10T10:00', customer: SAMPLE_CUSTOMERS.eleanor, lines: [ln('rolled-oats', 2), ln('wildflower-honey', 1), ln('toothpaste', 1)] }),

    basket(cat, 'b39-vip-pick-a-gift', 'Business account picks a gift',
      'Dev (Acme) is admitted to the VIP gift by customer id; the basket is $200+ so the candle or mug tier is offered (the chocolate is the default). The purchase-order number also earns the business 5 %.',
      {
        customer: SAMPLE_CUSTOMERS.dev,
        customFields: { poNumber: 'PO-55812' },
        lines: [ln('espresso-beans', 4), ln('laundry-pods', 3), ln('travel-mug', 4), ln('sparkling-water', 6)],
      }),

    basket(cat, 'b40-downtown-express-delivery', 'Downtown express delivery, gift-wrapped',
      'Mara orders online for delivery to M5V with gift-wrap and express: free delivery over $75, the Plus $5, the downtown half price and the gift-wrapped express $3 all target the $12.00 shipping.',
      {
        outlet: undefined,
        channel: 'online',
        orderType: 'delivery',
        shipping: '12.00',
        properties: ['gift-wrap', 'express'],
        customer: SAMPLE_CUSTOMERS.mara,
        lines: [ln('soy-candle', 2), ln('stoneware-mug', 2), ln('dark-chocolate', 4)],
      }),

    basket(cat, 'b41-family-booking', 'Family booking with answers',
      'Four participants book classes with signed waivers; two answer "Newsletter", one "A friend". Family tiers, combo tiers and the question rebate meet.',
      {
        local: '2026-03-21T09:30',
        orderType: 'reservation',
        answers: [
          { question: 'how-did-you-hear', answer: 'Newsletter', participant: 'Jordan' },
          { question: 'how-did-you-hear', answer: 'Newsletter', participant: 'Casey' },
          { question: 'how-did-you-hear', answer: 'A friend', participant: 'Riley' },
        ],
        lines: [
          ln('pasta-making', 1, { participant: 'Jordan', customFields: { waiverSigned: 'yes' } }),
          ln('knife-skills', 1, { participant: 'Jordan', customFields: { waiverSigned: 'yes' } }),
          ln('pasta-making', 1, { participant: 'Casey', customFields: { waiverSigned: 'yes' } }),
          ln('kids-pizza', 1, { participant: 'Riley', customFields: { waiverSigned: 'yes' } }),
          ln('kids-pizza', 1, { participant: 'Morgan', customFields: { waiverSigned: 'yes' } }),
        ],
      }),

    basket(cat, 'b42-produce-ten', 'Ten produce items',
      'Ten produce units reach the second quantity step ($2.50 off).',
      { lines: [ln('bananas', 3), ln('avocados', 2), ln('baby-spinach', 2), ln('honeycrisp', 1), ln('vine-tomatoes', 2)] }),

    basket(cat, 'b43-clearance-extra', 'Clearance extra 20 % on sale items',
      'The parka and the shortbread tin are clearance: the extra 20 % compounds on their prices; the tin is excluded from the bakery BOGO.',
      { lines: [ln('winter-parka', 1), ln('shortbread-tin', 2), ln('baguette', 2)] }),

    basket(cat, 'b44-online-pickup-250', 'Online click & collect, $250',
      'The online sliding scale (8 % from $200) and "Spend $150 save 10 %" both compound on the same order.',
      {
        outlet: undefined,
        channel: 'online',
        properties: ['click-and-collect'],
        lines: [ln('anc-headphones', 1), ln('smart-speaker', 1), ln('hdmi-cable', 1), ln('lightning-cable', 1)],
      }),

    basket(cat, 'b45-generated-code', 'Redeeming a next-visit code',
      "Mara brings the code NW-7KQ4-M2PX issued to her; it is bound to her customer id and valid in March 2026.",
      {
        local: '2026-03-20T12:00',
        customer: SAMPLE_CUSTOMERS.mara,
        coupons: ['NW-7KQ4-M2PX'],
        lines: [ln('espresso-beans', 2), ln('wildflower-honey', 2)],
      }),

    basket(cat, 'b46-welcome-and-summer', 'Two different codes stack',
      'Sam enters WELCOME15 and Summer10: different codes may stack; Welcome needs a customer and two items.',
      { customer: SAMPLE_CUSTOMERS.sam, coupons: ['WELCOME15', 'Summer10'], lines: [ln('shampoo', 1), ln('body-wash', 1), ln('toothpaste', 2)] }),
  ];
}
