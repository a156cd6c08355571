import { BundleSchema, SavedBasketSchema, type Bundle, type BundleInput, type SavedBasket } from '../../src/domain/index.ts';
import type { EvaluationResult, PromotionOutcome } from '../../src/domain/result.ts';
import type { EvaluateBasketResponse } from '../../src/ui/simulator/evaluate-basket.ts';
import type { WorkerHandle } from '../../src/ui/simulator/evaluation-client.ts';

/** A small USD bundle in Toronto with two products and one customer. */
export function simBundleInput(overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    format: 'promo-workbench.bundle', formatVersion: 1, name: 'Sim', currency: 'USD', timeZone: 'America/Toronto',
    settings: { orderProperties: ['gift-wrap', 'express'] },
    products: [
      { id: 'p-1', name: 'Cheddar', price: '10.00', attributes: { brand: 'Meadow', category: 'grocery' } },
      { id: 'p-2', name: 'Mug', price: '12.00', attributes: { category: 'home' } },
    ],
    customers: [{ id: 'c-1', name: 'Ada', points: 50 }],
    promotions: [],
    ...overrides,
  };
}

export const simBundle = (overrides: Partial<BundleInput> = {}): Bundle => BundleSchema.parse(simBundleInput(overrides));

export function savedBasket(input: Record<string, unknown> = {}): SavedBasket {
  return SavedBasketSchema.parse({
    id: 'b1', name: 'Basket',
    order: { id: 'o1', at: '2026-03-11T11:00:00-04:00', lines: [{ id: 'l1', productId: 'p-1', quantity: 2, unitPrice: '10.00' }] },
    ...input,
  });
}

export function result(promotions: readonly PromotionOutcome[], overrides: Partial<EvaluationResult> = {}): EvaluationResult {
  return {
    orderId: 'o1', currency: 'USD', optimal: true,
    totals: { gross: '20.00', customerPriceSaving: '0.00', promotionSaving: '0.00', net: '20.00', shipping: '0.00', shippingDiscount: '0.00', toPay: '20.00' },
    lines: [], applications: [], promotions, coupons: [], gifts: [], issuedCoupons: [], pointsSpent: 0, problems: [],
    ...overrides,
  };
}

/** A fake worker whose answers the test releases by hand; records terminations. */
export interface FakeWorker extends WorkerHandle {
  readonly calls: { readonly order: unknown; resolve(r: EvaluateBasketResponse): void; reject(e: unknown): void }[];
  terminated: boolean;
}

export function fakeSpawner(): { spawn: () => FakeWorker; readonly workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  return {
    workers,
    spawn() {
      const w: FakeWorker = {
        calls: [],
        terminated: false,
        evaluateBasket(_bundle, order) {
          return new Promise((resolve, reject) => w.calls.push({ order, resolve, reject }));
        },
        terminate() {
          w.terminated = true;
        },
      };
      workers.push(w);
      return w;
    },
  };
}

export const okResponse = (r: EvaluationResult, explanation = 'explained'): EvaluateBasketResponse => ({ ok: true, value: r, explanation, solver: 'reference' });
