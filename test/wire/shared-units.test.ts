import { describe, expect, it } from 'vitest';
import { DealTable, SectionWriter, encodeLevel } from '../../src/wire/index.ts';
import { FREE, buys, line, makeLevel, usd } from '../support/solver-factories.ts';
import { decodeLevelSections } from './reference-decoder.ts';

describe('levels sharing one units array (its product codes are kept for the next level)', () => {
  it('each level carries its own availability; units and product ranks are the same', () => {
    const base = makeLevel([...line(2, usd(3), 'B', 0), ...line(2, usd(4), 'A', 1)], [{ id: 'P', tiers: [{ threshold: buys(2), reward: FREE }] }]);
    const availabilities = [[true, true, true, true], [false, true, false, true], [true, false, true, false]];
    const w = new SectionWriter();
    const deals = new DealTable();
    for (const available of availabilities) encodeLevel(w, deals, { ...base, available });
    const { i32, i64 } = w.sections();
    const at = { i32: 0, i64: 0 };
    for (const available of availabilities) {
      const d = decodeLevelSections(i32, i64, at);
      expect(d.units.map((u) => u.available)).toEqual(available);
      expect(d.units.map((u) => [u.line, u.unit, u.price])).toEqual(base.units.map((u) => [u.line, u.unit, u.price]));
      // Product codes compare as the ids do: 'A' (line 1) before 'B' (line 0), equal within a line.
      const [b0, b1, a0, a1] = d.units.map((u) => u.product);
      expect([b0 === b1, a0 === a1, a0! < b0!]).toEqual([true, true, true]);
    }
  });
});
