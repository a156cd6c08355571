/**
 * Where a Node worker_threads entry lives. Loader flags do not reach worker threads, so from the
 * TypeScript sources (tests, `tsx`) a worker starts from its `workers/<name>.bootstrap.mjs`, which
 * registers tsx and imports `<name>.worker.ts`; from the built runtime (dist-node/) it starts from
 * the compiled `workers/<name>.worker.js` directly, with no TypeScript at run time. Every
 * `workers/node-*.ts` is compiled by `npm run build:node` (tsconfig.node.json), so a new worker only
 * needs its `.worker.ts` and, for the sources, its `.bootstrap.mjs`.
 * @example new Worker(nodeWorkerUrl('node-solver'))
 */
export function nodeWorkerUrl(name: string, from: string = import.meta.url): URL {
  const built = from.endsWith('.js');
  return new URL(built ? `../../workers/${name}.worker.js` : `../../workers/${name}.bootstrap.mjs`, from);
}

/** True when this module runs from the built JavaScript in dist-node/. */
export const RUNS_BUILT = import.meta.url.endsWith('.js');
