/**
 * The schema of a written replay report, for reading one back (`promo merge-reports`, the
 * browser's stored runs): a file that is not a report is refused with JSON paths, never half-read.
 */
import { z } from 'zod';
import { MoneySchema } from '../domain/index.ts';
import { REPLAY_REPORT_FORMAT, REPLAY_REPORT_VERSION } from './types.ts';

const Count = z.number().int().min(0);
const Percent = z.string().regex(/^-?\d+\.\d{2}$/);

const FiguresShape = {
  orders: Count, ordersWithSaving: Count, gross: MoneySchema, customerPriceSaving: MoneySchema, saving: MoneySchema,
  net: MoneySchema, savingRate: Percent,
};

const NoteSchema = z.strictObject({
  code: z.enum(['promotion-wide-state', 'sharded-by-customer', 'approximated-promotion-wide-limits', 'orders-not-optimal', 'evaluation-failed']),
  message: z.string(),
  promotionIds: z.array(z.string()).optional(),
  orders: Count.optional(),
});

export const ReplayReportSchema = z.strictObject({
  format: z.literal(REPLAY_REPORT_FORMAT),
  formatVersion: z.literal(REPLAY_REPORT_VERSION),
  currency: z.string().regex(/^[A-Z]{3}$/),
  timeZone: z.string().min(1),
  bundle: z.strictObject({ name: z.string(), revision: z.string().optional() }),
  history: z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{16}$/), orders: Count }),
  solver: z.enum(['wasm', 'reference']),
  sharding: z.strictObject({ kind: z.enum(['byCustomer', 'single']), shards: z.number().int().min(1) }),
  notes: z.array(NoteSchema),
  totals: z.strictObject({ ...FiguresShape, lines: Count, units: Count }),
  promotions: z.array(z.strictObject({
    promotionId: z.string(), name: z.string(), orders: Count, applications: Count, units: Count, saving: MoneySchema,
    averageSavingPerOrder: MoneySchema, shareOfSaving: Percent, limitHits: Count,
    limitHitsByKind: z.strictObject({ limitReached: Count, budgetExhausted: Count, budgetCapped: Count }),
  })),
  byOutlet: z.array(z.strictObject({ key: z.string(), ...FiguresShape })),
  byChannel: z.array(z.strictObject({ key: z.string(), ...FiguresShape })),
  byDay: z.array(z.strictObject({ key: z.string(), ...FiguresShape })),
  histogram: z.array(z.strictObject({ from: MoneySchema.optional(), to: MoneySchema.optional(), orders: Count, saving: MoneySchema })).min(1),
  topN: Count,
  topDiscounts: z.array(z.strictObject({
    orderId: z.string(), customerId: z.string().optional(), at: z.string(), gross: MoneySchema, saving: MoneySchema,
    promotionIds: z.array(z.string()),
  })),
  notOptimalOrders: Count,
  failedOrders: Count,
});
