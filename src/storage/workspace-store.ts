import { BundleSchema, SavedBasketSchema, type Bundle, type SavedBasket } from '../domain/bundle.ts';
import { fail, jsonPath, ok, problem, type Problem, type Result } from '../domain/problem.ts';
import { computeRevision } from '../bundle/revision.ts';
import { firstNonJson } from './plain-json.ts';
import type { JsonObject, WorkspaceBackend, WorkspaceSnapshot } from './types.ts';

/** A workspace as the app uses it: parsed domain values beside the stored JSON they came from. */
export interface Workspace {
  readonly bundle: Bundle;
  readonly baskets: readonly SavedBasket[];
  readonly snapshot: WorkspaceSnapshot;
}

/** What a workspace is made of before it is validated: JSON as written in files. */
export interface WorkspaceDraft {
  readonly bundle: unknown;
  readonly baskets: readonly unknown[];
}

function zodProblems(code: string, issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: PropertyKey[]): Problem[] {
  return issues.map((i) => problem(code, i.message, jsonPath([...prefix, ...i.path])));
}

/** The stored workspace as input JSON: what `WorkspaceEdit.change` receives. */
export const draftOf = (snapshot: WorkspaceSnapshot): WorkspaceDraft => ({
  bundle: snapshot.workspace.input,
  baskets: snapshot.baskets.map((b) => b.basket),
});

/**
 * Validates a draft and builds the snapshot to store, or every problem found. Nothing is written.
 * The bundle keeps its input form (without `revision`); the revision is computed from it. The
 * serial is 0 here: the write sets it.
 * @example const r = await prepareWorkspace({ bundle: json, baskets: [] }); r.ok && r.value.snapshot.workspace.revision
 */
export async function prepareWorkspace(draft: WorkspaceDraft, now: () => Date = () => new Date()): Promise<Result<Workspace>> {
  const problems: Problem[] = [];
  const nonJson = firstNonJson(draft.bundle);
  if (nonJson !== undefined) problems.push(problem('storage-not-json', 'only plain JSON can be stored', nonJson));
  draft.baskets.forEach((b, i) => {
    const bad = firstNonJson(b, ['baskets', i]);
    if (bad !== undefined) problems.push(problem('storage-not-json', 'only plain JSON can be stored', bad));
  });
  const bundle = BundleSchema.safeParse(draft.bundle);
  if (!bundle.success) problems.push(...zodProblems('workspace-invalid-bundle', bundle.error.issues, []));
  const baskets: SavedBasket[] = [];
  const seen = new Set<string>();
  draft.baskets.forEach((b, i) => {
    const parsed = SavedBasketSchema.safeParse(b);
    if (!parsed.success) {
      problems.push(...zodProblems('workspace-invalid-basket', parsed.error.issues, ['baskets', i]));
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push(problem('workspace-duplicate-basket', `two saved baskets have the id "${parsed.data.id}"`, jsonPath(['baskets', i, 'id'])));
    }
    seen.add(parsed.data.id);
    baskets.push(parsed.data);
  });
  if (problems.length > 0 || !bundle.success) return fail(problems);

  const { revision: _stated, ...input } = draft.bundle as JsonObject;
  const revision = await computeRevision(input);
  const snapshot: WorkspaceSnapshot = {
    workspace: { input, revision, savedAt: now().toISOString(), serial: 0 },
    baskets: draft.baskets.map((b, position) => ({ id: baskets[position]!.id, position, basket: b as JsonObject })),
  };
  return ok({ bundle: bundle.data, baskets, snapshot });
}

export const CONFLICT_MESSAGE = 'another tab saved this workspace first; this change was not written and the newer version is now shown';

/** The problem for a write the browser refused (quota, blocked or closed database). */
export function writeFailure(e: unknown): Problem {
  const quota = e instanceof DOMException && e.name === 'QuotaExceededError';
  return problem(
    quota ? 'storage-quota-exceeded' : 'storage-write-failed',
    `${quota ? 'the browser storage is full' : `the workspace could not be saved (${e instanceof Error ? e.message : String(e)})`}; the previous workspace is unchanged`,
  );
}

