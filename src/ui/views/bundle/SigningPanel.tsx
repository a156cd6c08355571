import { createResource, createSignal, onMount, Show } from 'solid-js';
import { exportPrivateKeyPem, keyFingerprint, publicKeyPem } from '../../../bundle/signature.ts';
import type { Problem } from '../../../domain/problem.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import {
  createSigningKey, forgetSigningKey, importSigningKeyText, loadSigningKey, requireSignature, setRequireSignature, signingKey,
} from './signing-store.ts';
import './signing.css';

function download(text: string, fileName: string, type = 'application/x-pem-file') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Signing: create or import an Ed25519 key; exports are then signed with it, and imports trust it.
 * The public key file is what a till or service passes to `promo --public-key` or `loadBundle`.
 */
export function SigningPanel() {
  const [problems, setProblems] = createSignal<readonly Problem[]>([]);
  const [fingerprint] = createResource(() => signingKey()?.publicKey, (k) => keyFingerprint(k));
  onMount(() => void loadSigningKey());

  async function onImport(file: File | undefined) {
    if (file === undefined) return;
    setProblems(await importSigningKeyText(await file.text()));
  }

  return (
    <section class="card" aria-labelledby="signing-title">
      <h3 id="signing-title">Signing</h3>
      <Show
        when={signingKey()}
        fallback={
          <>
            <p class="muted">
              Sign exported bundles so tills and services can refuse a file that was altered or did not come from you. The key stays in this
              browser.
            </p>
            <div class="toolbar">
              <button type="button" class="btn btn-primary" onClick={() => void createSigningKey()}>
                Create a signing key
              </button>
              <label class="btn">
                Import a private key…
                <input type="file" accept=".pem,.key,text/plain" class="visually-hidden" onChange={(e) => void onImport(e.currentTarget.files?.[0])} />
              </label>
            </div>
          </>
        }
      >
        {(k) => (
          <>
            <dl class="facts">
              <dt>Key</dt>
              <dd>
                Ed25519 <code>{fingerprint() ?? '…'}</code>
              </dd>
              <dt>Public key</dt>
              <dd>
                <code class="break">{k().publicKey}</code>
              </dd>
            </dl>
            <p class="muted">Exports are signed with this key. Give the public key to whoever runs the bundles.</p>
            <div class="toolbar">
              <button type="button" class="btn" onClick={() => download(publicKeyPem(k().publicKey), 'promo-signing-public.pem')}>
                Download public key
              </button>
              <button type="button" class="btn" onClick={() => void exportPrivateKeyPem(k()).then((pem) => download(pem, 'promo-signing-private.pem'))}>
                Back up private key
              </button>
              <button type="button" class="btn btn-ghost" onClick={() => void forgetSigningKey()}>
                Forget key
              </button>
            </div>
            <label class="inline-check">
              <input type="checkbox" checked={requireSignature()} onChange={(e) => setRequireSignature(e.currentTarget.checked)} />
              Import only bundles signed with this key
            </label>
          </>
        )}
      </Show>
      <Show when={problems().length > 0}>
        <ProblemList problems={problems()} label="Key problems" />
      </Show>
    </section>
  );
}
