import type { BinaryExpression, Expression, MemberExpression, Program, Statement } from './ast.ts';
import type { Range } from './diagnostic.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';
import { LIMITS } from '../domain/limits.ts';
import { Dec, display, isList, isMap, isNum, kindOf, toPlain, type PlainValue, type Value } from './values.ts';

export const DEFAULT_STEP_BUDGET = 1_000_000;
export const DEFAULT_TIME_LIMIT_MS = 1_000;
/**
 * Longest string a script may build (characters). Steps alone do not bound memory: 30 doublings of
 * `set s to s + s` are 30 steps and a gigabyte, so every string a script makes is measured.
 */
export const MAX_STRING_LENGTH = LIMITS.scriptStringLength;

export interface RunOptions {
  /** Steps allowed; every statement and every expression node executed costs one. */
  readonly stepBudget?: number;
  /** Wall-clock limit in milliseconds, checked every `clockEvery` steps. */
  readonly timeLimitMs?: number;
  readonly clockEvery?: number;
  /** Injectable clock (milliseconds) so tests never depend on real time. */
  readonly now?: () => number;
  /**
   * A time on `now`'s clock past which the run stops too, whatever its own limit: the end of the
   * evaluation it runs in (docs/engine.md, "Budget"). Checked with the time limit.
   */
  readonly endsAt?: number;
  /** Record each executed statement with the variables as they were before it (for the editor's Run). */
  readonly trace?: boolean;
  /** Trace entries kept at most (the first ones). */
  readonly maxTrace?: number;
}

export interface RuntimeError {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface TraceEntry {
  readonly start: number;
  readonly end: number;
  readonly variables: Readonly<Record<string, string>>;
}

export type RunResult =
  | { readonly ok: true; readonly outputs: readonly PlainValue[]; readonly steps: number; readonly trace?: readonly TraceEntry[] }
  | { readonly ok: false; readonly error: RuntimeError; readonly steps: number; readonly trace?: readonly TraceEntry[] };

class Fault {
  constructor(readonly error: RuntimeError) {}
}

class OutputSignal {
  constructor(readonly values: readonly Value[]) {}
}

/**
 * Runs a parsed script over already converted inputs by walking the tree (no eval, no
 * `new Function`). `output` ends the run. Errors come back as data with the offending range.
 * @example execute(parse('extend DiscountCondition\noutput 1 < 2').program, new Map(), '…') // { ok: true, outputs: [true] }
 */
export function execute(program: Program, inputs: ReadonlyMap<string, Value>, source: string, options: RunOptions = {}): RunResult {
  const machine = new Machine(inputs, source, options);
  try {
    machine.block(program.statements);
    return machine.result({ ok: false, error: { code: 'no-output', message: 'the script finished without `output`', start: program.end, end: program.end } });
  } catch (e) {
    if (e instanceof OutputSignal) return machine.result({ ok: true, outputs: e.values.map(toPlain) });
    if (e instanceof Fault) return machine.result({ ok: false, error: e.error });
    if (e instanceof RangeError) {
      // The parser bounds nesting and every string is measured, so this is a last resort; its message says what ran out.
      return machine.result({ ok: false, error: { code: 'nesting-too-deep', message: `the script could not run: ${e.message}`, start: 0, end: program.end } });
    }
    throw e;
  }
}

class Machine {
  private steps = 0;
  private readonly budget: number;
  private readonly limit: number;
  private readonly clockEvery: number;
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly endsAt: number;
  private readonly variables = new Map<string, Value>();
  private readonly loops: Map<string, Value>[] = [];
  private readonly trace: TraceEntry[] | undefined;
  private readonly maxTrace: number;

  constructor(
    private readonly inputs: ReadonlyMap<string, Value>,
    private readonly source: string,
    options: RunOptions,
  ) {
    this.budget = options.stepBudget ?? DEFAULT_STEP_BUDGET;
    this.limit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.clockEvery = Math.max(1, options.clockEvery ?? 1024);
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
    this.endsAt = options.endsAt ?? Number.POSITIVE_INFINITY;
    this.trace = options.trace ? [] : undefined;
    this.maxTrace = options.maxTrace ?? 10_000;
  }

  result<T extends object>(r: T): T & { steps: number; trace?: readonly TraceEntry[] } {
    return this.trace ? { ...r, steps: this.steps, trace: this.trace } : { ...r, steps: this.steps };
  }

  private tick(node: Range): void {
    this.steps++;
    if (this.steps > this.budget) {
      this.fail('step-budget-exceeded', `the script ran more than ${this.budget} steps (a loop too large or endless?)`, node);
    }
    if (this.steps % this.clockEvery === 0) {
      const t = this.now();
      if (t - this.startedAt > this.limit) this.fail('time-limit-exceeded', `the script ran longer than ${this.limit} ms`, node);
      if (t > this.endsAt) this.fail('time-limit-exceeded', 'the evaluation it runs in ran out of time', node);
    }
  }

