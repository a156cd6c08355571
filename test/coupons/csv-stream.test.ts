import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCouponCsv } from '../../src/coupons/csv-reader.ts';
import { readCouponStream } from '../../src/coupons/csv-stream.ts';
import { runs } from '../support/fc-runs.ts';

/** The bytes of `text` cut at the given offsets (a multi-byte character may be cut in half). */
function streamOf(text: string, cuts: readonly number[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    pieces.push(bytes.slice(from, p));
    from = p;
  }
  return new ReadableStream({
    start(controller) {
      pieces.forEach((p) => controller.enqueue(p));
      controller.close();
    },
  });
}

const cell = fc.oneof(fc.constantFrom('', 'true', 'no', '3', 'unlimited', '01/02/2026', '31/02/2026', 'x'), fc.string({ maxLength: 6 }));
const line = fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','));
const file = fc.tuple(fc.constantFrom('CouponCode,IsActive,MaximumUsage,UsageCount,FirstUsage,LastUsage', 'CouponCode', 'LastUsage,CouponCode'), fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
  .map(([header, lines, nl]) => [header, ...lines].join(nl) + nl);

describe('coupon CSV: reading a stream in pieces gives what reading the whole text gives', () => {
  it('for any file and any cut points, quotes and multi-byte characters included', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.array(fc.nat(400), { maxLength: 8 }), async (text, cuts) => {
        expect(await readCouponStream(streamOf(text, cuts))).toEqual(parseCouponCsv(text));
      }),
      runs(300),
    );
  });

  it('a quoted code holding a line break is one cell, cut anywhere', async () => {
    const text = 'CouponCode,IsActive\n"A,""1""",true\n\nB€,false\n';
    for (let cut = 0; cut <= new TextEncoder().encode(text).length; cut++) {
      const r = await readCouponStream(streamOf(text, [cut]));
      expect(r).toEqual({ ok: true, value: [{ row: 2, code: 'A,"1"', active: true }, { row: 4, code: 'B€', active: false }], problems: [] });
    }
  });
});
