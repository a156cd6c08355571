import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../src/ui/state/route.ts';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { view: 'promotions' }],
    ['#', { view: 'promotions' }],
    ['#/', { view: 'promotions' }],
    ['#/baskets', { view: 'baskets' }],
    ['#baskets', { view: 'baskets' }],
    ['#/baskets/', { view: 'baskets' }],
    ['#/promotions/snacks-b2g1', { view: 'promotions', id: 'snacks-b2g1' }],
    ['#/promotions/snacks-b2g1/edit', { view: 'promotions', id: 'snacks-b2g1', sub: 'edit' }],
    ['#/promotions/new', { view: 'promotions', id: 'new' }],
    ['#/simulator/b01-snack-b2g1', { view: 'simulator', id: 'b01-snack-b2g1' }],
    ['#/baskets/a%2Fb%20c', { view: 'baskets', id: 'a/b c' }],
    ['#/baskets/b1/edit/extra', { view: 'baskets', id: 'b1', sub: 'edit' }],
    ['#/baskets//edit', { view: 'baskets' }],
    // An unknown view is not ours: its id is dropped with it.
    ['#/nowhere/b1', { view: 'promotions' }],
    // A broken escape is kept as typed instead of throwing.
    ['#/baskets/%E0%A4%A', { view: 'baskets', id: '%E0%A4%A' }],
  ])('%j → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('formatRoute', () => {
  it.each<[Route, string]>([
    [{ view: 'catalog' }, '#/catalog'],
    [{ view: 'promotions', id: 'p 1', sub: 'edit' }, '#/promotions/p%201/edit'],
    [{ view: 'baskets', id: 'a/b#c' }, '#/baskets/a%2Fb%23c'],
    [{ view: 'simulator', id: '' }, '#/simulator'],
    // A sub-page without an id has nothing to belong to.
    [{ view: 'promotions', sub: 'edit' }, '#/promotions'],
  ])('%j → %s', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
  });

  it.each<Route>([
    { view: 'baskets', id: 'b/1 #2%' },
    { view: 'promotions', id: 'new' },
    { view: 'promotions', id: 'ü-ö', sub: 'edit' },
  ])('reads back what it wrote: %j', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});
