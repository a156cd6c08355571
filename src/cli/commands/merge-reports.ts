import { parseArgs } from 'node:util';
import { secureParse } from '../../bundle/secure-parse.ts';
import { mergeReports, readReport, reportToCsv, type ReplayReport } from '../../replay/index.ts';
import type { CliCommand } from '../command.ts';
import { formatProblem } from '../io.ts';

const USAGE = 'promo merge-reports <report.json> <report.json>… [--out merged.json] [--format json|csv]';

/** Shard reports stay small (sums, not orders); this bounds a hostile file. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/**
 * `promo merge-reports`: merges replay reports of shards of one history (from `promo simulate`
 * runs or queue workers) into the report of the whole history. Exact: the result equals one run
 * over all the orders. Reports of different bundles, currencies or sharding do not merge.
 */
export const command: CliCommand = {
  summary: 'merge replay reports of shards into the report of the whole history',
  usage: USAGE,
  async run(args, io) {
    const usageError = (message: string): number => {
      io.stderr(`promo merge-reports: ${message}\nusage: ${USAGE}`);
      return 2;
    };
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { out: { type: 'string' }, format: { type: 'string' } } });
    } catch (e) {
      return usageError((e as Error).message);
    }
    const files = parsed.positionals;
    const format = parsed.values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') return usageError(`--format must be json or csv, not "${format}"`);
    if (files.length === 0) return usageError('expected at least one report file');

    const reports: ReplayReport[] = [];
    let failed = false;
    for (const file of files) {
      let text: string;
      try {
        text = await io.readFile(file);
      } catch (e) {
        io.stderr(`promo merge-reports: ${e instanceof Error ? e.message : String(e)}`);
        return 1;
      }
      const json = secureParse(text, { maxBytes: MAX_REPORT_BYTES, what: 'a replay report' });
      const checked = json.ok ? readReport(json.value) : json;
      if (!json.ok || !checked.ok) {
        for (const p of checked.ok ? [] : checked.problems) io.stderr(`${file}: ${formatProblem(p)}`);
        failed = true;
        continue;
      }
      reports.push(json.value as ReplayReport);
    }
    if (failed) return 1;
    let merged = reports[0]!;
    for (let i = 1; i < reports.length; i++) {
      const m = mergeReports(merged, reports[i]!);
      if (!m.ok) {
        for (const p of m.problems) io.stderr(`${files[i]}: ${formatProblem(p)}`);
        return 1;
      }
      merged = m.value;
    }
    const text = format === 'csv' ? reportToCsv(merged) : `${JSON.stringify(merged, null, 2)}\n`;
    if (parsed.values.out === undefined) {
      io.stdout(text);
      return 0;
    }
    try {
      await io.writeFile!(parsed.values.out, text);
    } catch (e) {
      io.stderr(`promo merge-reports: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
    io.stderr(`merged ${files.length} reports: ${merged.totals.orders} orders, saving ${merged.totals.saving} ${merged.currency}`);
    return 0;
  },
};
