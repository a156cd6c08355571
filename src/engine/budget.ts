import { BUDGET } from '../domain/limits.ts';
import type { Settings } from '../domain/bundle.ts';
import type { EvaluationBudgetReport } from '../domain/result.ts';

/** What a caller may set for one evaluation; each absent field falls back to the bundle's settings, then the default. */
export interface BudgetOptions {
  /** Search nodes for the whole evaluation. */
  readonly nodes?: number;
  /** Wall-clock milliseconds for the whole evaluation's searches. */
  readonly millis?: number;
  /** Injectable clock (milliseconds), so tests never depend on real time. */
  readonly now?: () => number;
}

/**
 * The whole-evaluation budget. Every search of an evaluation — each priority level, each compound
 * item deal and each explanation's re-solve — draws from one pool of nodes and one deadline, so
 * the number of promotions no longer multiplies the work. A search never gets more than its
 * level's `searchBudget` nor more than the pool has left; once the pool or the time is gone, each
 * later search gets no nodes and answers with its greedy plan (the solver's own fallback), and the
 * result says `budget.exhausted`. Time is checked between searches: a single search is bounded by
 * its node allowance, and deciding time inside the search would make results depend on the machine.
 * @example const b = new EvaluationBudget(settings, {}); const n = b.allowance(200_000); b.spend(out.nodes);
 */
export class EvaluationBudget {
  readonly nodes: number;
  readonly millis: number;
  private used = 0;
  private ranOut: 'nodes' | 'time' | undefined;
  /** The budget's clock (milliseconds); scripts run on it too. */
  readonly clock: () => number;
  private readonly startedAt: number;

  constructor(settings: Pick<Settings, 'evaluationNodes' | 'evaluationMillis'>, options: BudgetOptions = {}) {
    this.nodes = clamp(options.nodes ?? settings.evaluationNodes ?? BUDGET.evaluationNodes, BUDGET.maxNodes);
    this.millis = clamp(options.millis ?? settings.evaluationMillis ?? BUDGET.evaluationMillis, BUDGET.maxMillis);
    this.clock = options.now ?? (() => performance.now());
    this.startedAt = this.clock();
  }

  /** Nodes the next search may visit: its own per-level budget, capped by what the pool has left (0 once out). */
  allowance(perSearch: number): number {
    if (this.ranOut === undefined && this.clock() - this.startedAt > this.millis) this.ranOut = 'time';
    if (this.ranOut !== undefined) return 0;
    return Math.min(perSearch, this.nodes - this.used);
  }

  /** The time on the clock when the evaluation's milliseconds are gone. */
  get endsAt(): number {
    return this.startedAt + this.millis;
  }

  /** True once the time is gone (marking the budget exhausted by time, if nothing else ran out first). */
  get spentTime(): boolean {
    const up = this.clock() - this.startedAt > this.millis;
    if (up && this.ranOut === undefined) this.ranOut = 'time';
    return up;
  }

  /** True once the nodes or the time are gone: explanations then skip their re-solves. */
  get spent(): boolean {
    return this.allowance(1) === 0;
  }

  /** Records a finished search's nodes. */
  spend(nodes: number): void {
    this.used = Math.min(this.nodes, this.used + nodes);
    if (this.used >= this.nodes && this.ranOut === undefined) this.ranOut = 'nodes';
  }

  /** What the result reports. Deterministic unless time ran out: elapsed time itself is not reported. */
  report(): EvaluationBudgetReport {
    return {
      nodes: { limit: this.nodes, used: this.used },
      millis: { limit: this.millis },
      ...(this.ranOut === undefined ? { exhausted: false } : { exhausted: true, by: this.ranOut }),
    };
  }
}

const clamp = (n: number, max: number): number => (Number.isFinite(n) ? Math.max(0, Math.min(Math.floor(n), max)) : max);
