/**
 * What a solver worker does, free of any messaging library: load the table (a per-call deal table
 * or a compiled bundle) when its key changes,
 * solve encoded levels in chunks, report progress, answer with a Result (never a thrown error, so
 * nothing is lost crossing Comlink or worker_threads).
 */
import type { Result } from '../src/domain/problem.ts';
import type { WasmSolver } from '../src/wasm/solver-module.ts';
import { LEVEL_HEADER } from '../src/wire/index.ts';

/** Sections as transferable buffers. */
export interface BufferSections {
  readonly i32: ArrayBuffer;
  readonly i64: ArrayBuffer;
}

/** The table the levels refer to. */
export interface TableBuffers extends BufferSections {
  /** `deals`: a per-call deal table (levels from encodeLevel); `bundle`: a compiled bundle (levels from BundleEncoder). */
  readonly kind: 'deals' | 'bundle';
  /** Revision and content hash (src/wire contentKey): the worker reloads whenever it differs from the loaded one. */
  readonly key: string;
}

export interface SolveBatchRequest {
  readonly table: TableBuffers;
  /** `count` levels back to back (src/wire encodeLevel or BundleEncoder). */
  readonly levels: BufferSections;
  readonly count: number;
  /** Levels per progress report (default 1,000). */
  readonly chunk?: number;
}

export interface SolvedBatch extends BufferSections {
  readonly count: number;
}

export type Progress = (done: number, total: number) => void;

export interface BatchSolver {
  solveBatch(request: SolveBatchRequest, onProgress?: Progress): Promise<Result<SolvedBatch>>;
}

/**
 * @example makeBatchSolver(solver).solveBatch({ deals, levels, count: 100 }, (done, total) => {})
 */
export function makeBatchSolver(solver: WasmSolver): BatchSolver {
  let loaded: string | undefined;
  return {
    async solveBatch(request, onProgress) {
      try {
        const t = request.table;
        const key = `${t.kind}:${t.key}`;
        if (key !== loaded) {
          loaded = undefined;
          const sections = { i32: new Int32Array(t.i32), i64: new BigInt64Array(t.i64) };
          if (t.kind === 'bundle') solver.loadBundle({ key, sections });
          else solver.loadDealTable(sections);
          loaded = key;
        }
        const a = new Int32Array(request.levels.i32);
        const b = new BigInt64Array(request.levels.i64);
        const chunk = Math.max(1, request.chunk ?? 1000);
        const out32: Int32Array[] = [];
        const out64: BigInt64Array[] = [];
        let at32 = 0;
        let at64 = 0;
        for (let done = 0; done < request.count; ) {
          const n = Math.min(chunk, request.count - done);
          let end32 = at32;
          let end64 = at64;
          for (let k = 0; k < n; k++) {
            if (end32 + LEVEL_HEADER > a.length) throw new Error(`level ${done + k} lies outside the batch`);
            const len32 = a[end32 + 4]!;
            end64 += a[end32 + 5]!;
            end32 += len32;
          }
          const out = solver.solveRaw({ i32: a.subarray(at32, end32), i64: b.subarray(at64, end64) }, n);
          out32.push(out.i32);
          out64.push(out.i64);
          at32 = end32;
          at64 = end64;
          done += n;
          // Over Comlink each report is a round trip on the callback's own port, and waiting for
          // every one stalled the worker whenever the main thread was busy encoding or decoding
          // another chunk. Only the last is awaited, so it still arrives before the answer (which
          // travels on another port).
          if (onProgress !== undefined) {
            const reported = Promise.resolve(onProgress(done, request.count));
            if (done === request.count) await reported;
            else void reported.catch(() => undefined);
          }
        }
        return { ok: true, value: { i32: concat32(out32).buffer as ArrayBuffer, i64: concat64(out64).buffer as ArrayBuffer, count: request.count } };
      } catch (e) {
        // After a trap the solver runs on a fresh instance without the table: load it next time.
        loaded = undefined;
        return { ok: false, problems: [{ code: 'wasm-solve-failed', severity: 'error', message: e instanceof Error ? e.message : String(e) }] };
      }
    },
  };
}

function concat32(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function concat64(parts: readonly BigInt64Array[]): BigInt64Array {
  const out = new BigInt64Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