  private bounded(text: string, at: Range): string {
    return text.length > MAX_STRING_LENGTH ? this.tooLong(at) : text;
  }

  private tooLong(at: Range): never {
    return this.fail('value-too-large', `\`${this.text(at)}\` would be longer than ${MAX_STRING_LENGTH.toLocaleString('en-US')} characters`, at);
  }

  private fail(code: DiagnosticCode, message: string, range: Range): never {
    throw new Fault({ code, message, start: range.start, end: range.end });
  }

  private text(range: Range): string {
    const t = this.source.slice(range.start, range.end);
    return t.length > 40 ? `${t.slice(0, 37)}…` : t;
  }

  // ── Statements ──

  block(statements: readonly Statement[]): void {
    for (const s of statements) this.statement(s);
  }

  private statement(s: Statement): void {
    this.tick(s);
    if (this.trace && this.trace.length < this.maxTrace) this.trace.push({ start: s.start, end: s.end, variables: this.snapshot() });
    switch (s.kind) {
      case 'ExtendStatement':
        return;
      case 'SetStatement': {
        const v = this.evaluate(s.value);
        for (let i = this.loops.length - 1; i >= 0; i--) {
          if (this.loops[i]!.has(s.name.name)) {
            this.loops[i]!.set(s.name.name, v);
            return;
          }
        }
        this.variables.set(s.name.name, v);
        return;
      }
      case 'IfStatement':
        for (const b of s.branches) {
          if (this.condition(b.condition, 'an `if` condition')) {
            this.block(b.body);
            return;
          }
        }
        if (s.otherwise) this.block(s.otherwise.body);
        return;
      case 'ForeachStatement': {
        const list = this.evaluate(s.iterable);
        if (list === null) return; // a missing list is empty
        if (!isList(list)) this.fail('type-error', `\`foreach\` needs a list, but \`${this.text(s.iterable)}\` is ${kindOf(list)}`, s.iterable);
        const frame = new Map<string, Value>();
        this.loops.push(frame);
        try {
          for (const item of list) {
            frame.set(s.variable.name, item);
            this.block(s.body);
          }
        } finally {
          this.loops.pop();
        }
        return;
      }
      case 'OutputStatement':
        throw new OutputSignal(s.values.map((v) => this.evaluate(v)));
    }
  }