/**
 * Validates, then writes bundle and baskets in one atomic compare-and-set write: only when the
 * stored serial is still `expectedSerial` (`undefined`: a new workspace under a free id). On any
 * problem, a conflict (`storage-conflict`) or a failed write (quota, blocked database) nothing
 * changes and the problems say why.
 * @example const r = await writeWorkspace(backend, id, draft, current.snapshot.workspace.serial)
 */
export async function writeWorkspace(
  backend: WorkspaceBackend,
  id: string,
  draft: WorkspaceDraft,
  expectedSerial: number | undefined,
  now: () => Date = () => new Date(),
): Promise<Result<Workspace>> {
  const prepared = await prepareWorkspace(draft, now);
  if (!prepared.ok) return prepared;
  const snapshot: WorkspaceSnapshot = {
    ...prepared.value.snapshot,
    workspace: { ...prepared.value.snapshot.workspace, serial: (expectedSerial ?? 0) + 1 },
  };
  try {
    const outcome = await backend.write(id, snapshot, expectedSerial);
    if (outcome.kind === 'conflict') {
      return fail([problem('storage-conflict', expectedSerial === undefined ? `a workspace with the id "${id}" already exists` : CONFLICT_MESSAGE)]);
    }
  } catch (e) {
    return fail([writeFailure(e)]);
  }
  return ok({ ...prepared.value, snapshot }, prepared.problems);
}

/** Re-reads a stored snapshot into domain values; a snapshot that no longer validates is reported. */
export async function readWorkspace(backend: WorkspaceBackend, id: string): Promise<Result<Workspace> | undefined> {
  const snapshot = await backend.read(id);
  if (snapshot === undefined) return undefined;
  const r = await prepareWorkspace(draftOf(snapshot));
  // Keep the stored record (its savedAt and serial) rather than the re-prepared one.
  return r.ok ? ok({ ...r.value, snapshot }) : r;
}

/** The workspace the app opens, and its id. */
export interface OpenedWorkspace {
  readonly id: string;
  readonly workspace: Workspace;
}

/**
 * Opens the current workspace (the `currentWorkspace` pref, else the first one listed), or on
 * first start (no workspace stored) the embedded sample under a new id, which is then stored.
 * A stored workspace that no longer validates is replaced by the sample and the problems are
 * returned as warnings beside it.
 * @example const r = await openWorkspace(backend, loadSampleDraft, () => crypto.randomUUID())
 */
export async function openWorkspace(
  backend: WorkspaceBackend,
  loadSample: () => Promise<Result<WorkspaceDraft>>,
  newId: () => string,
): Promise<Result<OpenedWorkspace>> {
  const [pref, list] = await Promise.all([backend.readPref('currentWorkspace'), backend.list()]);
  const id = list.find((w) => w.id === pref)?.id ?? list[0]?.id;
  const stored = id === undefined ? undefined : await readWorkspace(backend, id);
  if (id !== undefined && stored?.ok) {
    if (pref !== id) await backend.writePref('currentWorkspace', id);
    return ok({ id, workspace: stored.value });
  }
  const sample = await loadSample();
  if (!sample.ok) return sample;
  const target = id ?? newId();
  const serial = id === undefined ? undefined : (await backend.read(id))?.workspace.serial;
  const written = await writeWorkspace(backend, target, sample.value, serial);
  if (!written.ok) return written;
  await backend.writePref('currentWorkspace', target);
  const opened = { id: target, workspace: written.value };
  if (stored === undefined || stored.ok) return ok(opened);
  const warnings = stored.problems.map((p) => ({ ...p, severity: 'warning' as const, message: `stored workspace: ${p.message}` }));
  return ok(opened, [
    problem('workspace-reset', 'the stored workspace no longer validates; the sample workspace was loaded instead', undefined, 'warning'),
    ...warnings,
  ]);
}
