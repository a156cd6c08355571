import { createMemo, createSignal, For, Show } from 'solid-js';
import { checkProfile, EXPORT_PROFILES, exportBundle, isExportProfile, type ExportProfile } from '../../../bundle/export.ts';
import type { Bundle } from '../../../domain/bundle.ts';
import type { Problem } from '../../../domain/problem.ts';
import { useWorkspace } from '../../state/workspace-context.ts';
import { bundleWithStoredCodes } from '../../../coupons/bundle-codes.ts';
import { sharedCouponStore } from '../../../storage/coupon-db-shared.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { signingKey } from './signing-store.ts';

const PROFILE_WORDS: Readonly<Record<ExportProfile, string>> = {
  full: 'Full — everything the workbench can express',
  staticOnly: 'Static only — plain % or amount off, no thresholds or tiers',
  mirrored: 'Mirrored — every promotion carries its external id',
};

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click has started the download synchronously; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const fileNameOf = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'bundle'}.bundle.json`;

/** Export the workspace for a target profile: violations name promotion and feature; otherwise a download. */
export function ExportPanel() {
  const ws = useWorkspace();
  const [profile, setProfile] = createSignal<ExportProfile>('full');
  const [outcome, setOutcome] = createSignal<{ readonly ok: boolean; readonly text: string; readonly problems: readonly Problem[] }>();
  // The saved baskets travel with the bundle as its test baskets.
  const bundle = createMemo((): Bundle | undefined => {
    const w = ws.current();
    return w === undefined ? undefined : { ...w.bundle, baskets: w.baskets };
  });
  const violations = createMemo(() => {
    const b = bundle();
    return b === undefined ? [] : checkProfile(b, profile());
  });

  async function onExport() {
    const b = bundle();
    if (b === undefined) return;
    // Codes kept in the coupon store leave with the bundle, in its one `coupons` list.
    const id = ws.currentId();
    const full = id === undefined ? b : await bundleWithStoredCodes(b, (await sharedCouponStore()).store, id);
    const key = signingKey();
    const r = await exportBundle(full, profile(), undefined, key);
    if (!r.ok) {
      setOutcome({ ok: false, text: 'Not exported: the bundle does not fit the profile.', problems: r.problems });
      return;
    }
    const name = fileNameOf(b.name);
    download(r.value, name);
    setOutcome({ ok: true, text: `Exported ${name} (${profile()}${key === undefined ? '' : ', signed'}).`, problems: [] });
  }

  return (
    <section class="card" aria-labelledby="export-title">
      <h3 id="export-title">Export</h3>
      <div class="toolbar">
        <select
          class="input"
          aria-label="Export profile"
          value={profile()}
          onChange={(e) => {
            if (isExportProfile(e.currentTarget.value)) setProfile(e.currentTarget.value);
            setOutcome(undefined);
          }}
        >
          <For each={EXPORT_PROFILES}>{(p) => <option value={p}>{PROFILE_WORDS[p]}</option>}</For>
        </select>
        <button type="button" class="btn btn-primary" onClick={() => void onExport()} disabled={bundle() === undefined}>
          Export bundle
        </button>
      </div>
      <Show
        when={violations().length > 0}
        fallback={<p class="muted">Every promotion fits the {profile()} profile.</p>}
      >
        <p class="notice notice-warn">
          {violations().length} feature(s) in this workspace cannot run on a {profile()} target:
        </p>
        <ProblemList problems={violations()} label="Profile violations" />
      </Show>
      <Show when={outcome()}>
        {(o) => (
          <p class={`notice ${o().ok ? 'notice-ok' : 'notice-error'}`} role="status">
            {o().text}
          </p>
        )}
      </Show>
    </section>
  );
}
