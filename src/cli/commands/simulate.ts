import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeRevision } from '../../bundle/revision.ts';
import { importBundle } from '../../bundle/import.ts';
import type { Bundle, Order } from '../../domain/index.ts';
import { createHistoryReader, type HistoryFormat, type HistoryProblem } from '../../history/index.ts';
import { replayOnThreads } from '../../node/replay-threads.ts';
import { DEFAULT_TOP_N, planShards, reportToCsv } from '../../replay/index.ts';
import type { CliCommand, CliIO } from '../command.ts';
import { printProblems } from '../io.ts';
import { DEFAULT_QUEUE } from '../../scale/queue-contract.ts';
import { reachRedis } from '../../scale/reach-redis.ts';
import { redisConnection } from '../../scale/redis-connection.ts';
import { replayOnQueue } from '../replay-on-queue.ts';
import { makeProgress } from '../replay-progress.ts';
import { openOutcomeLines, type OutcomeLines } from '../outcome-lines.ts';
import { SOLVER_NAMES, type SolverName } from '../solver-choice.ts';

const USAGE =
  'promo simulate --bundle <bundle.json> --orders <history.csv|history.jsonl> [--workers N] [--out report.json] ' +
  '[--format json|csv] [--solver wasm|reference] [--skip-bad-orders] [--approximate] [--top N] [--outcomes outcomes.jsonl]\n' +
  '       promo simulate --bundle <bundle.json> --orders <history> --redis <redis://host:port> [--shards N] [--queue name] [--out …] (shards run on `promo worker` processes)';

/** Problems listed one by one before the summary line; the rest are counted. */
const LISTED_PROBLEMS = 20;

/**
 * `promo simulate`: replays an order history (docs/order-history.md) through a bundle and writes
 * the report. The file is streamed into the history reader; the orders are sharded by customer
 * when that is exact (else one time-ordered shard, noted in the report) and replayed on worker
 * threads with the WASM solver; the shard reports are merged. Progress goes to stderr.
 * Exit codes: 0 done, 1 the inputs have problems (bad rows without --skip-bad-orders), 2 usage.
 */
export const command: CliCommand = {
  summary: 'replay an order history through a bundle and write the report (totals, per promotion, per day…)',
  usage: USAGE,
  async run(args, io) {
    const usageError = (message: string): number => {
      io.stderr(`promo simulate: ${message}\nusage: ${USAGE}`);
      return 2;
    };
    let values;
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: {
          bundle: { type: 'string' }, orders: { type: 'string' }, workers: { type: 'string' }, out: { type: 'string' },
          format: { type: 'string' }, solver: { type: 'string' }, 'skip-bad-orders': { type: 'boolean' },
          approximate: { type: 'boolean' }, top: { type: 'string' }, 'orders-format': { type: 'string' },
          redis: { type: 'string' }, shards: { type: 'string' }, queue: { type: 'string' }, outcomes: { type: 'string' },
        },
      }));
    } catch (e) {
      return usageError((e as Error).message);
    }
    if (values.bundle === undefined || values.orders === undefined) return usageError('--bundle and --orders are required');
    const workers = wholeNumber(values.workers ?? '1', 1, 64);
    if (workers === undefined) return usageError(`--workers must be a whole number from 1 to 64, not "${values.workers}"`);
    const topN = wholeNumber(values.top ?? String(DEFAULT_TOP_N), 0, 1000);
    if (topN === undefined) return usageError(`--top must be a whole number from 0 to 1000, not "${values.top}"`);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') return usageError(`--format must be json or csv, not "${format}"`);
    const solver = (values.solver ?? 'wasm') as SolverName;
    if (!SOLVER_NAMES.includes(solver)) return usageError(`--solver must be ${SOLVER_NAMES.join(' or ')}, not "${values.solver}"`);
    const historyFormat = historyFormatOf(values.orders, values['orders-format']);
    if (historyFormat === undefined) return usageError(`cannot tell the format of ${values.orders}: name it .csv or .jsonl, or give --orders-format csv|jsonl`);

    if (values.outcomes !== undefined && values.redis !== undefined) {
      return usageError('--outcomes works with worker threads only: queue workers (--redis) send back shard reports, not per-order outcomes');
    }
    const connection = values.redis === undefined ? undefined : redisConnection(values.redis);
    if (connection !== undefined && !connection.ok) return usageError(connection.problems[0]!.message);
    const queueShards = wholeNumber(values.shards ?? '16', 1, 10_000);
    if (queueShards === undefined) return usageError(`--shards must be a whole number from 1 to 10000, not "${values.shards}"`);
    if (connection !== undefined) {
      const reached = await reachRedis(connection.value);
      if (!reached.ok) {
        io.stderr(`promo simulate: ${reached.problems[0]!.message}`);
        return 1;
      }
    }

    const bundle = await loadBundle(values.bundle, io);
    if (typeof bundle === 'number') return bundle;

    const read = await readOrders(values.orders, historyFormat, bundle, io);
    if (typeof read === 'number') return read;
    if (read.errors > 0 && values['skip-bad-orders'] !== true) {
      io.stderr(`promo simulate: ${values.orders} has rows with errors; fix them, or run again with --skip-bad-orders to replay without the orders of those rows`);
      return 1;
    }

    const plan = planShards(bundle, read.orders, { shards: connection === undefined ? workers : queueShards, ...(values.approximate === true ? { approximate: true } : {}) });
    read.orders = [];
    const total = plan.shards.reduce((n, s) => n + s.orders.length, 0);
    io.stderr(plan.kind === 'byCustomer'
      ? `replay: ${total.toLocaleString('en-US')} orders in ${plan.shards.length} shards by customer`
      : `replay: ${total.toLocaleString('en-US')} orders in one time-ordered shard${plan.notes.length > 0 ? ' (state shared by all customers: see the report notes)' : ''}`);
    let outcomeLines: OutcomeLines | undefined;
    if (values.outcomes !== undefined) {
      try {
        outcomeLines = openOutcomeLines(io.cwd, values.outcomes);
      } catch (e) {
        io.stderr(`promo simulate: cannot write ${values.outcomes}: ${e instanceof Error ? e.message : String(e)}`);
        return 1;
      }
    }
    const progress = makeProgress(total, io.stderr);
    const result = connection !== undefined
      ? await replayOnQueue({ connection: connection.value, queue: values.queue ?? DEFAULT_QUEUE, bundle, plan, topN }, progress, io)
      : await replayOnThreads(bundle, plan.shards.map((s) => [...s.orders]), {
      solver, topN, notes: plan.notes, sharding: { kind: plan.kind, shards: plan.shards.length },
      onProgress: (done) => progress.update(done),
      onNote: (note) => io.stderr(`promo simulate: ${note}`),
      ...(outcomeLines === undefined ? {} : { onOutcomes: (o: Parameters<OutcomeLines['write']>[0]) => outcomeLines.write(o) }),
    }).finally(() => outcomeLines?.close());
    if (!result.ok) {
      printProblems('simulate', result.problems, io.stderr);
      return 70;
    }
    if (outcomeLines?.error !== undefined) {
      io.stderr(`promo simulate: writing ${values.outcomes} failed after ${outcomeLines.count.toLocaleString('en-US')} orders: ${outcomeLines.error}`);
      return 1;
    }
    const text = format === 'csv' ? reportToCsv(result.value) : `${JSON.stringify(result.value, null, 2)}\n`;
    if (values.out === undefined) io.stdout(text);
    else {
      try {
        await io.writeFile!(values.out, text);
      } catch (e) {
        io.stderr(`promo simulate: ${e instanceof Error ? e.message : String(e)}`);
        return 1;
      }
    }
    const seconds = progress.elapsed();
    const usage = process.resourceUsage();
    io.stderr(
      `done: ${total.toLocaleString('en-US')} orders, ${read.lines.toLocaleString('en-US')} lines in ${seconds.toFixed(1)} s ` +
      `(${Math.round(total / Math.max(seconds, 1e-3)).toLocaleString('en-US')} orders/s, ${Math.round(read.lines / Math.max(seconds, 1e-3)).toLocaleString('en-US')} lines/s); ` +
      `peak memory ${Math.round(usage.maxRSS / 1024)} MB, cpu ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(1)} s (all threads); saving ${result.value.totals.saving} ${result.value.currency} (${result.value.totals.savingRate} %)`,
    );
    return 0;
  },
};

