/**
 * The WASM best-deal solver behind the same contract as the TypeScript reference
 * (`solveLevel(SolveInput): SolveOutput`). Platform-neutral: give it the compiled module or its
 * bytes; `node.ts` (file system) and `browser.ts` (fetch) load it once per thread.
 */
import type { LevelSolver, RunInput, RunOutput, SolveInput, SolveOutput } from '../engine/solver/types.ts';
import { BundleEncoder, DealTable, SectionWriter, decodeOutput, decodeRunOutput, encodeLevel, encodeRuns, WIRE_VERSION, type BasketRequest, type CompiledBundle, type Sections } from '../wire/index.ts';

interface SolverExports {
  readonly memory: WebAssembly.Memory;
  wireVersion(): number;
  inputI32(n: number): number;
  inputI64(n: number): number;
  loadDeals(): number;
  loadBundle(): number;
  resetDeals(): void;
  solveBatch(count: number): number;
  outputI32(): number;
  outputI32Len(): number;
  outputI64(): number;
  outputI64Len(): number;
  chainFrom(n: number): void;
}

export interface WasmSolver {
  /** One level, the reference contract; its `runs` is `solveRuns`. @example solver.solveLevel(input).total */
  readonly solveLevel: LevelSolver & { readonly runs: (input: RunInput) => RunOutput };
  /** One level on runs (docs/solver.md 13): nothing in the call grows with a run's units but the module's own work. */
  solveRuns(input: RunInput): RunOutput;
  /** Many levels in one call (one copy in, one copy out). */
  solveLevels(inputs: readonly SolveInput[]): SolveOutput[];
  /** Already-encoded levels (from `encodeLevel` with this solver's `deals`). */
  solveEncoded(levels: Sections, count: number): SolveOutput[];
  /** The deal table the encoder must use with `solveEncoded` (encode and solve back to back: `solveLevels` may clear it). */
  readonly deals: DealTable;
  /** Replaces the module's deal table with `table` (encoded elsewhere, e.g. by a pool's client). */
  loadDealTable(table: Sections): void;
  /**
   * Batch path: basket requests against a compiled bundle. The bundle is loaded into the module
   * the first time its key is seen and kept until another table replaces it.
   * @example solver.solveBaskets(compileBundle(promotions, 'rev-3'), requests)[0]!.total
   */
  solveBaskets(bundle: CompiledBundle, requests: readonly BasketRequest[]): SolveOutput[];
  /** Loads `bundle` unless a table with its key is loaded (raw sections, e.g. in a worker). */
  loadBundle(bundle: Pick<CompiledBundle, 'key' | 'sections'>): void;
  /** Key of the loaded bundle table (`FOREIGN_DEALS` after `loadDealTable`), or undefined when this solver's own deal table is loaded. */
  readonly loadedBundle: string | undefined;
  /** Solves `count` encoded levels against the loaded table; the output sections are copies. */
  solveRaw(levels: Sections, count: number): Sections;
  /**
   * How many times a trap replaced the instance. A call that traps throws; the module's memory
   * and deal table are then discarded for a fresh instance, so later calls work (a caller that
   * loaded a table with `loadDealTable` must load it again).
   */
  readonly restarts: number;
  /**
   * Bytes of the instance's linear memory. It only grows (the module never frees), and how far is
   * set by the inputs alone, so tests can bound it.
   */
  readonly memoryBytes: number;
  /**
   * Tests: the copies of one kind from which the search walks a chain (solver search.ts
   * `setChainFrom`); a replaced instance starts again from the default.
   */
  setChainFrom(n: number): void;
}

/** `loadedBundle` after `loadDealTable`: a deal table encoded elsewhere is loaded. */
export const FOREIGN_DEALS = 'deal table';

/** Deals the module keeps before `solveLevels` starts a fresh table (every deal re-encoded on demand). */
export const MAX_LOADED_DEALS = 20_000;

export interface SolverOptions {
  /** Bound on the loaded deal table (default `MAX_LOADED_DEALS`); reached, the next call resets it. */
  readonly maxDeals?: number;
}

/**
 * Instantiates the solver once; every call after that reuses its memory and deal table.
 * @example const solver = instantiateSolver(new WebAssembly.Module(bytes)); solver.solveLevel(input)
 */
