import { describe, expect, it } from 'vitest';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { DealTable, SectionWriter, encodeLevel } from '../../src/wire/index.ts';
import { makeUnits } from '../support/solver-factories.ts';
import { decodeLevelSections } from './reference-decoder.ts';

const level = (products: readonly string[]): SolveInput => {
  const units = makeUnits(products.map((product) => ({ product, price: 100n })));
  return { units, available: units.map(() => true), promotions: [], policy: 'bestDeal', searchBudget: 10 };
};

/** The encoded product numbers of each unit, from one level encoded alone. */
function encodedProducts(products: readonly string[]): number[] {
  const w = new SectionWriter();
  encodeLevel(w, new DealTable(), level(products));
  const { i32, i64 } = w.sections();
  return decodeLevelSections(i32, i64, { i32: 0, i64: 0 }).units.map((u) => u.product);
}

const many = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, k) => `${prefix}${String(k).padStart(3, '0')}`);

// The encoder keeps product codes across calls (sorted codes for ids it has seen, a level's own
// sort when an id is newer than its last re-sort): the steps run in order, so each step meets
// the codes the earlier ones left.
const steps: readonly { readonly name: string; readonly products: readonly string[] }[] = [
  { name: 'first level: every id new', products: ['pear', 'apple', 'pear', 'fig'] },
  { name: 'a hundred ids (a re-sort)', products: many('m', 100) },
  { name: 'known ids only, out of order', products: ['m050', 'apple', 'm007', 'pear', 'm050', 'fig'] },
  { name: 'one new id between known ones (no re-sort)', products: ['m051', 'm050a', 'm050', 'apple'] },
  { name: 'known ids again after that level', products: ['m050', 'm051', 'fig', 'm049', 'pear'] },
  { name: 'the once-new id with its neighbours', products: ['m050a', 'm051', 'm050', 'm050a'] },
  { name: 'ids that sort before and after all others', products: ['zz', '', 'A', 'm000', 'zz'] },
];

describe('encoded product numbers compare as the product ids do, whatever the encoder saw before', () => {
  it.each(steps)('$name', ({ products }) => {
    const got = encodedProducts(products);
    for (let a = 0; a < products.length; a++) {
      for (let b = 0; b < products.length; b++) {
        const x = products[a]!;
        const y = products[b]!;
        expect(Math.sign(got[a]! - got[b]!), `${x} vs ${y}`).toBe(x === y ? 0 : x < y ? -1 : 1);
      }
    }
  });
});

describe('the interner is cleared past 262,144 ids and still orders every level', () => {
  it('a level of 262,145 distinct ids, then a small one: codes compare as the ids do in both', async () => {
    const { internedIds, rankProducts } = await import('../../src/wire/product-codes.ts');
    const ids = Array.from({ length: 262_145 }, (_, k) => `z${String(262_145 - k).padStart(7, '0')}`);
    const big = makeUnits(ids.map((product) => ({ product, price: 1n })));
    const codes = Array.from(rankProducts(big));
    // The ids were made in descending order: the codes must descend too, all distinct.
    for (let u = 1; u < codes.length; u++) expect(codes[u]! < codes[u - 1]!).toBe(true);
    const small = ['b', 'z0000001', 'a', 'b'];
    expect(Array.from(rankProducts(makeUnits(small.map((product) => ({ product, price: 1n }))))).map((c, _i, all) => Math.sign(c - all[0]!))).toEqual([0, 1, -1, 0]);
    // The small level found the interner over its bound and started it afresh.
    expect(internedIds()).toBe(3);
  });
});
