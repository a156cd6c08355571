import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runs } from '../support/fc-runs.ts';
import { bundleHolds, hostileBundleText } from './hostile.ts';

describe('hostile bundles (short run; npm run fuzz runs long)', () => {
  it('import never throws and every refusal names a code, a message and a path', async () => {
    await fc.assert(fc.asyncProperty(hostileBundleText, bundleHolds), runs(150));
  });
});