export function instantiateSolver(module: WebAssembly.Module, options: SolverOptions = {}): WasmSolver {
  const maxDeals = Math.max(1, options.maxDeals ?? MAX_LOADED_DEALS);
  const fresh = (): SolverExports => {
    const instance = new WebAssembly.Instance(module, {
      env: {
        abort: (_msg: number, _file: number, line: number, col: number): never => {
          throw new Error(`solver.wasm aborted at ${line}:${col}`);
        },
      },
    });
    const e = instance.exports as unknown as SolverExports;
    if (e.wireVersion() !== WIRE_VERSION) throw new Error(`solver.wasm speaks wire ${e.wireVersion()}, expected ${WIRE_VERSION}`);
    return e;
  };
  let x = fresh();
  let restarts = 0;
  const deals = new DealTable();
  const writer = new SectionWriter();
  // The module holds one table: the per-call path's interned deals, or one bundle's table.
  let bundleKey: string | undefined;
  let encoder: BundleEncoder | undefined;

  // A trap leaves the module's globals mid-update and its memory possibly near the 4 GB limit, so
  // the instance is not trusted again: a fresh one (empty memory, empty deal table) replaces it.
  const guarded = <T>(call: () => T): T => {
    try {
      return call();
    } catch (e) {
      x = fresh();
      deals.clear();
      bundleKey = undefined;
      restarts++;
      const why = e instanceof Error ? e.message : String(e);
      throw new Error(`solver.wasm trapped (${why}); the instance was replaced, later calls start afresh`);
    }
  };

  const write = (s: Sections): void => {
    const p32 = x.inputI32(s.i32.length);
    new Int32Array(x.memory.buffer, p32, s.i32.length).set(s.i32);
    const p64 = x.inputI64(s.i64.length);
    new BigInt64Array(x.memory.buffer, p64, s.i64.length).set(s.i64);
  };

  /** Leaves a bundle table for the per-call path: its deal indices start again from empty. */
  const perCallTable = (): void => {
    if (bundleKey === undefined) return;
    x.resetDeals();
    deals.clear();
    bundleKey = undefined;
  };

  const decodeAll = (count: number): SolveOutput[] => {
    const a = new Int32Array(x.memory.buffer, x.outputI32(), x.outputI32Len());
    const b = new BigInt64Array(x.memory.buffer, x.outputI64(), x.outputI64Len());
    const at = { i32: 0, i64: 0 };
    const out: SolveOutput[] = [];
    for (let i = 0; i < count; i++) out.push(decodeOutput(a, b, at));
    return out;
  };

  const solveWritten = (count: number): void => {
    const solved = x.solveBatch(count);
    if (solved !== count) throw new Error(`solver.wasm rejected level ${solved} of the batch (malformed encoding)`);
  };

  /** Loads the deals encoded since the last call, writes `levels` and solves them. */
  const sendLevels = (levels: Sections, count: number): void => {
    perCallTable();
    const pending = deals.takePending();
    if (pending !== undefined) {
      write(pending);
      x.loadDeals();
    }
    write(levels);
    solveWritten(count);
  };

  const solveEncoded = (levels: Sections, count: number): SolveOutput[] => guarded(() => {
    sendLevels(levels, count);
    return decodeAll(count);
  });

  const loadBundle = (bundle: Pick<CompiledBundle, 'key' | 'sections'>): void => {
    if (bundleKey === bundle.key) return;
    deals.clear();
    bundleKey = undefined;
    const n = guarded(() => {
      write(bundle.sections);
      return x.loadBundle();
    });
    if (n < 0) throw new Error(`bundle table ${bundle.key} is malformed`);
    bundleKey = bundle.key;
  };

  const solveBaskets = (bundle: CompiledBundle, requests: readonly BasketRequest[]): SolveOutput[] => {
    loadBundle(bundle);
    if (encoder?.bundle !== bundle) encoder = new BundleEncoder(bundle);
    writer.reset();
    for (const r of requests) encoder.encode(writer, r);
    return guarded(() => {
      write(writer.sections());
      solveWritten(requests.length);
      return decodeAll(requests.length);
    });
  };

  const solveRaw = (levels: Sections, count: number): Sections => guarded(() => {
    write(levels);
    const solved = x.solveBatch(count);
    if (solved !== count) throw new Error(`solver.wasm rejected level ${solved} of the batch (malformed encoding)`);
    return {
      i32: new Int32Array(x.memory.buffer, x.outputI32(), x.outputI32Len()).slice(),
      i64: new BigInt64Array(x.memory.buffer, x.outputI64(), x.outputI64Len()).slice(),
    };
  });

  const loadDealTable = (table: Sections): void => guarded(() => {
    // A foreign table: the own DealTable's indices no longer match, so it starts again too.
    deals.clear();
    bundleKey = FOREIGN_DEALS;
    x.resetDeals();
    write(table);
    x.loadDeals();
  });

  /** Starts a per-call encoding: deals stay loaded across calls, up to `maxDeals`. */
  const beginPerCall = (): void => {
    // Deals stay loaded across calls (compile once, solve many); a long-lived solver fed ever new
    // bundles would grow its table without end, so past the bound it starts again from empty
    // before encoding this call, whose deals are then encoded and loaded afresh.
    perCallTable();
    if (deals.size >= maxDeals) {
      deals.clear();
      x.resetDeals();
    }
    writer.reset();
  };

  const solveLevels = (inputs: readonly SolveInput[]): SolveOutput[] => {
    beginPerCall();
    for (const input of inputs) encodeLevel(writer, deals, input);
    return solveEncoded(writer.sections(), inputs.length);
  };

  const solveRuns = (input: RunInput): RunOutput => {
    beginPerCall();
    encodeRuns(writer, deals, input);
    return guarded(() => {
      sendLevels(writer.sections(), 1);
      const a = new Int32Array(x.memory.buffer, x.outputI32(), x.outputI32Len());
      const b = new BigInt64Array(x.memory.buffer, x.outputI64(), x.outputI64Len());
      return decodeRunOutput(a, b, { i32: 0, i64: 0 }, input.runs);
    });
  };

  return {
    get restarts() {
      return restarts;
    },
    get memoryBytes() {
      return x.memory.buffer.byteLength;
    },
    setChainFrom: (n: number) => x.chainFrom(n),
    get loadedBundle() {
      return bundleKey;
    },
    deals,
    loadDealTable,
    loadBundle,
    solveBaskets,
    solveRaw,
    solveEncoded,
    solveLevels,
    solveRuns,
    solveLevel: Object.assign((input: SolveInput) => solveLevels([input])[0]!, { runs: solveRuns }),
  };
}
