import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runs } from '../support/fc-runs.ts';
import { hostileScript, scriptHolds } from './hostile.ts';

describe('hostile scripts (short run; npm run fuzz runs long)', () => {
  it('check and run never throw; errors carry known codes and ranges; outputs print as JSON', () => {
    fc.assert(fc.property(hostileScript, scriptHolds), runs(150));
  });
});
