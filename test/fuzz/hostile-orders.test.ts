import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runs } from '../support/fc-runs.ts';
import { hostileOrder, orderHolds } from './hostile.ts';

describe('hostile orders (short run; npm run fuzz runs long)', () => {
  it('are refused with located problems, or evaluate without throwing inside their budget', () => {
    fc.assert(fc.property(hostileOrder, (o) => orderHolds(o)), runs(200));
  });
});
