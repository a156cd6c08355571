/**
 * Registers the service worker of the built app (vite-plugins/service-worker.ts) and tracks a new
 * version waiting to take over. Not in `vite dev` (no sw.js there, and hot reload must not be
 * cached). A registration that fails (a browser that blocks service workers, as Playwright's
 * other specs do) leaves the app working online as before.
 */
import { createSignal } from 'solid-js';

const [waiting, setWaiting] = createSignal<ServiceWorker>();
let userAskedToReload = false;

/** A new version is installed and waits for the user (the update prompt shows). */
export const updateReady = (): boolean => waiting() !== undefined;

/** The user accepted: the waiting worker takes over, and the page reloads once it controls it. */
export function applyUpdate(): void {
  const w = waiting();
  if (w === undefined) return;
  userAskedToReload = true;
  w.postMessage({ kind: 'skip-waiting' });
}

/** The user chose "Later": the new version takes over on the next visit. */
export function dismissUpdate(): void {
  setWaiting(undefined);
}

/** @example if (import.meta.env.PROD) void registerServiceWorker() */
export async function registerServiceWorker(url = './sw.js'): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const sw = navigator.serviceWorker;
    const reg = await sw.register(url, { scope: './' });
    // Only a worker that arrives while another controls the page is an update; the first install is not.
    const watch = (w: ServiceWorker | null): void => {
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed' && sw.controller !== null) setWaiting(w);
      });
    };
    if (reg.waiting !== null && sw.controller !== null) setWaiting(reg.waiting);
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    // The first install also claims the page (controllerchange); reload only when the user asked.
    sw.addEventListener('controllerchange', () => {
      if (userAskedToReload) window.location.reload();
    });
  } catch {
    // Blocked or unsupported: online use is unaffected.
  }
}