  private snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.variables) out[k] = v === null ? 'nothing' : display(v);
    for (const frame of this.loops) for (const [k, v] of frame) out[k] = v === null ? 'nothing' : display(v);
    return out;
  }

  // ── Expressions ──

  private condition(e: Expression, what: string): boolean {
    const v = this.evaluate(e);
    if (typeof v !== 'boolean') this.fail('type-error', `${what} must be true or false, but \`${this.text(e)}\` is ${kindOf(v)}`, e);
    return v;
  }

  private evaluate(e: Expression): Value {
    this.tick(e);
    switch (e.kind) {
      case 'NumberLiteral': return new Dec(e.value);
      case 'StringLiteral': return e.value;
      case 'BooleanLiteral': return e.value;
      case 'NullLiteral': return null;
      case 'MissingExpression': return this.fail('syntax-error', 'the script has syntax errors', e);
      case 'ParenthesizedExpression': return this.evaluate(e.expression);
      case 'TemplateLiteral': {
        let text = '';
        for (const p of e.parts) text = this.bounded(text + (p.kind === 'TemplateText' ? p.value : display(this.evaluate(p))), e);
        return text;
      }
      case 'Identifier': return this.lookup(e.name, e);
      case 'MemberExpression': return this.member(e);
      case 'UnaryExpression': {
        if (e.operator === 'not') return !this.condition(e.operand, 'the operand of `not`');
        const v = this.evaluate(e.operand);
        if (!isNum(v)) return this.fail('type-error', `\`-\` needs a number, but \`${this.text(e.operand)}\` is ${kindOf(v)}`, e.operand);
        return v.neg();
      }
      case 'HasValueExpression': {
        const v = this.evaluate(e.operand);
        const has = v !== null && v !== '';
        return e.negated ? !has : has;
      }
      case 'WhenExpression':
        for (const arm of e.arms) {
          if (this.condition(arm.condition, 'a `when` condition')) return this.evaluate(arm.value);
        }
        return e.otherwise ? this.evaluate(e.otherwise) : null;
      case 'BinaryExpression': return this.binary(e);
    }
  }

  private lookup(name: string, at: Range): Value {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const frame = this.loops[i]!;
      if (frame.has(name)) return frame.get(name)!;
    }
    if (this.variables.has(name)) return this.variables.get(name)!;
    if (this.inputs.has(name)) return this.inputs.get(name)!;
    return this.fail('unassigned-variable', `\`${name}\` has not been set yet on this path`, at);
  }

  private member(e: MemberExpression): Value {
    const object = this.evaluate(e.object);
    const name = e.member.name;
    if (object === null) return this.fail('null-member-access', `\`${this.text(e.object)}\` is nothing, so it has no \`${name}\``, e);
    if (isMap(object)) return object.get(name) ?? null;
    if (isList(object) && name === 'Count') return new Dec(object.length);
    return this.fail('type-error', `${kindOf(object)} has no member \`${name}\``, e.member);
  }

  private binary(e: BinaryExpression): Value {
    const op = e.operator;
    if (op === 'and') return this.condition(e.left, 'the left side of `and`') ? this.condition(e.right, 'the right side of `and`') : false;
    if (op === 'or') return this.condition(e.left, 'the left side of `or`') ? true : this.condition(e.right, 'the right side of `or`');
    const l = this.evaluate(e.left);
    const r = this.evaluate(e.right);
    switch (op) {
      case '+':
        if (typeof l === 'string' && typeof r === 'string') {
          if (l.length + r.length > MAX_STRING_LENGTH) return this.tooLong(e);
          return l + r;
        }
        return this.numbers(e, l, r, (a, b) => a.plus(b));
      case '-': return this.numbers(e, l, r, (a, b) => a.minus(b));
      case '*': return this.numbers(e, l, r, (a, b) => a.times(b));
      case '/':
        return this.numbers(e, l, r, (a, b) => {
          if (b.isZero()) this.fail('division-by-zero', `\`${this.text(e.right)}\` is zero`, e.right);
          return a.dividedBy(b);
        });
      case '=': return this.equal(e, l, r);
      case '<>': return !this.equal(e, l, r);
      case '<': return this.order(e, l, r) < 0;
      case '>': return this.order(e, l, r) > 0;
      case '<=': return this.order(e, l, r) <= 0;
      case '>=': return this.order(e, l, r) >= 0;
      case 'in':
      case 'not in': {
        if (r === null) return op === 'not in';
        if (!isList(r)) return this.fail('type-error', `\`${op}\` needs a list on its right, but \`${this.text(e.right)}\` is ${kindOf(r)}`, e.right);
        const found = r.some((x) => this.equal(e, l, x));
        return op === 'in' ? found : !found;
      }
      case 'contains':
      case 'not contains': {
        let found: boolean;
        if (l === null) found = false;
        else if (isList(l)) found = l.some((x) => this.equal(e, x, r));
        else if (typeof l === 'string' && typeof r === 'string') found = l.includes(r);
        else return this.fail('type-error', `cannot test whether ${kindOf(l)} contains ${kindOf(r)}`, e);
        return op === 'contains' ? found : !found;
      }
    }
  }

  private numbers(e: BinaryExpression, l: Value, r: Value, f: (a: InstanceType<typeof Dec>, b: InstanceType<typeof Dec>) => Value): Value {
    if (isNum(l) && isNum(r)) {
      const v = f(l, r);
      // decimal.js overflows to Infinity (or underflows a division to 0): Infinity has no JSON form and no meaning as money.
      if (isNum(v) && !v.isFinite()) this.fail('number-overflow', `\`${this.text(e)}\` is too large for a number`, e);
      return v;
    }
    return this.fail('type-error', `cannot apply \`${e.operator}\` to ${kindOf(l)} and ${kindOf(r)}`, e);
  }

  /** Nothing equals only nothing; other values of different kinds cannot be compared. */
  private equal(e: BinaryExpression, l: Value, r: Value): boolean {
    if (l === null || r === null) return l === r;
    if (isNum(l) && isNum(r)) return l.eq(r);
    if (typeof l === 'string' && typeof r === 'string') return l === r;
    if (typeof l === 'boolean' && typeof r === 'boolean') return l === r;
    if (isList(l) && isList(r)) return l.length === r.length && l.every((x, i) => this.equal(e, x, r[i]!));
    return this.fail('type-error', `cannot compare ${kindOf(l)} with ${kindOf(r)}`, e);
  }

  private order(e: BinaryExpression, l: Value, r: Value): number {
    if (isNum(l) && isNum(r)) return l.comparedTo(r);
    return this.fail('type-error', `\`${e.operator}\` compares numbers, not ${kindOf(l)} and ${kindOf(r)}`, e);
  }
}
