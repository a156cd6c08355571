import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { detectVersion, migrate } from '../../src/bundle/migrations.ts';
import { computeRevision } from '../../src/bundle/revision.ts';
import { bundleText, makeBundle } from '../support/bundle-factories.ts';

/** The fixture as the pre-release (v0) workbench wrote it: promotions were called `discounts`. */
function makeV0(): Record<string, unknown> {
  const { promotions, ...rest } = makeBundle();
  return { ...rest, formatVersion: 0, discounts: promotions };
}

describe('format version 0 → 1 migration', () => {
  it('detects the version', () => {
    expect(detectVersion(makeV0())).toEqual({ ok: true, value: 0 });
    expect(detectVersion(makeBundle())).toEqual({ ok: true, value: 1 });
  });

  it('renames discounts to promotions and bumps the version', () => {
    const r = migrate(makeV0(), 0);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.value).toEqual(makeBundle());
      expect(r.value.applied.map((m) => [m.from, m.to])).toEqual([[0, 1]]);
    }
  });

  it('imports a stamped v0 file: its revision is checked as written, then dropped', async () => {
    const text = await bundleText(makeV0());
    const r = await importBundle(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.formatVersion).toBe(1);
      expect(r.value.promotions.map((p) => p.id)).toEqual(makeBundle().promotions.map((p) => p.id));
      expect(r.value.revision).toBeUndefined();
      expect(r.problems?.map((p) => [p.code, p.severity])).toEqual([['bundle-migrated', 'info']]);
    }
  });

  it('a v0 file edited after export fails its revision check', async () => {
    const v0 = makeV0();
    const stamped = { ...v0, revision: await computeRevision({ ...v0, name: 'Other' }) };
    const r = await importBundle(JSON.stringify(stamped));
    expect(r.ok).toBe(false);
    expect(r.problems?.map((p) => p.code)).toEqual(['revision-mismatch', 'bundle-migrated']);
  });

  it('refuses a v0 file holding both discounts and promotions', async () => {
    const r = await importBundle(JSON.stringify({ ...makeV0(), promotions: [] }));
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([
      ['migration-conflict', '$.promotions'],
      ['revision-missing', '$.revision'],
    ]);
  });
});
