import type { Program } from '../ast.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostic.ts';
import { EXTENSION_POINT_DECLS, extensionPointDecl } from '../extension-points.ts';
import { parse } from '../parser.ts';
import { CheckContext, type ScriptEnv } from './context.ts';
import { checkDispersionRange } from './dispersion-range.ts';
import { checkExtend } from './extend.ts';
import { checkOutputs } from './outputs.ts';
import { resolve } from './resolve.ts';
import { checkTypes } from './types.ts';
import { checkUnreachable } from './unreachable.ts';
import { checkUnused } from './unused.ts';

export type { ScriptEnv, ScriptSymbol, VariableSymbol, InputSymbol } from './context.ts';
export { CheckContext } from './context.ts';

export interface Analysis {
  readonly source: string;
  readonly program: Program;
  /** Syntax and semantic diagnostics together, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** References, variables and expression types, for the editor services. */
  readonly context: CheckContext;
}

export interface AnalyzeOptions {
  /** The extension point the caller uses the script for; checked against the script's `extend`. */
  readonly extensionPoint?: string;
  readonly env?: ScriptEnv;
}

/**
 * Parses and checks a script in one pass over each check, collecting every diagnostic.
 * Never throws.
 * @example analyze('extend DiscountCondition\noutput 1').diagnostics[0]?.code // 'output-type'
 */
export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  const parsed = parse(source);
  const own = parsed.program.statements.find((s) => s.kind === 'ExtendStatement');
  const ep = extensionPointDecl(own?.kind === 'ExtendStatement' ? (own.extensionPoint?.name ?? '') : '') ??
    (options.extensionPoint === undefined ? undefined : extensionPointDecl(options.extensionPoint));
  // Both extension points share their inputs, so names still resolve when the point is unknown.
  const inputs = ep?.inputs ?? EXTENSION_POINT_DECLS.DiscountCondition.inputs;
  const ctx = new CheckContext(source, parsed.program, ep, options.env ?? {}, inputs);
  // The checks walk the tree recursively: a tree the parser found too deep is not checked (its
  // `nesting-too-deep` error already says why the script cannot run).
  if (parsed.diagnostics.some((d) => d.code === 'nesting-too-deep')) {
    return { source, program: parsed.program, diagnostics: sortDiagnostics([...parsed.diagnostics]), context: ctx };
  }
  try {
    checkExtend(ctx, options.extensionPoint);
    resolve(ctx);
    checkTypes(ctx);
    checkOutputs(ctx);
    checkDispersionRange(ctx);
    checkUnreachable(ctx);
    checkUnused(ctx);
  } catch (e) {
    // Only a pathological tree (a left-nested chain of many thousands of operators) can exhaust the stack.
    if (!(e instanceof RangeError)) throw e;
    ctx.report('nesting-too-deep', 'the script is too deeply nested to check', { start: 0, end: source.length });
  }
  return { source, program: parsed.program, diagnostics: sortDiagnostics([...parsed.diagnostics, ...ctx.diagnostics]), context: ctx };
}
