import type { SemanticContext } from './context.ts';
import { forEachCondition } from './walk.ts';

/**
 * When the bundle declares its order properties, an orderProperties condition may only select
 * declared ones; `excluding` complements within that list, so it needs the list (SPEC §3.4).
 */
export function orderProperties(ctx: SemanticContext): void {
  const declared = ctx.bundle.settings.orderProperties;
  const known = new Set(declared);
  forEachCondition(ctx.bundle, (c, path, p) => {
    if (c.kind !== 'orderProperties') return;
    if (declared.length === 0) {
      if (c.excluding) {
        ctx.report(
          'order-properties-undeclared',
          `promotion ${p.id} excludes order properties, but settings.orderProperties declares none to exclude within`,
          [...path, 'excluding'],
        );
      }
      return;
    }
    c.selected.forEach((name, k) => {
      if (!known.has(name)) {
        ctx.report(
          'order-property-unknown',
          `order property "${name}" is not declared in settings.orderProperties (${declared.join(', ')})`,
          [...path, 'selected', k],
        );
      }
    });
  });
}
