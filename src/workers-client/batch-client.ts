/**
 * Solving many levels on a pool: encode on this side, split into batches of many levels each
 * (buffers transferred, not copied), decode the answers in input order. Two entries:
 * `solveLevels` (SolveInputs; deals interned here into one table for every worker) and
 * `solveBaskets` (basket requests against a bundle compiled once; only units and the promotions
 * touching them cross, as indices into the bundle's table).
 */
import type { Result } from '../domain/problem.ts';
import type { SolveInput, SolveOutput } from '../engine/solver/types.ts';
import {
  BundleEncoder, DealTable, SectionWriter, contentKey, decodeOutput, encodeLevel, type BasketRequest, type CompiledBundle,
} from '../wire/index.ts';
import type { TableBuffers } from '../../workers/batch.ts';
import type { RunOptions, SolverPool } from './pool.ts';

export type BatchOptions = RunOptions & {
  /** Levels per message (default: an equal share per worker, at most 1,000). */
  readonly chunk?: number;
};

export class PoolSolverClient {
  private readonly deals = new DealTable();
  private dealBuffers: TableBuffers | undefined;
  private dealBuffersSize = -1;
  private bundleBuffers: { readonly bundle: CompiledBundle; readonly table: TableBuffers } | undefined;

  constructor(private readonly pool: SolverPool) {}

  /**
   * @example const r = await client.solveLevels(inputs, { signal }); if (r.ok) r.value[0]!.total
   */
  solveLevels(inputs: readonly SolveInput[], options: BatchOptions = {}): Promise<Result<SolveOutput[]>> {
    return this.dispatch(inputs.length, options, () => this.dealTable(), (w, from, to) => {
      for (let i = from; i < to; i++) encodeLevel(w, this.deals, inputs[i]!);
    });
  }

  /**
   * The batch path: `bundle` is sent with every message (a few KB) but loaded by a worker only
   * when its key differs from the one it holds.
   * @example const r = await client.solveBaskets(compileBundle(promotions, revision), requests)
   */
  solveBaskets(bundle: CompiledBundle, requests: readonly BasketRequest[], options: BatchOptions = {}): Promise<Result<SolveOutput[]>> {
    const encoder = new BundleEncoder(bundle);
    return this.dispatch(requests.length, options, () => this.bundleTable(bundle), (w, from, to) => {
      for (let i = from; i < to; i++) encoder.encode(w, requests[i]!);
    });
  }

  private async dispatch(
    count: number, options: BatchOptions, table: () => TableBuffers,
    encode: (w: SectionWriter, from: number, to: number) => void,
  ): Promise<Result<SolveOutput[]>> {
    // Chunks are encoded on demand by `size + 1` lanes: each lane encodes a chunk, waits for its
    // answer, decodes it and takes the next, so one chunk always waits at the pool while every
    // worker solves and this thread encodes between answers. Encoding every chunk up front kept
    // this thread busy in one task, so finished workers sat idle until it was done.
    const chunk = Math.max(1, options.chunk ?? Math.min(1000, Math.ceil(count / this.pool.size)));
    const chunks = Math.ceil(count / chunk);
    const doneBy = new Array<number>(chunks).fill(0);
    const progress = options.onProgress;
    let next = 0;
    const out: SolveOutput[] = new Array(count);
    let failed: Result<SolveOutput[]> | undefined;
    const w = new SectionWriter();
    const lane = async (): Promise<void> => {
      while (failed === undefined && next < chunks) {
        const i = next++;
        const from = i * chunk;
        const to = Math.min(count, from + chunk);
        w.reset();
        encode(w, from, to);
        const s = w.sections();
        const r = await this.pool.run(
          // The table is read after encoding: the chunk may have added deals to it.
          { table: table(), levels: { i32: s.i32.slice().buffer, i64: s.i64.slice().buffer }, count: to - from },
          {
            ...(options.signal === undefined ? {} : { signal: options.signal }),
            ...(progress === undefined
              ? {}
              : { onProgress: (d: number) => { doneBy[i] = d; progress(doneBy.reduce((x, y) => x + y, 0), count); } }),
          },
        );
        if (!r.ok) {
          failed ??= { ok: false, problems: r.problems };
          return;
        }
        const a = new Int32Array(r.value.i32);
        const b = new BigInt64Array(r.value.i64);
        const at = { i32: 0, i64: 0 };
        for (let k = 0; k < r.value.count; k++) out[from + k] = decodeOutput(a, b, at);
      }
    };
    await Promise.all(Array.from({ length: Math.min(chunks, this.pool.size + 1) }, lane));
    return failed ?? { ok: true, value: out };
  }

  /** The interned deals as buffers, re-encoded only when the table grew; keyed by content. */
  private dealTable(): TableBuffers {
    this.deals.takePending();
    if (this.dealBuffers === undefined || this.dealBuffersSize !== this.deals.size) {
      const all = this.deals.encodeAll();
      this.dealBuffers = { kind: 'deals', key: contentKey(all), i32: all.i32.slice().buffer, i64: all.i64.slice().buffer };
      this.dealBuffersSize = this.deals.size;
    }
    return this.dealBuffers;
  }

  private bundleTable(bundle: CompiledBundle): TableBuffers {
    if (this.bundleBuffers?.bundle !== bundle) {
      const s = bundle.sections;
      this.bundleBuffers = { bundle, table: { kind: 'bundle', key: bundle.key, i32: s.i32.slice().buffer, i64: s.i64.slice().buffer } };
    }
    return this.bundleBuffers.table;
  }
}
