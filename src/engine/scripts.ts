/**
 * The engine's default script hooks (SPEC §9): runs the bundle's `DiscountFinancialDispersion`
 * and `DiscountCondition` scripts with the DSL interpreter. Each script is parsed and checked once
 * (memoised by extension point + source, so every basket of a workspace shares the work) and run
 * per application / condition within the step budget. Every failure comes back as data with the
 * script's `line:column`, and the engine turns it into that promotion's `scriptError`.
 */
import type { Bundle, Promotion } from '../domain/index.ts';
import type { ExtensionPointName } from '../domain/script.ts';
import type { Condition } from '../domain/condition.ts';
import type { Program } from '../dsl/ast.ts';
import { analyze } from '../dsl/check/index.ts';
import { conditionInputs, conditionOutput, dispersionInputs, dispersionOutputs, lineColumn, scriptFailure } from '../dsl/engine-bridge.ts';
import { EXTENSION_POINT_DECLS } from '../dsl/extension-points.ts';
import { execute, type RunOptions } from '../dsl/interpreter.ts';
import { fromJson, type PlainValue, type Value } from '../dsl/values.ts';
import { walk } from '../dsl/walk.ts';
import type { EvalContext, ScriptRun, ScriptRunner } from './eligibility/types.ts';
import type { DispersionScript } from './run.ts';

/** Limits of one script run; the DSL's defaults (1,000,000 steps, 1 s) when absent. */
export type ScriptRunLimits = Pick<RunOptions, 'stepBudget' | 'timeLimitMs' | 'clockEvery' | 'now' | 'endsAt'>;

export interface ScriptHooks {
  readonly dispersionScript: DispersionScript;
  /** Takes the promotion as a third argument when the caller knows it (fills the `Discount` input). */
  readonly runScript: ScriptRunner & ((scriptId: string, ctx: EvalContext, promotion?: Promotion) => ScriptRun);
}

type Failed = { readonly ok: false; readonly message: string };
type Compiled = { readonly ok: true; readonly program: Program; readonly source: string } | Failed;

/**
 * Script hooks for `evaluate(bundle, order, state, scriptHooks(bundle))`; `evaluate` uses them
 * by default. Hooks are memoised per bundle object (with default limits).
 * @example evaluate(bundle, order, undefined, scriptHooks(bundle, { stepBudget: 10_000 }))
 */
export function scriptHooks(bundle: Bundle, limits?: ScriptRunLimits): ScriptHooks {
  if (limits !== undefined) return makeHooks(bundle, limits);
  let hooks = HOOKS.get(bundle);
  if (hooks === undefined) {
    hooks = makeHooks(bundle, {});
    HOOKS.set(bundle, hooks);
  }
  return hooks;
}

const HOOKS = new WeakMap<Bundle, ScriptHooks>();

function makeHooks(bundle: Bundle, limits: ScriptRunLimits): ScriptHooks {
  // A dispersion script reads the promotion, the order and the customer, never the application
  // (SPEC §9 inputs), and runs deterministically: one run per promotion and evaluation answers
  // every application. Sample basket b10 at 100,000 units ran it 33,333 times, twice each.
  const decided = new WeakMap<EvalContext, Map<string, ReturnType<DispersionScript>>>();
  const dispersionScript: DispersionScript = (scriptId, application, ctx) => {
    let perCtx = decided.get(ctx);
    if (perCtx === undefined) {
      perCtx = new Map();
      decided.set(ctx, perCtx);
    }
    const key = `${scriptId}\u0000${application.promotionId}`;
    const known = perCtx.get(key);
    if (known !== undefined) return known;
    const compiled = compiledScript(bundle, scriptId, 'DiscountFinancialDispersion');
    if (!compiled.ok) return compiled;
    const promotion = ctx.bundle.promotions.find((p) => p.id === application.promotionId);
    const inputs = inputsFor(ctx, 'DiscountFinancialDispersion', promotion);
    const run = runCompiled(compiled, inputs, limits);
    const out = run.ok ? dispersionResult(compiled, run.outputs, inputs, limits) : run;
    perCtx.set(key, out);
    return out;
  };
  const runScript = (scriptId: string, ctx: EvalContext, promotion?: Promotion): ScriptRun => {
    const compiled = compiledScript(bundle, scriptId, 'DiscountCondition');
    if (!compiled.ok) return compiled;
    const inputs = conditionInputsFor(ctx, scriptId, promotion);
    const run = runCompiled(compiled, inputs, limits);
    if (!run.ok) return run;
    const checked = conditionOutput(run.outputs);
    if (checked.ok) return checked;
    const where = lineColumn(compiled.source, outputStart(compiled, inputs, limits));
    return { ok: false, message: `${where} ${checked.code} ${checked.message}, got ${shown(run.outputs)}` };
  };
  const hook = contained(dispersionScript);
  PER_PROMOTION.add(hook);
  return { dispersionScript: hook, runScript: contained(runScript) };
}

