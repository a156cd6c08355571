import type { ExtensionPointName } from '../../domain/script.ts';
import { isUnparsed, type SemanticContext } from './context.ts';
import { forEachCondition } from './walk.ts';

/** Script conditions name DiscountCondition scripts; dispersion names a DiscountFinancialDispersion script. */
export function scriptReferences(ctx: SemanticContext): void {
  const byId = new Map(ctx.bundle.scripts.map((s) => [s.id, s]));
  const check = (scriptId: string, expected: ExtensionPointName, path: readonly PropertyKey[]): void => {
    const s = byId.get(scriptId);
    if (!s) {
      if (!isUnparsed(ctx, 'scripts', scriptId)) ctx.report('script-unknown', `script "${scriptId}" is not in the bundle's script library`, path);
    } else if (s.extensionPoint !== expected) {
      ctx.report(
        'script-wrong-extension-point',
        `script "${scriptId}" is a ${s.extensionPoint} script, but a ${expected} script is needed here`,
        path,
      );
    }
  };
  forEachCondition(ctx.bundle, (c, path) => {
    if (c.kind === 'script') check(c.scriptId, 'DiscountCondition', [...path, 'scriptId']);
  });
  ctx.bundle.promotions.forEach((p, i) => {
    const id = p.dispersion?.scriptId;
    if (id !== undefined) check(id, 'DiscountFinancialDispersion', ['promotions', i, 'dispersion', 'scriptId']);
  });
}
