/**
 * Groups CSV rows (one per order line) into orders. Rows of one order may be anywhere in the
 * file, so orders are completed only at the end of the file; what is held meanwhile is the
 * validated lines (shared strings, no per-unit objects), not the raw rows.
 * Rules: order-level columns must agree across the rows of an order (an empty cell agrees with
 * anything); any error in a row makes its whole order skipped; line ids default to the line's
 * position in the order (1, 2, …).
 */
import type { Line, Order } from '../domain/index.ts';
import type { HistoryColumn, OrderColumn } from './columns.ts';
import type { CustomerDirectory } from './customers.ts';
import {
  readBoolean, readChannel, readId, readInstant, readList, readMoney, readOrderType, readQuantity, readTaxRate, type Field,
} from './fields.ts';
import type { ProblemLog } from './problem-log.ts';
import type { HistoryLimits } from './types.ts';

type Cell = (column: HistoryColumn) => string | undefined;

interface PendingOrder {
  readonly id: string;
  readonly firstRow: number;
  /** The raw text of each order-level column as first seen (for the agreement check). */
  readonly raw: Partial<Record<OrderColumn, string>>;
  at?: string;
  customerId?: string;
  segments?: readonly string[];
  outlet?: string;
  channel?: Order['channel'];
  orderType?: Order['orderType'];
  shipping?: string;
  coupons?: readonly string[];
  properties?: readonly string[];
  lines: Line[];
  lineCount: number;
  bad: boolean;
}

const EMPTY_FIELDS: Readonly<Record<string, never>> = Object.freeze({});
const NO_ITEMS: readonly never[] = Object.freeze([]);
/** Interned strings stop growing here: product ids and prices repeat, free text does not. */
const INTERN_MAX = 200_000;

/** Default line ids "1"…"500", shared by every order instead of a new string per row. */
const LINE_IDS: readonly string[] = Array.from({ length: 500 }, (_, i) => String(i + 1));

const trimmed = (text: string | undefined): string => (text === undefined ? '' : text.trim());

export class CsvOrderGrouper {
  private readonly pending = new Map<string, PendingOrder>();
  private readonly interned = new Map<string, string>();
  private readonly checkedMoney = new Map<string, Field<string>>();
  lines = 0;
  orders = 0;
  skippedOrders = 0;
  readonly skippedOrderIds: string[] = [];

  constructor(
    private readonly currency: string,
    private readonly limits: HistoryLimits,
    private readonly log: ProblemLog,
    private readonly customers: CustomerDirectory,
  ) {}

  /** Reads one data row; `cell` gives a column's text (undefined when the file lacks the column). */
  addRow(row: number, cell: Cell): void {
    const idText = (cell('orderId') ?? '').trim();
    const id = readId(idText);
    if (!id.ok) {
      this.log.add('invalid-value', row, `row ${row}, column orderId: ${id.message}; the row belongs to no order`, { column: 'orderId' });
      return;
    }
    let order = this.pending.get(id.value);
    if (order === undefined) {
      order = { id: id.value, firstRow: row, raw: {}, lines: [], lineCount: 0, bad: false };
      this.pending.set(id.value, order);
    }
    const errorsBefore = this.log.badRows;
    this.readOrderFields(order, row, cell);
    const line = this.readLine(order, row, cell);
    order.lineCount++;
    if (order.lineCount === this.limits.maxLinesPerOrder + 1) {
      this.fail(order, 'too-many-lines', row, `row ${row}: order ${order.id} has more than ${this.limits.maxLinesPerOrder} lines`);
    }
    if (this.log.badRows !== errorsBefore) order.bad = true;
    if (order.bad) order.lines = [];
    else if (line !== undefined) order.lines.push(line);
  }

  /** Completes every order in the order of its first row; bad ones are skipped and counted. */
  finish(emit: (order: Order) => void, maxListed: number): void {
    for (const p of this.pending.values()) {
      if (!p.bad && p.at === undefined) {
        this.fail(p, 'invalid-value', p.firstRow, `order ${p.id} has no "at" in any of its rows`, 'at');
      }
      if (p.bad) {
        this.skippedOrders++;
        if (this.skippedOrderIds.length < maxListed) this.skippedOrderIds.push(p.id);
        continue;
      }
      this.orders++;
      this.lines += p.lines.length;
      emit(this.build(p));
    }
    this.pending.clear();
  }

  private build(p: PendingOrder): Order {
    const customer = p.customerId === undefined ? undefined : this.customers.customer(p.customerId, p.segments ?? NO_ITEMS);
    return {
      id: p.id,
      at: p.at!,
      ...(p.outlet === undefined ? {} : { outlet: p.outlet }),
      channel: p.channel ?? 'inStore',
      orderType: p.orderType ?? 'carryOut',
      properties: p.properties ?? NO_ITEMS,
      customFields: EMPTY_FIELDS,
      shipping: p.shipping ?? '0',
      coupons: p.coupons ?? NO_ITEMS,
      manual: NO_ITEMS,
      answers: NO_ITEMS,
      ...(customer === undefined ? {} : { customer }),
      lines: p.lines,
    };
  }

  private fail(order: PendingOrder, code: 'too-many-lines' | 'invalid-value', row: number, message: string, column?: string): void {
    order.bad = true;
    order.lines = [];
    this.log.add(code, row, message, { orderId: order.id, ...(column === undefined ? {} : { column }) });
  }

