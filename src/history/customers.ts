import { CustomerSchema, type Customer } from '../domain/index.ts';

/**
 * Turns a history's customer id (and optional segments) into the order's customer record: the
 * known record when the bundle has one, else a bare `{ id }`. Records are cached and shared by all
 * orders of the customer, so 200,000 orders of 20,000 customers hold 20,000 records.
 */
export class CustomerDirectory {
  private readonly known: ReadonlyMap<string, Customer>;
  private readonly cache = new Map<string, Customer>();

  constructor(customers: readonly Customer[] = []) {
    this.known = new Map(customers.map((c) => [c.id, c]));
  }

  customer(id: string, segments: readonly string[]): Customer {
    const key = segments.length === 0 ? id : `${id}\u0000${segments.join('\u0000')}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const record = this.known.get(id);
    const made: Customer = record === undefined
      ? CustomerSchema.parse({ id, segments: [...segments] })
      : segments.length === 0 ? record : { ...record, segments: [...new Set([...record.segments, ...segments])] };
    this.cache.set(key, made);
    return made;
  }

  /** The bundle's record when the id is known (JSON lines with a bare `{ id }` customer). */
  record(id: string): Customer | undefined {
    return this.known.get(id);
  }
}