function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

function historyFormatOf(path: string, given: string | undefined): HistoryFormat | undefined {
  if (given !== undefined) return given === 'csv' || given === 'jsonl' ? given : undefined;
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(path)) return 'jsonl';
  return undefined;
}

/** The bundle, with its revision computed from the file when the file carries none. */
async function loadBundle(path: string, io: CliIO): Promise<Bundle | number> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    io.stderr(`promo simulate: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const r = await importBundle(text);
  if (!r.ok) {
    printProblems('simulate', r.problems, io.stderr);
    return 1;
  }
  if (r.value.revision !== undefined) return r.value;
  return { ...r.value, revision: await computeRevision(JSON.parse(text) as object) };
}

interface ReadOrders {
  orders: Order[];
  lines: number;
  errors: number;
}

/** Streams the history file into the reader; prints the first problems and a summary line. */
async function readOrders(path: string, format: HistoryFormat, bundle: Bundle, io: CliIO): Promise<ReadOrders | number> {
  const orders: Order[] = [];
  let listed = 0;
  let errors = 0;
  const reader = createHistoryReader({
    format, currency: bundle.currency, customers: bundle.customers,
    onOrder: (o) => void orders.push(o),
    onProblem: (p: HistoryProblem) => {
      if (p.severity === 'error') errors++;
      if (listed++ < LISTED_PROBLEMS) io.stderr(`${path}: ${p.code}${p.severity === 'error' ? '' : ` (${p.severity})`}: ${p.message}`);
    },
  });
  try {
    const stream = createReadStream(resolve(io.cwd, path), { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) reader.push(chunk as string);
  } catch (e) {
    const code = (e as { code?: string }).code;
    io.stderr(`promo simulate: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const summary = reader.end();
  const c = summary.counts;
  if (c.problems > 0) {
    io.stderr(`${path}: ${c.problems} problems in ${c.badRows} rows${c.problems > LISTED_PROBLEMS ? ` (first ${LISTED_PROBLEMS} shown)` : ''}; ${c.skippedOrders} orders have a bad row and are left out`);
  }
  return { orders, lines: c.lines, errors };
}
