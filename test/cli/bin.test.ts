import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleText } from '../support/bundle-factories.ts';
import { ensureNodeBuild } from '../support/node-build.ts';

beforeAll(ensureNodeBuild, 300_000);

const BIN = fileURLToPath(new URL('../../bin/promo.mjs', import.meta.url));

describe('bin/promo.mjs', () => {
  it('runs `promo validate` as a real process from the built JavaScript', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promo-bin-'));
    writeFileSync(join(dir, 'bundle.json'), await bundleText());
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'validate', 'bundle.json'], { cwd: dir });
    expect(stdout).toMatch(/^ok: Corner Shop \(6 promotions, revision [0-9a-f]{12}\)\n$/);
  });
});
