import type { Expression, ForeachStatement, Identifier, Program } from '../ast.ts';
import { diagnostic, type Diagnostic, type DiagnosticSeverity, type Range } from '../diagnostic.ts';
import type { DiagnosticCode } from '../diagnostic-codes.ts';
import type { ExtensionPointDecl } from '../extension-points.ts';
import type { DslType, MemberDecl } from '../types.ts';

/** What the workspace knows beyond the script: declared custom field names (optional). */
export interface ScriptEnv {
  readonly userCustomFields?: readonly string[];
  readonly orderCustomFields?: readonly string[];
  readonly lineCustomFields?: readonly string[];
}

/** A name set by `set` (script-wide) or bound by `foreach` (its body only). */
export interface VariableSymbol {
  readonly kind: 'variable';
  readonly name: string;
  /** The `set` names and/or the foreach variable that bind it, in source order. */
  readonly definitions: Identifier[];
  /** Values assigned by `set`, in source order. */
  readonly assignments: Expression[];
  readonly reads: Identifier[];
  readonly loop?: ForeachStatement;
}

export interface InputSymbol {
  readonly kind: 'input';
  readonly decl: MemberDecl;
}

export type ScriptSymbol = VariableSymbol | InputSymbol;

/**
 * Shared state of one checking pass. Each check (one per file) reads what earlier ones recorded
 * and reports through `report`, so one pass yields every diagnostic.
 */
export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Filled by `resolve`: what each identifier read or written refers to. */
  readonly references = new Map<Identifier, ScriptSymbol>();
  readonly variables: VariableSymbol[] = [];
  /** Filled by `types`: the static type of each expression. */
  readonly types = new Map<Expression, DslType>();

  constructor(
    readonly source: string,
    readonly program: Program,
    /** The extension point the script is checked against (its own `extend`, else the caller's). */
    readonly extensionPoint: ExtensionPointDecl | undefined,
    readonly env: ScriptEnv,
    /** Names the script may read: the extension point's inputs (both points share them). */
    readonly inputs: readonly MemberDecl[],
  ) {}

  report(code: DiagnosticCode, message: string, range: Range, severity: DiagnosticSeverity = 'error'): void {
    this.diagnostics.push(diagnostic(code, message, range, severity));
  }

  typeOf(e: Expression): DslType {
    return this.types.get(e) ?? { kind: 'any' };
  }
}
