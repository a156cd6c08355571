/**
 * The JSON-lines side of the history reader: one order per line in the domain's `OrderInput`
 * form, validated with `OrderSchema` (problems carry the JSON path inside the order as their
 * column). Each line is parsed with the secure parser (size, depth, prototype keys) and emitted as
 * soon as it is valid.
 */
import { MAX_ORDER_BYTES, secureParse } from '../bundle/secure-parse.ts';
import { schemaProblems } from '../bundle/schema-problems.ts';
import { OrderSchema, tryParseMoney, type Order } from '../domain/index.ts';
import type { CustomerDirectory } from './customers.ts';
import type { ProblemLog } from './problem-log.ts';
import type { HistoryLimits } from './types.ts';

export class JsonlHistoryReader {
  private buffer = '';
  private started = false;
  private line = 0;
  private readonly seen = new Set<string>();
  rows = 0;
  orders = 0;
  lines = 0;
  skippedOrders = 0;
  readonly skippedOrderIds: string[] = [];

  constructor(
    private readonly currency: string,
    private readonly limits: HistoryLimits,
    private readonly log: ProblemLog,
    private readonly customers: CustomerDirectory,
    private readonly emit: (order: Order) => void,
  ) {}

  push(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer += chunk;
    const cut = this.buffer.lastIndexOf('\n');
    if (cut < 0) return;
    const complete = this.buffer.slice(0, cut);
    this.buffer = this.buffer.slice(cut + 1);
    for (const text of complete.split('\n')) this.read(text);
  }

  end(): void {
    if (this.buffer !== '') this.read(this.buffer);
    this.buffer = '';
  }

  private read(text: string): void {
    const row = ++this.line;
    const trimmed = text.trim();
    if (trimmed === '') return;
    this.rows++;
    const json = secureParse(trimmed, { maxBytes: MAX_ORDER_BYTES, what: 'one order line' });
    if (!json.ok) {
      for (const p of json.problems) this.log.add('invalid-json', row, `row ${row}: ${p.message}`, p.path === undefined || p.path === '$' ? {} : { column: p.path });
      return;
    }
    const input = json.value;
    const idValue = (input as { id?: unknown } | null)?.id;
    const orderId = typeof idValue === 'string' && idValue !== '' ? idValue : undefined;
    const at = orderId === undefined ? {} : { orderId };
    const parsed = OrderSchema.safeParse(input);
    if (!parsed.success) {
      for (const p of schemaProblems(parsed.error.issues, input)) {
        this.log.add('invalid-value', row, `row ${row}, ${p.path ?? '$'}: ${p.message}`, { ...at, ...(p.path === undefined ? {} : { column: p.path }) });
      }
      this.skip(orderId);
      return;
    }
    const order = parsed.data;
    if (this.seen.has(order.id)) {
      this.log.add('duplicate-order', row, `row ${row}: order ${order.id} was already read on an earlier line; this one is skipped`, at);
      this.skip(undefined);
      return;
    }
    this.seen.add(order.id);
    if (!this.withinLimits(order, row)) {
      this.skip(order.id);
      return;
    }
    this.orders++;
    this.lines += order.lines.length;
    this.emit(this.withKnownCustomer(order, input));
  }

  private withinLimits(order: Order, row: number): boolean {
    const at = { orderId: order.id };
    let ok = true;
    if (order.lines.length > this.limits.maxLinesPerOrder) {
      this.log.add('too-many-lines', row, `row ${row}: order ${order.id} has ${order.lines.length} lines, more than ${this.limits.maxLinesPerOrder}`, { ...at, column: '$.lines' });
      ok = false;
    }
    const money = (path: string, text: string | undefined): void => {
      if (text === undefined) return;
      const m = tryParseMoney(text, this.currency);
      if (!m.ok) {
        this.log.add('invalid-value', row, `row ${row}, ${path}: ${m.message}`, { ...at, column: path });
        ok = false;
      }
    };
    money('$.shipping', order.shipping);
    order.manual.forEach((m, i) => money(`$.manual[${i}].amount`, m.amount));
    order.lines.forEach((line, i) => {
      if (line.quantity > this.limits.maxQuantity) {
        this.log.add('quantity-too-large', row, `row ${row}, $.lines[${i}].quantity: ${line.quantity} units is more than the ${this.limits.maxQuantity} a line may have`, { ...at, column: `$.lines[${i}].quantity` });
        ok = false;
      }
      money(`$.lines[${i}].unitPrice`, line.unitPrice);
      money(`$.lines[${i}].customerPrice`, line.customerPrice);
    });
    return ok;
  }

  /** A customer written as a bare `{ "id": … }` is the bundle's record of that customer. */
  private withKnownCustomer(order: Order, input: unknown): Order {
    const raw = (input as { customer?: unknown }).customer;
    if (order.customer === undefined || raw === null || typeof raw !== 'object' || Object.keys(raw).length !== 1) return order;
    const record = this.customers.record(order.customer.id);
    return record === undefined ? order : { ...order, customer: record };
  }

  private skip(orderId: string | undefined): void {
    this.skippedOrders++;
    if (orderId !== undefined && this.skippedOrderIds.length < this.limits.maxProblems) this.skippedOrderIds.push(orderId);
  }
}
