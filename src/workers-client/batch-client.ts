/**
 * Solving many levels on a pool: encode once on this side (one deal table for every worker), split
 * into one batch per worker, decode the answers in input order.
 */
import type { Result } from '../domain/problem.ts';
import type { SolveInput, SolveOutput } from '../engine/solver/types.ts';
import { DealTable, SectionWriter, decodeOutput, encodeLevel } from '../wire/index.ts';
import type { SolvedBatch } from '../../workers/batch.ts';
import type { RunOptions, SolverPool } from './pool.ts';

export class PoolSolverClient {
  private readonly deals = new DealTable();
  private dealBuffers: { i32: ArrayBuffer; i64: ArrayBuffer; version: number } | undefined;

  constructor(private readonly pool: SolverPool) {}

  /**
   * @example const r = await client.solveLevels(inputs, { signal }); if (r.ok) r.value[0]!.total
   */
  async solveLevels(inputs: readonly SolveInput[], options: RunOptions & { readonly chunk?: number } = {}): Promise<Result<SolveOutput[]>> {
    // Chunks are encoded and dispatched one after another, so workers start solving while this
    // thread still encodes; answers are decoded in input order at the end.
    const chunk = Math.max(1, options.chunk ?? Math.min(1000, Math.ceil(inputs.length / this.pool.size)));
    const doneBy: number[] = [];
    const progress = options.onProgress;
    const pending: Promise<Result<SolvedBatch>>[] = [];
    for (let from = 0, i = 0; from < inputs.length; from += chunk, i++) {
      const w = new SectionWriter();
      const slice = inputs.slice(from, from + chunk);
      for (const input of slice) encodeLevel(w, this.deals, input);
      const s = w.sections();
      doneBy.push(0);
      pending.push(
        this.pool.run(
          { deals: this.dealSections(), levels: { i32: s.i32.slice().buffer, i64: s.i64.slice().buffer }, count: slice.length },
          {
            ...(options.signal === undefined ? {} : { signal: options.signal }),
            ...(progress === undefined
              ? {}
              : { onProgress: (d: number) => { doneBy[i] = d; progress(doneBy.reduce((x, y) => x + y, 0), inputs.length); } }),
          },
        ),
      );
      // Let the pool hand the chunk over before encoding the next one.
      await Promise.resolve();
    }
    const results = await Promise.all(pending);
    const out: SolveOutput[] = [];
    for (const r of results) {
      if (!r.ok) return r;
      const a = new Int32Array(r.value.i32);
      const b = new BigInt64Array(r.value.i64);
      const at = { i32: 0, i64: 0 };
      for (let i = 0; i < r.value.count; i++) out.push(decodeOutput(a, b, at));
    }
    return { ok: true, value: out };
  }

  /** The deal table as buffers, re-encoded only when it grew. */
  private dealSections(): { i32: ArrayBuffer; i64: ArrayBuffer; version: number } {
    this.deals.takePending();
    if (this.dealBuffers === undefined || this.dealBuffers.version !== this.deals.size) {
      const all = this.deals.encodeAll();
      this.dealBuffers = { i32: all.i32.slice().buffer, i64: all.i64.slice().buffer, version: this.deals.size };
    }
    return this.dealBuffers;
  }
}
