import type { Prefs, WorkspaceBackend, WorkspaceSnapshot } from './types.ts';

export interface MemoryBackendOptions {
  /** Simulated quota: a write whose JSON is longer than this rejects like a full disk. */
  readonly maxChars?: number;
}

/**
 * A backend in memory: for tests, and the fallback when IndexedDB is unavailable (some private
 * browsing modes), so the app still runs, without persistence.
 * @example const backend = makeMemoryBackend({ maxChars: 10_000 })
 */
export function makeMemoryBackend(options: MemoryBackendOptions = {}): WorkspaceBackend {
  let snapshot: string | undefined;
  const prefs = new Map<string, unknown>();
  return {
    async read() {
      return snapshot === undefined ? undefined : (JSON.parse(snapshot) as WorkspaceSnapshot);
    },
    async write(next) {
      const text = JSON.stringify(next);
      if (options.maxChars !== undefined && text.length > options.maxChars) {
        throw new DOMException('the workspace does not fit in storage', 'QuotaExceededError');
      }
      snapshot = text;
    },
    async readPref<K extends keyof Prefs>(key: K) {
      return prefs.get(key) as Prefs[K] | undefined;
    },
    async writePref(key, value) {
      if (value === undefined) prefs.delete(key);
      else prefs.set(key, value);
    },
  };
}
