/**
 * What the promotion editor hands the what-if panel: the saved bundle with the promotion being
 * edited put in (pure), and that bundle named by its revision (reactive). Because the revision
 * names the content, undoing back to the saved promotion gives the saved revision again and
 * every answer comes from the "before" cache.
 */
import { createEffect, createSignal, getOwner, onCleanup, type Accessor } from 'solid-js';
import { computeRevision } from '../../bundle/revision.ts';
import type { BundleVersion } from './create-what-if.ts';

/**
 * The bundle (input form) with `promotion` in place of the one with id `replacing` (default: the
 * promotion's own id), or appended when there is none — a new promotion.
 * @example bundleWithPromotion(saved, { ...snacks, priority: 2 }).promotions.find((p) => p.id === 'snacks-b2g1').priority // 2
 */
export function bundleWithPromotion(bundle: unknown, promotion: unknown, replacing?: string): Record<string, unknown> {
  const b = (bundle ?? {}) as Record<string, unknown>;
  const id = replacing ?? (promotion as { id?: unknown } | undefined)?.id;
  const list = Array.isArray(b['promotions']) ? (b['promotions'] as unknown[]) : [];
  const at = list.findIndex((p) => (p as { id?: unknown } | undefined)?.id === id);
  const promotions = at < 0 ? [...list, promotion] : list.map((p, i) => (i === at ? promotion : p));
  return { ...b, promotions };
}

/**
 * A bundle input named by its revision, recomputed (Web Crypto, asynchronous) when the input
 * changes; an older computation that finishes late is dropped. Undefined while the input is
 * undefined; until the first revision is known; and again while a newer one is computed, so a
 * comparison never runs on a revision that does not name the content.
 * @example const after = createBundleVersion(() => (valid() ? bundleWithPromotion(saved(), wc.value()) : undefined)); <WhatIfPanel before={saved} after={after()} />
 */
export function createBundleVersion(input: Accessor<unknown>, revisionOf: (bundle: object) => Promise<string> = computeRevision): Accessor<BundleVersion | undefined> {
  const [version, setVersion] = createSignal<BundleVersion>();
  let generation = 0;
  createEffect(() => {
    const value = input();
    const mine = ++generation;
    setVersion(undefined);
    if (value === undefined || value === null || typeof value !== 'object') return;
    void revisionOf(value).then((revision) => {
      if (mine === generation) setVersion({ input: value, revision });
    });
  });
  if (getOwner()) onCleanup(() => generation++);
  return version;
}
