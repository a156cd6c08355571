import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { computeRevision, stampRevision } from '../../src/bundle/revision.ts';

const bundle = { format: 'promo-workbench.bundle', formatVersion: 1, name: 'Shop', promotions: [{ id: 'p1', x: 1.5 }] };

describe('revision', () => {
  it('is the SHA-256 hex of the canonical JSON without revision', async () => {
    const canonical = '{"format":"promo-workbench.bundle","formatVersion":1,"name":"Shop","promotions":[{"id":"p1","x":1.5}]}';
    const expected = createHash('sha256').update(canonical, 'utf8').digest('hex');
    expect(await computeRevision(bundle)).toBe(expected);
  });

  it('is stable under key reordering, whitespace and an existing revision', async () => {
    const reordered = JSON.parse(
      '{ "promotions" : [ { "x": 1.50, "id": "p1" } ],\n  "name": "Shop", "formatVersion": 1,\n "format": "promo-workbench.bundle", "revision": "abc" }',
    ) as object;
    expect(await computeRevision(reordered)).toBe(await computeRevision(bundle));
  });

  it('changes when any value changes', async () => {
    expect(await computeRevision({ ...bundle, name: 'Shop!' })).not.toBe(await computeRevision(bundle));
  });

  it('stampRevision puts the digest after formatVersion and keeps every other member', async () => {
    const stamped = await stampRevision(bundle);
    expect(Object.keys(stamped)).toEqual(['format', 'formatVersion', 'revision', 'name', 'promotions']);
    expect(stamped.revision).toBe(await computeRevision(bundle));
    expect(await computeRevision(stamped)).toBe(stamped.revision);
  });
});
