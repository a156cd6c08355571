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

/**
 * Validates a draft and builds the snapshot to store, or every problem found. Nothing is written.
 * The bundle keeps its input form (without `revision`); the revision is computed from it.
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
    workspace: { input, revision, savedAt: now().toISOString() },
    baskets: draft.baskets.map((b, position) => ({ id: baskets[position]!.id, position, basket: b as JsonObject })),
  };
  return ok({ bundle: bundle.data, baskets, snapshot });
}

/**
 * Validates, then writes bundle and baskets in one atomic write. On any problem or a failed write
 * (quota, blocked database) nothing changes and the problems say why.
 * @example const r = await replaceWorkspace(backend, { bundle, baskets }); if (!r.ok) show(r.problems)
 */
export async function replaceWorkspace(backend: WorkspaceBackend, draft: WorkspaceDraft): Promise<Result<Workspace>> {
  const prepared = await prepareWorkspace(draft);
  if (!prepared.ok) return prepared;
  try {
    await backend.write(prepared.value.snapshot);
  } catch (e) {
    const quota = e instanceof DOMException && e.name === 'QuotaExceededError';
    return fail([
      problem(
        quota ? 'storage-quota-exceeded' : 'storage-write-failed',
        `${quota ? 'the browser storage is full' : `the workspace could not be saved (${e instanceof Error ? e.message : String(e)})`}; the previous workspace is unchanged`,
      ),
    ]);
  }
  return prepared;
}

/** Re-reads a stored snapshot into domain values; a snapshot that no longer validates is reported. */
export async function readWorkspace(backend: WorkspaceBackend): Promise<Result<Workspace> | undefined> {
  const snapshot = await backend.read();
  if (snapshot === undefined) return undefined;
  const r = await prepareWorkspace({ bundle: snapshot.workspace.input, baskets: snapshot.baskets.map((b) => b.basket) });
  // Keep the stored record (its savedAt) rather than the re-prepared one.
  return r.ok ? ok({ ...r.value, snapshot }) : r;
}

/**
 * Opens the workspace: the stored one, or on first start (empty database) the embedded sample,
 * which is then stored. A stored workspace that no longer validates is replaced by the sample and
 * the problems are returned as warnings beside it.
 * @example const r = await openWorkspace(backend, loadSampleDraft)
 */
export async function openWorkspace(
  backend: WorkspaceBackend,
  loadSample: () => Promise<Result<WorkspaceDraft>>,
): Promise<Result<Workspace>> {
  const stored = await readWorkspace(backend);
  if (stored?.ok) return stored;
  const sample = await loadSample();
  if (!sample.ok) return sample;
  const written = await replaceWorkspace(backend, sample.value);
  if (!written.ok || stored === undefined) return written;
  const warnings = stored.problems.map((p) => ({ ...p, severity: 'warning' as const, message: `stored workspace: ${p.message}` }));
  return ok(written.value, [
    problem('workspace-reset', 'the stored workspace no longer validates; the sample workspace was loaded instead', undefined, 'warning'),
    ...warnings,
  ]);
}
