import { describe, expect, it } from 'vitest';
import { BundleSchema } from '../../../src/domain/bundle.ts';
import { makeDescribeContext } from '../../../src/ui/describe/context.ts';
import { describePromotion } from '../../../src/ui/describe/describe-promotion.ts';
import type { WordsNode } from '../../../src/ui/describe/describe-condition.ts';
import { sampleTexts } from '../../support/sample-files.ts';

const texts = (n: WordsNode): string[] => (n.kind === 'leaf' ? [n.text] : [n.text, ...n.children.flatMap(texts)]);

describe('every sample promotion in words', () => {
  const bundle = BundleSchema.parse(JSON.parse(sampleTexts().bundle));
  const ctx = makeDescribeContext(bundle);
  it.each(bundle.promotions.map((p) => [p.id, p] as const))('%s reads without gaps', (_id, p) => {
    const w = describePromotion(p, ctx);
    const all = [w.headline, w.kind, w.trigger, w.schedule, ...w.scope, ...w.items, ...w.limits, w.concurrency,
      ...w.customerFilters.flatMap(texts), ...(w.conditions ? texts(w.conditions) : [])];
    expect(w.headline.length).toBeGreaterThan(0);
    // An id the catalog does not know is quoted by the context; "undefined"/"NaN" would be a describing bug.
    for (const t of all) expect(t).not.toMatch(/undefined|NaN|\[object/);
  });
});
