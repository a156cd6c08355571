import { fail, ok, problem } from '../../domain/problem.ts';
import { firstNonJson } from '../../storage/plain-json.ts';
import type { WorkspaceBackend } from '../../storage/types.ts';
import { writeFailure } from '../../storage/workspace-store.ts';
import type { WorkspaceDrafts } from './workspace-store-api.ts';

/**
 * Drafts of whichever workspace is open when each call is made: `openId()` is read per call, so a
 * switch never writes one workspace's working copy into another.
 * @example const drafts = makeWorkspaceDrafts(backend, currentId, () => new Date())
 */
export function makeWorkspaceDrafts(backend: Promise<WorkspaceBackend>, openId: () => string | undefined, now: () => Date): WorkspaceDrafts {
  return {
    async readDraft(key) {
      const id = openId();
      return id === undefined ? undefined : (await backend).readDraft(id, key);
    },
    async writeDraft(key, json) {
      const id = openId();
      if (id === undefined) return fail([problem('workspace-not-ready', 'the workspace is still opening; try again in a moment')]);
      const bad = firstNonJson(json);
      if (bad !== undefined) return fail([problem('storage-not-json', 'only plain JSON can be stored', bad)]);
      try {
        await (await backend).writeDraft(id, key, json, now().toISOString());
      } catch (e) {
        return fail([writeFailure(e)]);
      }
      return ok(undefined);
    },
    async deleteDraft(key) {
      const id = openId();
      if (id !== undefined) await (await backend).deleteDraft(id, key);
    },
    async listDrafts() {
      const id = openId();
      return id === undefined ? [] : (await backend).listDrafts(id);
    },
  };
}
