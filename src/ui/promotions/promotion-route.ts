import { formatRoute, parseRoute } from '../state/route.ts';

/**
 * The Promotions view's place, read from the app's one route (`src/ui/state/route.ts`):
 * `#/promotions`, `#/promotions/<id>` (selected), `#/promotions/<id>/edit`,
 * `#/promotions/new/<template key>`.
 */
export type PromotionRoute =
  | { readonly kind: 'list'; readonly selected: string | undefined }
  | { readonly kind: 'edit'; readonly id: string }
  | { readonly kind: 'new'; readonly template: string };

export function promotionRoute(hash: string): PromotionRoute {
  const r = parseRoute(hash);
  if (r.view !== 'promotions') return { kind: 'list', selected: undefined };
  if (r.id === 'new') return { kind: 'new', template: r.sub ?? 'blank' };
  if (r.id !== undefined && r.sub === 'edit') return { kind: 'edit', id: r.id };
  return { kind: 'list', selected: r.id };
}

export function promotionsHash(r: PromotionRoute): string {
  switch (r.kind) {
    case 'list': return formatRoute(r.selected === undefined ? { view: 'promotions' } : { view: 'promotions', id: r.selected });
    case 'edit': return formatRoute({ view: 'promotions', id: r.id, sub: 'edit' });
    case 'new': return formatRoute({ view: 'promotions', id: 'new', sub: r.template });
  }
}
