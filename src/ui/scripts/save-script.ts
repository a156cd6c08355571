import type { Script } from '../../domain/script.ts';
import type { JsonObject } from '../../storage/types.ts';
import type { Workspace, WorkspaceDraft } from '../../storage/workspace-store.ts';

export interface ScriptEdit {
  readonly id: string;
  readonly name: string;
  readonly extensionPoint: Script['extensionPoint'];
  readonly source: string;
  readonly description?: string;
}

/**
 * The workspace draft with one script saved: replaced in place (its `version` bumped) or appended
 * (version 1). Works on the stored input form, so everything else is written back unchanged.
 * @example await store.replace(draftWithScript(workspace, { id: 'big-basket', name, extensionPoint, source }))
 */
export function draftWithScript(workspace: Workspace, edit: ScriptEdit): WorkspaceDraft {
  const input = workspace.snapshot.workspace.input;
  const scripts = (Array.isArray(input['scripts']) ? input['scripts'] : []) as readonly JsonObject[];
  const index = scripts.findIndex((s) => s['id'] === edit.id);
  const previous = index >= 0 ? workspace.bundle.scripts.find((s) => s.id === edit.id)?.version ?? 1 : 0;
  const saved: JsonObject = {
    ...(index >= 0 ? scripts[index] : {}),
    id: edit.id,
    name: edit.name,
    extensionPoint: edit.extensionPoint,
    version: previous + 1,
    source: edit.source,
    ...(edit.description === undefined ? {} : { description: edit.description }),
  };
  const next = index >= 0 ? scripts.map((s, i) => (i === index ? saved : s)) : [...scripts, saved];
  return { bundle: { ...input, scripts: next }, baskets: workspace.snapshot.baskets.map((b) => b.basket) };
}