  private readOrderFields(order: PendingOrder, row: number, cell: Cell): void {
    const fields: readonly OrderColumn[] = ['at', 'customerId', 'customerSegments', 'outlet', 'channel', 'orderType', 'shipping', 'coupons', 'properties'];
    for (const column of fields) {
      const rawText = cell(column);
      if (rawText === undefined) continue;
      // Codes are matched exactly, spaces included: the coupon cell is taken as written.
      const text = column === 'coupons' ? rawText : rawText.trim();
      if (text === '') continue;
      const seen = order.raw[column];
      if (seen !== undefined) {
        if (seen !== text) {
          this.log.add('conflicting-order-field', row, `row ${row}, column ${column}: "${text}" differs from "${seen}" given for order ${order.id} on an earlier row`, { column, orderId: order.id });
        }
        continue;
      }
      order.raw[column] = text;
      const problem = this.setOrderField(order, column, text);
      if (problem !== undefined) this.log.add('invalid-value', row, `row ${row}, column ${column}: ${problem}`, { column, orderId: order.id });
    }
  }

  /** Stores a validated order-level value; returns the message when it is invalid. */
  private setOrderField(order: PendingOrder, column: OrderColumn, text: string): string | undefined {
    switch (column) {
      case 'at': {
        const f = readInstant(text);
        if (f.ok) order.at = f.value;
        return f.ok ? undefined : f.message;
      }
      case 'customerId': {
        const f = readId(text);
        if (f.ok) order.customerId = f.value;
        return f.ok ? undefined : f.message;
      }
      case 'customerSegments': order.segments = readList(text, true); return undefined;
      case 'outlet': order.outlet = text; return undefined;
      case 'channel': {
        const f = readChannel(text);
        if (f.ok) order.channel = f.value;
        return f.ok ? undefined : f.message;
      }
      case 'orderType': {
        const f = readOrderType(text);
        if (f.ok) order.orderType = f.value;
        return f.ok ? undefined : f.message;
      }
      case 'shipping': {
        const f = this.money(text);
        if (f.ok) order.shipping = f.value;
        return f.ok ? undefined : f.message;
      }
      case 'coupons': order.coupons = readList(text, false); return undefined;
      case 'properties': order.properties = readList(text, true); return undefined;
      case 'orderId': return undefined;
    }
  }

  /** Amounts repeat (a catalog has few prices): each distinct text is checked once. */
  private money(text: string): Field<string> {
    const hit = this.checkedMoney.get(text);
    if (hit !== undefined) return hit;
    const f = readMoney(text, this.currency);
    if (this.checkedMoney.size < INTERN_MAX) this.checkedMoney.set(text, f);
    return f;
  }

  /** Reports a problem of a line cell (the caller then drops the line). */
  private lineProblem(order: PendingOrder, row: number, column: string, message: string, code: 'invalid-value' | 'quantity-too-large' = 'invalid-value'): void {
    this.log.add(code, row, `row ${row}, column ${column}: ${message}`, { column, orderId: order.id });
  }

  private readLine(order: PendingOrder, row: number, cell: Cell): Line | undefined {
    let ok = true;
    const productId = readId(trimmed(cell('productId')));
    if (!productId.ok) {
      ok = false;
      this.lineProblem(order, row, 'productId', productId.message);
    }
    const quantity = readQuantity(trimmed(cell('quantity')), this.limits.maxQuantity);
    if (!quantity.ok) {
      ok = false;
      this.lineProblem(order, row, 'quantity', quantity.message, quantity.tooLarge === true ? 'quantity-too-large' : 'invalid-value');
    }
    const unitPrice = this.money(trimmed(cell('unitPrice')));
    if (!unitPrice.ok) {
      ok = false;
      this.lineProblem(order, row, 'unitPrice', unitPrice.message);
    }
    const customerPriceText = trimmed(cell('customerPrice'));
    const customerPrice = customerPriceText === '' ? undefined : this.money(customerPriceText);
    if (customerPrice !== undefined && !customerPrice.ok) {
      ok = false;
      this.lineProblem(order, row, 'customerPrice', customerPrice.message);
    }
    const manualText = trimmed(cell('manualPrice'));
    const manualPrice = manualText === '' ? undefined : readBoolean(manualText);
    if (manualPrice !== undefined && !manualPrice.ok) {
      ok = false;
      this.lineProblem(order, row, 'manualPrice', manualPrice.message);
    }
    const taxText = trimmed(cell('taxRate'));
    const taxRate = taxText === '' ? undefined : readTaxRate(taxText);
    if (taxRate !== undefined && !taxRate.ok) {
      ok = false;
      this.lineProblem(order, row, 'taxRate', taxRate.message);
    }
    const lineIdText = trimmed(cell('lineId'));
    const lineId = lineIdText === '' ? (LINE_IDS[order.lineCount] ?? String(order.lineCount + 1)) : lineIdText;
    const validId = readId(lineId);
    if (!validId.ok) {
      ok = false;
      this.lineProblem(order, row, 'lineId', validId.message);
    } else if (!order.bad && order.lines.some((l) => l.id === lineId)) {
      ok = false;
      this.log.add('duplicate-line-id', row, `row ${row}, column lineId: order ${order.id} already has a line "${lineId}"`, { column: 'lineId', orderId: order.id });
    }
    if (!ok || order.bad || !productId.ok || !quantity.ok || !unitPrice.ok) return undefined;
    return {
      id: lineId,
      productId: this.intern(productId.value),
      quantity: quantity.value,
      unitPrice: this.intern(unitPrice.value),
      ...(customerPrice?.ok === true ? { customerPrice: this.intern(customerPrice.value) } : {}),
      manualPrice: manualPrice?.ok === true ? manualPrice.value : false,
      ...(taxRate?.ok === true ? { taxRate: taxRate.value } : {}),
      customFields: EMPTY_FIELDS,
    };
  }

  private intern(s: string): string {
    const hit = this.interned.get(s);
    if (hit !== undefined) return hit;
    if (this.interned.size < INTERN_MAX) this.interned.set(s, s);
    return s;
  }
}
