import type { Order } from '../domain/index.ts';

/**
 * An order's 64-bit hash: two 32-bit FNV-1a passes (different seeds) over the fields replay
 * depends on. Not cryptographic: it tells two histories apart in a report, it does not guard them.
 */
export function orderHash(order: Order): bigint {
  let text = `${order.id}|${order.at}|${order.customer?.id ?? ''}|${order.outlet ?? ''}|${order.channel}|${order.orderType}|${order.shipping}|${order.coupons.join(';')}`;
  for (const l of order.lines) text += `|${l.id},${l.productId},${l.quantity},${l.unitPrice},${l.customerPrice ?? ''},${l.manualPrice ? 1 : 0},${l.taxRate ?? ''}`;
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (BigInt(a >>> 0) << 32n) | BigInt(b >>> 0);
}

const MASK = (1n << 64n) - 1n;

/**
 * The history's fingerprint is the sum of its orders' hashes modulo 2^64: it does not depend on
 * the order of the orders, so the merge of shard reports carries the whole history's fingerprint.
 */
export const addHashes = (a: bigint, b: bigint): bigint => (a + b) & MASK;

export const formatFingerprint = (sum: bigint): string => sum.toString(16).padStart(16, '0');

export function parseFingerprint(text: string): bigint | undefined {
  return /^[0-9a-f]{16}$/.test(text) ? BigInt(`0x${text}`) : undefined;
}
