import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BundleEncoder, DealTable, SectionWriter, compileBundle, encodeLevel, touchesUnits } from '../../src/wire/index.ts';
import { FREE, buys, line, makeLevel, usd } from '../support/solver-factories.ts';
import { asBundle } from '../support/basket-factories.ts';
import { arbitraryWasmLevel } from '../support/wasm-factories.ts';
import { decodeLevelSections } from './reference-decoder.ts';

const level = () => {
  const base = makeLevel([...line(2, usd(5), 'A', 0), ...line(2, usd(7), 'B', 1)], [
    { id: 'on-a', tiers: [{ threshold: buys(2), reward: FREE }] },
    { id: 'nothing', tiers: [{ threshold: buys(2), reward: FREE }] },
    { id: 'on-b', tiers: [{ threshold: buys(2), reward: FREE }] },
  ]);
  // 'nothing' lists no unit; 'on-b' lists only units an earlier level took.
  const ps = base.promotions;
  return { ...base, available: [true, true, false, false], promotions: [{ ...ps[0]!, qualifying: [0, 1] }, { ...ps[1]!, qualifying: [] }, { ...ps[2]!, qualifying: [2, 3] }] };
};

describe('promotions that touch no available unit never cross the wire', () => {
  it('per-call path: only the touching promotion is sent, named by its position', () => {
    const w = new SectionWriter();
    encodeLevel(w, new DealTable(), level());
    const d = decodeLevelSections(w.sections().i32, w.sections().i64);
    expect(d.promotions.map((p) => p.position)).toEqual([0]);
    expect(d.rank).toEqual([0]);
  });

  it('bundle path: the same, as bundle refs; the bundle itself holds all three', () => {
    const { promotions, request } = asBundle(level());
    const bundle = compileBundle(promotions, 'r1');
    const w = new SectionWriter();
    new BundleEncoder(bundle).encode(w, request);
    const d = decodeLevelSections(w.sections().i32, w.sections().i64);
    expect(bundle.promotions).toBe(3);
    expect(d.promotions.map((p) => [p.position, p.ref])).toEqual([[0, request.promotions[0]!.ref]]);
    expect(d.rank).toEqual([]);
  });

  it('random levels: exactly the promotions with an available qualifying or benefit unit are sent', () => {
    fc.assert(
      fc.property(arbitraryWasmLevel(8, 5), (input) => {
        const { promotions, request } = asBundle(input);
        const w = new SectionWriter();
        new BundleEncoder(compileBundle(promotions, 'r')).encode(w, request);
        const d = decodeLevelSections(w.sections().i32, w.sections().i64);
        const expected = input.promotions.flatMap((p, k) =>
          [...p.qualifying, ...p.benefit].some((u) => input.available[u]) ? [k] : []);
        expect(d.promotions.map((p) => p.position)).toEqual(expected);
        expect(input.promotions.map((p) => touchesUnits(p, input.available))).toEqual(input.promotions.map((_, k) => expected.includes(k)));
      }),
      { numRuns: 300, seed: 9 },
    );
  });
});
