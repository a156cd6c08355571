import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { computeRevision } from '../../../src/bundle/revision.ts';
import { bundleWithPromotion, createBundleVersion } from '../../../src/ui/simulator/edited-bundle.ts';
import { simBundleInput } from '../../support/simulator-factories.ts';

const promo = (id: string, priority = 1) => ({ id, name: id, priority });
const ids = (b: Record<string, unknown>) => (b['promotions'] as { id: string; priority: number }[]).map((p) => `${p.id}:${p.priority}`);

describe('bundleWithPromotion', () => {
  it.each([
    { name: 'replaces the promotion with the same id in place', with: promo('b', 5), replacing: undefined, result: ['a:1', 'b:5', 'c:1'] },
    { name: 'appends a new promotion', with: promo('d'), replacing: undefined, result: ['a:1', 'b:1', 'c:1', 'd:1'] },
    { name: 'replaces under its old id when the edit renamed the id', with: promo('b2', 3), replacing: 'b', result: ['a:1', 'b2:3', 'c:1'] },
  ])('$name', (row) => {
    const saved = { name: 'x', promotions: [promo('a'), promo('b'), promo('c')] };
    expect(ids(bundleWithPromotion(saved, row.with, row.replacing))).toEqual(row.result);
    // The saved bundle is not touched.
    expect(ids(saved)).toEqual(['a:1', 'b:1', 'c:1']);
  });
});

describe('createBundleVersion', () => {
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('names the input by its revision (the workspace one: same content, same revision)', async () => {
    const a = simBundleInput({ name: 'A' });
    const { version, dispose } = createRoot((d) => ({ version: createBundleVersion(() => a), dispose: d }));
    expect(version()).toBeUndefined();
    await settle();
    expect(version()).toEqual({ input: a, revision: await computeRevision(a) });
    dispose();
  });

  it('never applies the revision of an older input that finishes late', async () => {
    const pending = new Map<string, (revision: string) => void>();
    const revisionOf = (bundle: object) => new Promise<string>((resolve) => pending.set((bundle as { name: string }).name, resolve));
    const { version, setInput, dispose } = createRoot((d) => {
      const [input, setInput] = createSignal<unknown>({ name: 'A' });
      return { version: createBundleVersion(input, revisionOf), setInput, dispose: d };
    });
    setInput({ name: 'B' });
    pending.get('B')!('rev-b');
    await settle();
    expect(version()?.revision).toBe('rev-b');
    pending.get('A')!('rev-a');
    await settle();
    expect(version()?.revision).toBe('rev-b');
    // While a newer input's revision is being computed there is no version at all.
    setInput({ name: 'C' });
    expect(version()).toBeUndefined();
    setInput(undefined);
    pending.get('C')!('rev-c');
    await settle();
    expect(version()).toBeUndefined();
    dispose();
  });
});
