/**
 * The script language's public surface (SPEC §9): parse, check, run. Everything is data in
 * offsets; convert with `LineMap` (location.ts) only to show line/column.
 */
import { analyze, type ScriptEnv } from './check/index.ts';
import type { Diagnostic } from './diagnostic.ts';
import { EXTENSION_POINT_DECLS, extensionPointDecl } from './extension-points.ts';
import { execute, type RunOptions, type RunResult } from './interpreter.ts';
import { parse, type ParseResult } from './parser.ts';
import { fromJson, type Value } from './values.ts';

export type { Program, Statement, Expression, Node, Identifier } from './ast.ts';
export type { Diagnostic, DiagnosticSeverity, Range } from './diagnostic.ts';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.ts';
export type { ScriptEnv, Analysis } from './check/index.ts';
export { analyze } from './check/index.ts';
export { LineMap, type LineColumn } from './location.ts';
export { EXTENSION_POINT_DECLS, extensionPointDecl, type ExtensionPointDecl, type OutputDecl } from './extension-points.ts';
export type { DslType, MemberDecl } from './types.ts';
export type { RunOptions, RunResult, RuntimeError, TraceEntry } from './interpreter.ts';
export type { PlainValue } from './values.ts';
export type { ParseResult } from './parser.ts';

/**
 * Parses a script; never throws, always returns a Program plus syntax diagnostics.
 * @example parseScript('extend DiscountCondition').diagnostics // []
 */
export function parseScript(source: string): ParseResult {
  return parse(source);
}

/**
 * Every syntax and semantic diagnostic of a script, sorted by position.
 * @example checkScript("extend DiscountCondition\noutput Order.Totl > 5")[0]?.code // 'unknown-member'
 */
export function checkScript(source: string, extensionPoint?: string, env?: ScriptEnv): Diagnostic[] {
  const options = { ...(extensionPoint === undefined ? {} : { extensionPoint }), ...(env === undefined ? {} : { env }) };
  return [...analyze(source, options).diagnostics];
}

export interface RunScriptOptions extends RunOptions {
  /** Used to type the inputs when the script's own `extend` names no known point. */
  readonly extensionPoint?: string;
}

/**
 * Runs a script over JSON-like inputs (`{ Order: {...}, User: {...}, DefaultFinancialDispersion: 0, ... }`),
 * converted by the extension point's declared input types (money as decimal strings). A script
 * with syntax errors does not run: the first one comes back as a `syntax-error`.
 * @example runScript("extend DiscountCondition\noutput Order.Subtotal >= 50", { Order: { Subtotal: '60.00' } })
 *   // { ok: true, outputs: [true], steps: 6 }
 */
export function runScript(source: string, inputs: Readonly<Record<string, unknown>>, options: RunScriptOptions = {}): RunResult {
  const parsed = parse(source);
  const syntax = parsed.diagnostics.find((d) => d.severity === 'error');
  if (syntax) {
    return { ok: false, steps: 0, error: { code: 'syntax-error', message: `syntax error: ${syntax.message}`, start: syntax.start, end: syntax.end } };
  }
  const own = parsed.program.statements.find((s) => s.kind === 'ExtendStatement');
  const ep = (own?.kind === 'ExtendStatement' && own.extensionPoint ? extensionPointDecl(own.extensionPoint.name) : undefined) ??
    (options.extensionPoint === undefined ? undefined : extensionPointDecl(options.extensionPoint)) ??
    EXTENSION_POINT_DECLS.DiscountCondition;
  const values = new Map<string, Value>(ep.inputs.map((d) => [d.name, fromJson(inputs[d.name], d.type)] as const));
  return execute(parsed.program, values, source, options);
}
