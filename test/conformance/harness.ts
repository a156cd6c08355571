import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Bundle, EvaluationResult, LedgerState, Order } from '../../src/domain/index.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BundleSchema, LedgerStateSchema, OrderSchema } from '../../src/domain/index.ts';

/**
 * Conformance scenarios (SPEC §12) shared by every engine: a file holds a default bundle and
 * cases, each an order (optionally its own bundle and state) with expectations. Bundles in
 * scenario files omit the format header, name, currency (USD) and time zone (UTC) unless needed.
 */
export interface Engine {
  readonly name: string;
  evaluate(bundle: Bundle, order: Order, state: LedgerState): EvaluationResult;
}

const ExpectedSchema = z.strictObject({
  promotionSaving: z.string().optional(),
  customerPriceSaving: z.string().optional(),
  net: z.string().optional(),
  /** Line id → that line's promotion saving. */
  lines: z.record(z.string(), z.string()).optional(),
  /** Promotion id → 'applied' or the reason code. */
  promotions: z.record(z.string(), z.string()).optional(),
  /** Promotion id → the near miss's `missing` text. */
  missing: z.record(z.string(), z.string()).optional(),
  /** Promotion id → text its outcome message contains. */
  messageContains: z.record(z.string(), z.string()).optional(),
  /** Entered code → status. */
  coupons: z.record(z.string(), z.string()).optional(),
});

const BundlePartSchema = z.record(z.string(), z.unknown());

const CaseSchema = z.strictObject({
  name: z.string(),
  /** Why the expectation is what it is (hand calculation). */
  note: z.string().optional(),
  bundle: BundlePartSchema.optional(),
  order: z.unknown(),
  state: z.unknown().optional(),
  expected: ExpectedSchema,
});

export const ScenarioSchema = z.strictObject({
  name: z.string(),
  spec: z.string().optional(),
  bundle: BundlePartSchema.optional(),
  cases: z.array(CaseSchema).min(1),
});
export type Scenario = z.output<typeof ScenarioSchema>;

export function loadScenarios(dir = join(import.meta.dirname, 'scenarios')): { file: string; scenario: Scenario }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, scenario: ScenarioSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));
}

function bundleFrom(part: Record<string, unknown>): Bundle {
  return BundleSchema.parse({ format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, name: 'scenario', currency: 'USD', timeZone: 'UTC', ...part });
}

export interface CaseReport {
  readonly name: string;
  /** Human-readable mismatches; empty when the case passes. */
  readonly mismatches: readonly string[];
}

/**
 * Runs every case of a scenario through `engine` and lists what differs from the expectations.
 * @example runScenario(referenceEngine, scenario).flatMap((c) => c.mismatches) // []
 */
export function runScenario(engine: Engine, scenario: Scenario): CaseReport[] {
  return scenario.cases.map((c) => {
    const part = c.bundle ?? scenario.bundle;
    if (part === undefined) return { name: c.name, mismatches: ['the case has no bundle'] };
    const bundle = bundleFrom(part);
    const order = OrderSchema.parse(c.order);
    const state = LedgerStateSchema.parse(c.state ?? {});
    const r = engine.evaluate(bundle, order, state);
    const out: string[] = [];
    const check = (what: string, actual: unknown, expected: unknown): void => {
      if (actual !== expected) out.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    };
    const e = c.expected;
    if (e.promotionSaving !== undefined) check('promotionSaving', r.totals.promotionSaving, e.promotionSaving);
    if (e.customerPriceSaving !== undefined) check('customerPriceSaving', r.totals.customerPriceSaving, e.customerPriceSaving);
    if (e.net !== undefined) check('net', r.totals.net, e.net);
    for (const [lineId, saving] of Object.entries(e.lines ?? {})) {
      check(`line ${lineId} promotionSaving`, r.lines.find((l) => l.lineId === lineId)?.promotionSaving, saving);
    }
    for (const [id, status] of Object.entries(e.promotions ?? {})) {
      const o = r.promotions.find((x) => x.promotionId === id);
      check(`promotion ${id}`, o === undefined ? undefined : o.status === 'applied' ? 'applied' : o.reason, status);
    }
    for (const [id, missing] of Object.entries(e.missing ?? {})) {
      const o = r.promotions.find((x) => x.promotionId === id);
      check(`promotion ${id} missing`, o?.status === 'notApplied' ? o.missing : undefined, missing);
    }
    for (const [id, text] of Object.entries(e.messageContains ?? {})) {
      const message = r.promotions.find((x) => x.promotionId === id)?.message ?? '';
      if (!message.includes(text)) out.push(`promotion ${id} message ${JSON.stringify(message)} lacks ${JSON.stringify(text)}`);
    }
    for (const [code, status] of Object.entries(e.coupons ?? {})) {
      check(`code ${JSON.stringify(code)}`, r.coupons.find((x) => x.code === code)?.status, status);
    }
    return { name: c.name, mismatches: out };
  });
}
