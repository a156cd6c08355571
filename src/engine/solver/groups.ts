/**
 * Groups identical units and splits promotions into independent conflict components.
 * Two units are identical when they share price, customer price, floor, membership (qualifying /
 * benefit / none) in every promotion and — when a `same` deal qualifies them — product: the
 * search then only counts units per group.
 */
import type { SolveInput } from './types.ts';

export interface UnitGroups {
  /** Member unit indices per group, ascending by (line, unit). Groups ordered by their first member. */
  readonly members: number[][];
  /** Per promotion: qualifying / benefit groups, ascending. */
  readonly qualGroups: number[][];
  readonly benGroups: number[][];
}

/** Builds groups over available units that take part in at least one promotion. */
export function groupUnits(input: SolveInput): UnitGroups {
  const P = input.promotions.length;
  const U = input.units.length;
  const role: number[] = new Array<number>(U * P).fill(0);
  for (let p = 0; p < P; p++) {
    const pr = input.promotions[p]!;
    for (let i = 0; i < pr.qualifying.length; i++) role[pr.qualifying[i]! * P + p] = 1;
    for (let i = 0; i < pr.benefit.length; i++) role[pr.benefit[i]! * P + p] = 2;
  }
  const order: number[] = [];
  for (let u = 0; u < U; u++) if (input.available[u] === true) order.push(u);
  order.sort((a, b) => input.units[a]!.line - input.units[b]!.line || input.units[a]!.unit - input.units[b]!.unit || a - b);
  const keys: string[] = [];
  const members: number[][] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < order.length; i++) {
    const u = order[i]!;
    const x = input.units[u]!;
    let sig = '';
    let any = false;
    // The product only matters to `same` deals: elsewhere units of different products but equal
    // price, customer price, floor and roles are interchangeable (fewer groups, smaller search).
    let sameDeal = false;
    for (let p = 0; p < P; p++) {
      const r = role[u * P + p]!;
      if (r !== 0) any = true;
      if (r === 1 && input.promotions[p]!.combination === 'same') sameDeal = true;
      sig += String(r);
    }
    if (!any) continue;
    const product = sameDeal ? x.productId : '';
    const key = `${product}\u0000${x.price}\u0000${x.customerPrice}\u0000${x.floor}\u0000${sig}`;
    const g = index.get(key);
    if (g === undefined) {
      index.set(key, members.length);
      keys.push(key);
      members.push([u]);
    } else members[g]!.push(u);
  }
  const qualGroups: number[][] = [];
  const benGroups: number[][] = [];
  for (let p = 0; p < P; p++) {
    const q: number[] = [];
    const b: number[] = [];
    for (let g = 0; g < members.length; g++) {
      const r = role[members[g]![0]! * P + p]!;
      if (r === 1) q.push(g);
      else if (r === 2) b.push(g);
    }
    qualGroups.push(q);
    benGroups.push(b);
  }
  return { members, qualGroups, benGroups };
}

/**
 * Conflict components: promotions connected through shared groups, each listed in `rank` order;
 * components ordered by their first promotion's rank. Promotions touching no group are left out.
 */
export function components(groups: UnitGroups, rank: readonly number[]): number[][] {
  const G = groups.members.length;
  const parent: number[] = [];
  for (let g = 0; g < G; g++) parent.push(g);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const firstGroup: number[] = [];
  for (let p = 0; p < groups.qualGroups.length; p++) {
    const all = groups.qualGroups[p]!.concat(groups.benGroups[p]!);
    firstGroup.push(all.length === 0 ? -1 : all[0]!);
    for (let i = 1; i < all.length; i++) {
      const a = find(all[0]!);
      const b = find(all[i]!);
      if (a !== b) parent[a < b ? b : a] = a < b ? a : b;
    }
  }
  const out: number[][] = [];
  const rootOf: number[] = [];
  for (let i = 0; i < rank.length; i++) {
    const p = rank[i]!;
    if (firstGroup[p]! < 0) continue;
    const root = find(firstGroup[p]!);
    let c = rootOf.indexOf(root);
    if (c < 0) {
      c = out.length;
      rootOf.push(root);
      out.push([]);
    }
    out[c]!.push(p);
  }
  return out;
}
