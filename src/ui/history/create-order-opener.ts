/**
 * The report's and compare view's order links: they call the History view's
 * `openHistoryOrder(historyId, orderId)` and, when it answers with problems (the order is no
 * longer stored, the workspace is not open), keep the message to show beside the links instead of
 * failing silently. A newer click wins over an older answer.
 */
import { createSignal, type Accessor } from 'solid-js';
import type { Result } from '../../domain/problem.ts';

/** History-ui's function; a plain callback (no answer) works too. */
export type OpenHistoryOrderFn = (historyId: string, orderId: string) => void | Promise<Result<void>>;

export interface OrderOpener {
  /** Undefined when there is nothing to open with (no history id or no function): links become text. */
  readonly open: Accessor<((orderId: string) => void) | undefined>;
  /** The last failure, said in words ("Order o-17 could not be opened: …"), or ''. */
  readonly problem: Accessor<string>;
}

/**
 * @example const opener = createOrderOpener(() => props.historyId, () => props.openHistoryOrder); opener.open()?.('o-17')
 */
export function createOrderOpener(historyId: Accessor<string | undefined>, fn: Accessor<OpenHistoryOrderFn | undefined>): OrderOpener {
  const [problem, setProblem] = createSignal('');
  let generation = 0;
  const open = () => {
    const id = historyId();
    const f = fn();
    if (id === undefined || f === undefined) return undefined;
    return (orderId: string) => {
      const mine = ++generation;
      setProblem('');
      const answer = f(id, orderId);
      if (answer === undefined) return;
      void answer.then(
        (r) => {
          if (mine === generation && !r.ok) setProblem(`Order ${orderId} could not be opened: ${r.problems.map((p) => p.message).join(' ')}`);
        },
        (e: unknown) => {
          if (mine === generation) setProblem(`Order ${orderId} could not be opened: ${e instanceof Error ? e.message : String(e)}`);
        },
      );
    };
  };
  return { open, problem };
}
