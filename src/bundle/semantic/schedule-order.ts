import { promotionLabel, type SemanticContext } from './context.ts';

/** A schedule's `end` (exclusive) must come after its `start` (inclusive), else it never runs. */
export function scheduleOrder(ctx: SemanticContext): void {
  ctx.bundle.promotions.forEach((p, i) => {
    const s = p.schedule;
    if (!s?.start || !s.end) return;
    // Same zone, same fixed-width format once seconds are filled in: text order is time order.
    if (withSeconds(s.end) <= withSeconds(s.start)) {
      ctx.report(
        'schedule-end-not-after-start',
        `promotion ${promotionLabel(p)} ends (${s.end}) before or when it starts (${s.start})`,
        ['promotions', i, 'schedule', 'end'],
      );
    }
  });
}

const withSeconds = (t: string): string => (t.length === 16 ? `${t}:00` : t);
