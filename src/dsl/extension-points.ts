import { EXTENSION_POINTS, type ExtensionPointName } from '../domain/script.ts';
import { T, type DslType, type MemberDecl } from './types.ts';

/**
 * The ONE declaration of each extension point's inputs and outputs (SPEC §9). The checker,
 * completion, hover, the interpreter's input conversion and the engine bridge all read it.
 */
export interface OutputDecl {
  readonly name: string;
  readonly type: DslType;
  readonly doc: string;
  /** Whole numbers in this inclusive range, when the output is a dispersion code. */
  readonly range?: { readonly min: number; readonly max: number };
}

export interface ExtensionPointDecl {
  readonly name: ExtensionPointName;
  readonly doc: string;
  readonly inputs: readonly MemberDecl[];
  readonly outputs: readonly OutputDecl[];
}

const m = (name: string, type: DslType, doc: string): MemberDecl => ({ name, type, doc });

export const LINE_TYPE = T.record('Line', [
  m('Id', T.string, 'Id of the order line.'),
  m('ProductId', T.string, 'Id of the product on the line.'),
  m('Quantity', T.number, 'Number of units on the line (a whole number ≥ 1).'),
  m('UnitPrice', T.money, 'Regular sell price of one unit.'),
  m('CustomerPrice', T.money, 'Special/customer price of one unit; nothing when there is none.'),
  m('Total', T.money, 'UnitPrice × Quantity.'),
  m('Category', T.string, 'Product category attribute; nothing when not set.'),
  m('Brand', T.string, 'Product brand attribute; nothing when not set.'),
  m('Tags', T.list(T.string), 'Product tags.'),
  m('TaxRate', T.number, 'Tax rate in basis points (2000 = 20 %); nothing when not set.'),
  m('ManualPrice', T.boolean, 'True when staff overrode or hand-discounted the line.'),
  m('CustomFields', T.map(T.string, 'line'), 'Custom fields of the line, as strings.'),
]);

export const ORDER_TYPE = T.record('Order', [
  m('Id', T.string, 'Id of the order.'),
  m('Subtotal', T.money, 'Σ UnitPrice × Quantity over all lines, before any promotion.'),
  m('Total', T.money, 'Subtotal plus shipping, before any promotion.'),
  m('Shipping', T.money, 'Shipping amount.'),
  m('Lines', T.list(LINE_TYPE), 'The order lines.'),
  m('Type', T.string, "Order type: 'carryOut', 'delivery' or 'reservation'."),
  m('Channel', T.string, "Sales channel: 'inStore' or 'online'."),
  m('Outlet', T.string, 'Outlet (store) of the order; nothing when not set.'),
  m('Properties', T.list(T.string), 'Order properties.'),
  m('Coupons', T.list(T.string), 'Coupon codes as entered.'),
  m('CustomFields', T.map(T.string, 'order'), 'Custom fields of the order, as strings.'),
]);

export const USER_TYPE = T.record('User', [
  m('Id', T.string, 'Customer id.'),
  m('Name', T.string, 'Customer name; nothing when not set.'),
  m('Email', T.string, 'Customer e-mail; nothing when not set.'),
  m('Age', T.number, 'Age in whole years on the order date; nothing without a birth date.'),
  m('Segments', T.list(T.string), 'Customer segments.'),
  m('Roles', T.list(T.string), 'Customer roles.'),
  m('Memberships', T.list(T.string), 'Memberships the customer holds.'),
  m('Points', T.number, 'Loyalty points balance.'),
  m('PostalCode', T.string, 'Postal code; nothing when not set.'),
  m('CustomFields', T.map(T.string, 'user'), 'Custom fields of the customer, as strings (an open map: any name reads nothing when absent).'),
]);

export const DISCOUNT_TYPE = T.record('Discount', [
  m('Id', T.string, 'Id of the promotion.'),
  m('Name', T.string, 'Internal name of the promotion.'),
  m('Label', T.string, 'Receipt label; nothing when not set.'),
  m('Trigger', T.string, "How it is set off: 'automatic', 'coupon', 'generatedCoupon', 'manual' or 'loyalty'."),
  m('Reward', T.string, "What it gives: the rule kind ('itemDeal', 'orderDiscount', …), or for item deals the first tier's reward ('percent', 'free', 'fixedTotal', …)."),
  m('Priority', T.number, 'Priority (1 is evaluated first).'),
  m('Group', T.string, 'Promotion group; nothing when not set.'),
]);

const COMMON_INPUTS: readonly MemberDecl[] = [
  m('DefaultFinancialDispersion', T.number, 'The promotion’s default financial dispersion (distribution type, 0–4, SPEC §8).'),
  m('DefaultProductSetFinancialDispersion', T.number, 'The promotion’s default product dispersion (products to consider, 0–3, SPEC §8).'),
  m('Discount', DISCOUNT_TYPE, 'The promotion being applied.'),
  m('Order', ORDER_TYPE, 'The order being evaluated.'),
  m('User', USER_TYPE, 'The customer of the order (its fields read nothing when the order has no customer).'),
];

export const EXTENSION_POINT_DECLS: Readonly<Record<ExtensionPointName, ExtensionPointDecl>> = {
  DiscountFinancialDispersion: {
    name: 'DiscountFinancialDispersion',
    doc: 'Decides, per application, how a promotion’s saving is booked over units (SPEC §8).',
    inputs: COMMON_INPUTS,
    outputs: [
      {
        name: 'financialDispersion',
        type: T.number,
        doc: '0 proportional to price, 1 most→least expensive, 2 least→most, 3 high→low tax rate, 4 low→high tax rate.',
        range: { min: 0, max: 4 },
      },
      {
        name: 'productDispersion',
        type: T.number,
        doc: '0 all units of the set, 1 rewarded units, 2 non-rewarded units of the set, 3 all discountable lines.',
        range: { min: 0, max: 3 },
      },
    ],
  },
  DiscountCondition: {
    name: 'DiscountCondition',
    doc: 'Decides whether the promotion may apply to the order.',
    inputs: COMMON_INPUTS,
    outputs: [{ name: 'condition', type: T.boolean, doc: 'True when the promotion may apply.' }],
  },
};

export const EXTENSION_POINT_NAMES: readonly ExtensionPointName[] = EXTENSION_POINTS;

export function extensionPointDecl(name: string): ExtensionPointDecl | undefined {
  return (EXTENSION_POINTS as readonly string[]).includes(name) ? EXTENSION_POINT_DECLS[name as ExtensionPointName] : undefined;
}
