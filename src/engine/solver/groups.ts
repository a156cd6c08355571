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

/**
 * Each unit's roles, sparse: `p << 2 | role` (1 qualifying, 2 benefit; benefit wins when listed in
 * both) by promotion ascending. A dense unit × promotion table cost O(U × P) per level.
 */
function rolesOf(input: SolveInput): number[][] {
  const roles: number[][] = input.units.map(() => []);
  const add = (u: number, p: number, r: number): void => {
    const list = roles[u]!;
    const last = list.length - 1;
    if (last >= 0 && list[last]! >> 2 === p) {
      if (r === 2) list[last] = (p << 2) | 2;
    } else list.push((p << 2) | r);
  };
  input.promotions.forEach((pr, p) => {
    for (const u of pr.qualifying) add(u, p, 1);
    for (const u of pr.benefit) add(u, p, 2);
  });
  return roles;
}

/** Builds groups over available units that take part in at least one promotion. */
export function groupUnits(input: SolveInput): UnitGroups {
  const P = input.promotions.length;
  const roles = rolesOf(input);
  const order: number[] = [];
  for (let u = 0; u < input.units.length; u++) if (input.available[u] === true && roles[u]!.length > 0) order.push(u);
  order.sort((a, b) => input.units[a]!.line - input.units[b]!.line || input.units[a]!.unit - input.units[b]!.unit || a - b);
  const members: number[][] = [];
  const index = new Map<string, number>();
  for (const u of order) {
    const x = input.units[u]!;
    // The product only matters to `same` deals: elsewhere units of different products but equal
    // price, customer price, floor and roles are interchangeable (fewer groups, smaller search).
    const sameDeal = roles[u]!.some((e) => (e & 3) === 1 && input.promotions[e >> 2]!.combination === 'same');
    const product = sameDeal ? x.productId : '';
    const key = `${product}\u0000${x.price}\u0000${x.customerPrice}\u0000${x.floor}\u0000${roles[u]!.join(',')}`;
    const g = index.get(key);
    if (g === undefined) {
      index.set(key, members.length);
      members.push([u]);
    } else members[g]!.push(u);
  }
  const qualGroups: number[][] = [];
  const benGroups: number[][] = [];
  for (let p = 0; p < P; p++) {
    qualGroups.push([]);
    benGroups.push([]);
  }
  members.forEach((m, g) => {
    for (const e of roles[m[0]!]!) ((e & 3) === 1 ? qualGroups : benGroups)[e >> 2]!.push(g);
  });
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
