import type { Workspace } from '../../../storage/workspace-store.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { SigningPanel } from './SigningPanel.tsx';

/** The workspace as a file: what it holds, import a replacement, export for a target. */
export function BundleView(props: { readonly workspace: Workspace }) {
  const b = () => props.workspace.bundle;
  const rec = () => props.workspace.snapshot.workspace;
  return (
    <section class="pane pane-full" aria-labelledby="bundle-title">
      <div class="pane-head">
        <h2 id="bundle-title">Bundle</h2>
      </div>
      <div class="bundle-grid">
        <section class="card" aria-labelledby="summary-title">
          <h3 id="summary-title">Current workspace</h3>
          <dl class="facts">
            <dt>Name</dt>
            <dd>{b().name}</dd>
            <dt>Revision</dt>
            <dd>
              <code class="break">{rec().revision}</code>
            </dd>
            <dt>Saved</dt>
            <dd>{rec().savedAt.replace('T', ' ').slice(0, 19)} UTC</dd>
            <dt>Currency · zone</dt>
            <dd>
              {b().currency} · {b().timeZone}
            </dd>
            <dt>Reward policy</dt>
            <dd>{b().settings.rewardPolicy === 'bestDeal' ? 'Best deal for the customer' : 'Cheapest in transaction (POS)'}</dd>
            <dt>Contents</dt>
            <dd>
              {b().promotions.length} promotions · {b().products.length} products · {b().coupons.length} coupon codes ·{' '}
              {b().scripts.length} scripts · {props.workspace.baskets.length} saved baskets
            </dd>
          </dl>
        </section>
        <ImportPanel />
        <ExportPanel />
        <SigningPanel />
      </div>
    </section>
  );
}
