/**
 * The user's bundle-signing key in this browser: one Ed25519 key pair kept in its own small
 * IndexedDB database (CryptoKey objects survive structured cloning, so the private key is never
 * written out as text unless the user downloads it). Separate from the workspace database: a key
 * belongs to the person, not to a workspace, and deleting a workspace must not lose it.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { createSignal } from 'solid-js';
import { generateSigningKey, importSigningKey, type SigningKey } from '../../../bundle/signature.ts';
import type { Problem } from '../../../domain/problem.ts';

const DB = 'promo-workbench-signing';
const STORE = 'keys';
const OWN = 'own';

const [key, setKey] = createSignal<SigningKey>();
const [requireSignature, setRequireSignature] = createSignal(false);
/** The key exports are signed with, once loaded. */
export const signingKey = key;
/** Import refuses bundles not signed by this browser's key (session setting). */
export { requireSignature, setRequireSignature };

let db: Promise<IDBPDatabase> | undefined;
const open = (): Promise<IDBPDatabase> => (db ??= openDB(DB, 1, { upgrade: (d) => void d.createObjectStore(STORE) }));

/** Reads the stored key once; without IndexedDB the key lives for the session only. */
export async function loadSigningKey(): Promise<void> {
  try {
    const stored = (await (await open()).get(STORE, OWN)) as SigningKey | undefined;
    if (stored !== undefined) setKey(stored);
  } catch {
    /* no IndexedDB: nothing stored */
  }
}

async function keep(k: SigningKey | undefined): Promise<void> {
  setKey(k);
  try {
    const d = await open();
    if (k === undefined) await d.delete(STORE, OWN);
    else await d.put(STORE, k, OWN);
  } catch {
    /* session only */
  }
}

/** Creates a fresh key pair and keeps it. */
export async function createSigningKey(): Promise<void> {
  await keep(await generateSigningKey());
}

/** Keeps a private key from PKCS#8 PEM text; problems say why not. */
export async function importSigningKeyText(text: string): Promise<readonly Problem[]> {
  const r = await importSigningKey(text);
  if (!r.ok) return r.problems;
  await keep(r.value);
  return [];
}

export async function forgetSigningKey(): Promise<void> {
  await keep(undefined);
}
