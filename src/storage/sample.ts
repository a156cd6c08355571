import { fail, jsonPath, ok, problem, type Problem, type Result } from '../domain/problem.ts';
import type { WorkspaceDraft } from './workspace-store.ts';

/*
 * The sample workspace ships inside the app build: Vite resolves these globs at build time, so the
 * list of basket files needs no index and the sample works offline and under `vite preview`.
 * The loaders are lazy: the sample text is a separate chunk fetched only on first start.
 * (In `vite dev` Vite warns that public files are imported from JS; that is intended here.)
 */
const BUNDLE_FILES = import.meta.glob<string>('/public/samples/sample-bundle.json', { query: '?raw', import: 'default' });
const BASKET_FILES = import.meta.glob<string>('/public/samples/baskets/*.json', { query: '?raw', import: 'default' });

function parse(text: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    problems.push(problem('sample-json-syntax', `${file}: ${e instanceof Error ? e.message : String(e)}`, '$'));
    return undefined;
  }
}

/**
 * Builds a workspace draft from loaded sample texts: the bundle's own `baskets` first, then the
 * basket files in file-name order; a basket file replaces a bundle basket with the same id.
 * @example draftFromSampleTexts(bundleText, { 'a.json': basketText })
 */
export function draftFromSampleTexts(bundleText: string, basketTexts: Readonly<Record<string, string>>): Result<WorkspaceDraft> {
  const problems: Problem[] = [];
  const bundle = parse(bundleText, 'sample-bundle.json', problems);
  const byId = new Map<string, unknown>();
  const embedded = (bundle as { baskets?: unknown } | undefined)?.baskets;
  if (Array.isArray(embedded)) for (const b of embedded) byId.set(String((b as { id?: unknown }).id), b);
  for (const file of Object.keys(basketTexts).sort()) {
    const basket = parse(basketTexts[file]!, file, problems);
    if (basket !== undefined) byId.set(String((basket as { id?: unknown }).id), basket);
  }
  if (problems.length > 0) return fail(problems);
  return ok({ bundle, baskets: [...byId.values()] });
}

/**
 * Loads the embedded sample workspace (`public/samples/`).
 * @example const draft = await loadSampleDraft(); draft.ok && draft.value.baskets.length
 */
export async function loadSampleDraft(): Promise<Result<WorkspaceDraft>> {
  const bundleLoader = Object.values(BUNDLE_FILES)[0];
  if (bundleLoader === undefined) {
    return fail([problem('sample-missing', 'this build carries no sample workspace; import a bundle on the Bundle page', jsonPath([]))]);
  }
  const entries = await Promise.all(
    Object.entries(BASKET_FILES).map(async ([path, load]) => [path.slice(path.lastIndexOf('/') + 1), await load()] as const),
  );
  return draftFromSampleTexts(await bundleLoader(), Object.fromEntries(entries));
}
