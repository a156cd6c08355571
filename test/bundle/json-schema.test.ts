import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundleJsonSchemaText } from '../../src/domain/json-schema.ts';
import { makeBundle } from '../support/bundle-factories.ts';

const SCHEMA_FILE = new URL('../../public/schema/bundle-v1.schema.json', import.meta.url);
const committed = (): string => readFileSync(SCHEMA_FILE, 'utf8');

describe('published bundle JSON Schema', () => {
  it('the committed file equals freshly generated output (run `npm run schema` if this fails)', () => {
    expect(committed()).toBe(bundleJsonSchemaText());
  });

  it('is compact: recursive and shared schemas are referenced from $defs', () => {
    const schema = JSON.parse(committed()) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Condition', 'AttributeFilter', 'Money', 'Promotion']));
    expect(committed().length).toBeLessThan(80_000);
  });

  // No ajv: the published file is read back into a zod schema with z.fromJSONSchema, which
  // proves the file itself (not the domain schema it came from) accepts and rejects bundles.
  const published = () => z.fromJSONSchema(JSON.parse(committed()) as Parameters<typeof z.fromJSONSchema>[0]);

  it('accepts the fixture bundle', () => {
    const r = published().safeParse(makeBundle());
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['an unknown key', (b: Record<string, unknown>) => ({ ...b, colour: 'red' })],
    ['a bad money string', (b: Record<string, unknown>) => ({ ...b, products: [{ id: 'x', name: 'X', price: '1,50' }] })],
    ['a bad condition deep in the tree', (b: Record<string, unknown>) => ({
      ...b,
      promotions: [{ id: 'p', name: 'P', rule: { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '1' } },
        conditions: { kind: 'all', of: [{ kind: 'not', of: { kind: 'leaf', field: 'nope', op: 'eq' } }] } }],
    })],
  ])('rejects a bundle with %s', (_name, corrupt) => {
    expect(published().safeParse(corrupt(makeBundle() as Record<string, unknown>)).success).toBe(false);
  });
});
