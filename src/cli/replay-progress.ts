/**
 * Progress lines for `promo simulate` on stderr: orders done, throughput and time left, at most
 * one line every `everyMs` (a log file stays readable; a terminal sees it move).
 * @example const p = makeProgress(200_000, io.stderr); p.update(52_000); p.done()
 */
export function makeProgress(total: number, write: (line: string) => void, everyMs = 2_000, now: () => number = () => performance.now()) {
  const started = now();
  let last = started;
  const n = (x: number): string => x.toLocaleString('en-US');
  return {
    update(done: number): void {
      const t = now();
      if (t - last < everyMs || done >= total) return;
      last = t;
      const seconds = (t - started) / 1000;
      const rate = done / Math.max(seconds, 1e-3);
      const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
      write(`replay: ${n(done)} / ${n(total)} orders (${Math.floor((done / Math.max(total, 1)) * 100)} %), ${n(Math.round(rate))} orders/s, about ${Number.isFinite(left) ? `${Math.ceil(left)} s` : 'unknown time'} left`);
    },
    /** Seconds since the start. */
    elapsed(): number {
      return (now() - started) / 1000;
    },
  };
}
