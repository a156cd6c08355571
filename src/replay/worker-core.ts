import { problem } from '../domain/index.ts';
import { ReplaySession } from './replay-session.ts';
import type { ReplaySolver } from './types.ts';
import type { ReplayWorkerRequest, ReplayWorkerResponse } from './worker-protocol.ts';

/**
 * The replay worker's logic without the transport: feed it requests, post what it returns.
 * `loadSolver` gives the level solver of this thread (WASM in the CLI's worker threads).
 * Never throws: a failure becomes a `failed` response and the session ends.
 * @example const core = new ReplayWorkerCore(load); port.on('message', async (m) => { for (const r of await core.handle(m)) port.postMessage(r); });
 */
export class ReplayWorkerCore {
  private session: ReplaySession | undefined;
  private outcomes = false;
  private failed = false;

  constructor(private readonly loadSolver: (requested: ReplaySolver['name']) => Promise<ReplaySolver & { readonly note?: string }>) {}

  async handle(request: ReplayWorkerRequest): Promise<ReplayWorkerResponse[]> {
    if (this.failed) return [];
    try {
      switch (request.kind) {
        case 'start': {
          const solver = await this.loadSolver(request.solver);
          this.session = new ReplaySession(request.bundle, {
            solver: { name: solver.name, ...(solver.solveLevel === undefined ? {} : { solveLevel: solver.solveLevel }) },
            topN: request.topN, notes: request.notes, sharding: request.sharding,
          });
          this.outcomes = request.outcomes === true;
          return [{ kind: 'ready', solver: solver.name, ...(solver.note === undefined ? {} : { note: solver.note }) }];
        }
        case 'orders': {
          const session = this.started();
          if (!this.outcomes) {
            for (const order of request.orders) session.run(order);
            return [{ kind: 'ack', done: session.orders }];
          }
          const outcomes = request.orders.map((order) => session.run(order));
          return [{ kind: 'ack', done: session.orders, outcomes }];
        }
        case 'finish':
          return [{ kind: 'report', report: this.started().report() }];
      }
    } catch (e) {
      this.failed = true;
      return [{ kind: 'failed', problems: [problem('replay-failed', `the replay worker failed: ${e instanceof Error ? e.message : String(e)}`)] }];
    }
  }

  private started(): ReplaySession {
    if (this.session === undefined) throw new Error('orders came before the start message');
    return this.session;
  }
}