/** The dispersion hooks made here: they answer once per promotion and evaluation (above). */
const PER_PROMOTION = new WeakSet<DispersionScript>();

/**
 * Whether a dispersion hook answers per promotion, whatever the application: the bundle's own
 * scripts do, so their promotions' copies are counted (docs/engine.md "Counted applications").
 */
export const answersPerPromotion = (hook: DispersionScript): boolean => PER_PROMOTION.has(hook);

/**
 * The last guard of "a script fails only its promotion": parsing, checking and running are all
 * bounded and return failures as data, but should anything still throw (a stack or memory limit
 * of the host), it becomes this promotion's `scriptError` instead of failing the evaluation.
 */
function contained<A extends unknown[], R>(hook: (...args: A) => R | Failed): (...args: A) => R | Failed {
  return (...args: A) => {
    try {
      return hook(...args);
    } catch (e) {
      return { ok: false, message: `the script could not run: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
}

// ── Compilation: once per (extension point, source) ──

/** Parsed and checked scripts; bounded so an editing session cannot grow it without end. */
const COMPILED = new Map<string, Compiled>();
const COMPILED_MAX = 256;

function compiledScript(bundle: Bundle, scriptId: string, point: ExtensionPointName): Compiled {
  const script = bundle.scripts.find((s) => s.id === scriptId);
  if (script === undefined) return { ok: false, message: `the bundle has no script "${scriptId}"` };
  const key = `${point}\u0000${script.source}`;
  const hit = COMPILED.get(key);
  if (hit !== undefined) return hit;
  const compiled = compile(script.source, point);
  if (COMPILED.size >= COMPILED_MAX) COMPILED.delete(COMPILED.keys().next().value!);
  COMPILED.set(key, compiled);
  return compiled;
}

/** Error diagnostics (syntax, unknown names, wrong extension point, constant out-of-range outputs) stop the script before it runs; warnings do not. */
function compile(source: string, point: ExtensionPointName): Compiled {
  const analysis = analyze(source, { extensionPoint: point });
  const error = analysis.diagnostics.find((d) => d.severity === 'error');
  if (error !== undefined) return { ok: false, message: scriptFailure(source, error) };
  return { ok: true, program: analysis.program, source };
}

// ── Running ──

type Inputs = ReadonlyMap<string, Value>;

/**
 * The converted inputs of one promotion on one order. They do not depend on the application,
 * so every application of a promotion reuses them (cached per evaluation context).
 */
const INPUTS = new WeakMap<EvalContext, Map<string, Inputs>>();

function inputsFor(ctx: EvalContext, point: ExtensionPointName, promotion: Promotion | undefined, shared = false): Inputs {
  let perCtx = INPUTS.get(ctx);
  if (perCtx === undefined) {
    perCtx = new Map();
    INPUTS.set(ctx, perCtx);
  }
  const key = `${point}\u0000${promotion?.id ?? ''}\u0000${String(shared)}`;
  const hit = perCtx.get(key);
  if (hit !== undefined) return hit;
  const json: Record<string, unknown> = promotion === undefined ? {} : {
    ...(point === 'DiscountCondition' ? conditionInputs : dispersionInputs)({
      order: ctx.order, promotion, currency: ctx.currency, products: ctx.bundle.products,
      ...(ctx.customer === undefined ? {} : { customer: ctx.customer }),
    }),
  };
  if (shared) {
    // Absent records and numbers read as nothing (values.ts `fromJson`).
    delete json['Discount'];
    delete json['DefaultFinancialDispersion'];
    delete json['DefaultProductSetFinancialDispersion'];
  }
  const values = new Map<string, Value>(EXTENSION_POINT_DECLS[point].inputs.map((d) => [d.name, fromJson(json[d.name], d.type)] as const));
  perCtx.set(key, values);
  return values;
}

/**
 * The promotion a condition script is checked for. The eligibility layer's hook does not say
 * which promotion it is checking, so the engine finds the one promotion whose conditions or
 * customer filters use the script; a script shared by several promotions sees no `Discount`
 * and no default dispersions (docs/engine.md, "Scripts").
 */
function conditionInputsFor(ctx: EvalContext, scriptId: string, promotion: Promotion | undefined): Inputs {
  if (promotion !== undefined) return inputsFor(ctx, 'DiscountCondition', promotion);
  const users = ctx.bundle.promotions.filter((p) => [p.conditions, ...(p.scope?.customers ?? [])].some((c) => usesScript(c, scriptId)));
  if (users.length === 1) return inputsFor(ctx, 'DiscountCondition', users[0]);
  return inputsFor(ctx, 'DiscountCondition', users[0] ?? ctx.bundle.promotions[0], true);
}

function usesScript(c: Condition | undefined, scriptId: string): boolean {
  if (c === undefined) return false;
  switch (c.kind) {
    case 'script': return c.scriptId === scriptId;
    case 'not': return usesScript(c.of, scriptId);
    case 'all':
    case 'any': return c.of.some((x) => usesScript(x, scriptId));
    default: return false;
  }
}

type Ran = { readonly ok: true; readonly outputs: readonly PlainValue[] } | Failed;

function runCompiled(compiled: Extract<Compiled, { ok: true }>, inputs: Inputs, limits: ScriptRunLimits): Ran {
  const r = execute(compiled.program, inputs, compiled.source, limits);
  if (r.ok) return { ok: true, outputs: r.outputs };
  return { ok: false, message: scriptFailure(compiled.source, r.error) };
}

/** SPEC §8 ranges (checked by the DSL bridge); a failure names the output's place and the value it got. */
function dispersionResult(
  compiled: Extract<Compiled, { ok: true }>, outputs: readonly PlainValue[], inputs: Inputs, limits: ScriptRunLimits,
): { readonly ok: true; readonly financial: number; readonly product: number } | Failed {
  const checked = dispersionOutputs(outputs);
  if (checked.ok) return checked;
  const where = lineColumn(compiled.source, outputStart(compiled, inputs, limits));
  const got = checked.index === undefined ? '' : `, got ${shown([outputs[checked.index]!])}`;
  return { ok: false, message: `${where} ${checked.code} ${checked.message}${got}` };
}

/**
 * Where the `output` that produced a bad answer is: the only one, else the last statement a
 * traced re-run executed (failures only, so the trace costs nothing on the happy path).
 */
function outputStart(compiled: Extract<Compiled, { ok: true }>, inputs: Inputs, limits: ScriptRunLimits): number {
  const starts: number[] = [];
  walk(compiled.program, (n) => {
    if (n.kind === 'OutputStatement') starts.push(n.start);
  });
  if (starts.length <= 1) return starts[0] ?? 0;
  const traced = execute(compiled.program, inputs, compiled.source, { ...limits, trace: true });
  const last = traced.trace?.[traced.trace.length - 1];
  return last !== undefined && starts.includes(last.start) ? last.start : (starts[0] ?? 0);
}

function shown(values: readonly PlainValue[]): string {
  return values.map((v) => (v === null ? 'nothing' : typeof v === 'object' && 'decimal' in v ? String(v.decimal) : JSON.stringify(v))).join(', ') || 'nothing';
}
