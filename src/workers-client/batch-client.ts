/**
 * Solving many levels on a pool: encode once on this side (one deal table for every worker), split
 * into one batch per worker, decode the answers in input order.
 */
import type { Result } from '../domain/problem.ts';
import type { SolveInput, SolveOutput } from '../engine/solver/types.ts';
import { DealTable, SectionWriter, decodeOutput, encodeLevel } from '../wire/index.ts';
import type { RunOptions, SolverPool } from './pool.ts';

export class PoolSolverClient {
  private readonly deals = new DealTable();
  private dealBuffers: { i32: ArrayBuffer; i64: ArrayBuffer; version: number } | undefined;

  constructor(private readonly pool: SolverPool) {}

  /**
   * @example const r = await client.solveLevels(inputs, { signal }); if (r.ok) r.value[0]!.total
   */
  async solveLevels(inputs: readonly SolveInput[], options: RunOptions = {}): Promise<Result<SolveOutput[]>> {
    const parts = Math.max(1, Math.min(this.pool.size, inputs.length));
    const per = Math.ceil(inputs.length / parts);
    const requests = [];
    for (let p = 0; p < parts; p++) {
      const w = new SectionWriter();
      const slice = inputs.slice(p * per, (p + 1) * per);
      for (const input of slice) encodeLevel(w, this.deals, input);
      const s = w.sections();
      requests.push({ levels: { i32: s.i32.slice().buffer, i64: s.i64.slice().buffer }, count: slice.length });
    }
    this.deals.takePending();
    if (this.dealBuffers === undefined || this.dealBuffers.version !== this.deals.size) {
      const all = this.deals.encodeAll();
      this.dealBuffers = { i32: all.i32.slice().buffer, i64: all.i64.slice().buffer, version: this.deals.size };
    }
    const deals = this.dealBuffers;
    const doneBy = requests.map(() => 0);
    const progress = options.onProgress;
    const results = await Promise.all(
      requests.map((r, i) =>
        this.pool.run({ deals, ...r }, {
          ...(options.signal === undefined ? {} : { signal: options.signal }),
          ...(progress === undefined
            ? {}
            : { onProgress: (d: number) => { doneBy[i] = d; progress(doneBy.reduce((x, y) => x + y, 0), inputs.length); } }),
        }),
      ),
    );
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
}
