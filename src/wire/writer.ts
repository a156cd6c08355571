/** The growable pair of sections every encoder writes into (layout: ./layout.ts). */
import type { Sections } from './layout.ts';

/** Growable pair of sections. */
export class SectionWriter {
  i32 = new Int32Array(1024);
  i64 = new BigInt64Array(512);
  n32 = 0;
  n64 = 0;

  ensure(more32: number, more64: number): void {
    if (this.n32 + more32 > this.i32.length) {
      const next = new Int32Array(Math.max(this.i32.length * 2, this.n32 + more32));
      next.set(this.i32.subarray(0, this.n32));
      this.i32 = next;
    }
    if (this.n64 + more64 > this.i64.length) {
      const next = new BigInt64Array(Math.max(this.i64.length * 2, this.n64 + more64));
      next.set(this.i64.subarray(0, this.n64));
      this.i64 = next;
    }
  }

  /** The written part (views, not copies). */
  sections(): Sections {
    return { i32: this.i32.subarray(0, this.n32), i64: this.i64.subarray(0, this.n64) };
  }

  reset(): void {
    this.n32 = 0;
    this.n64 = 0;
  }
}


/**
 * Two independent 32-bit FNV-style hashes over every word of both sections, with their lengths:
 * a stale table would need the same lengths and a 64-bit collision. Tables are keyed by it.
 * @example contentKey(bundle.sections) // '3f1a…-412-96'
 */
export function contentKey(s: Sections): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  const step = (v: number): void => {
    h1 = Math.imul(h1 ^ v, 0x01000193) >>> 0;
    h2 = Math.imul((h2 ^ v) + 0x7f4a7c15, 0x85ebca6b) >>> 0;
    h2 = (h2 ^ (h2 >>> 13)) >>> 0;
  };
  for (let i = 0; i < s.i32.length; i++) step(s.i32[i]!);
  for (let i = 0; i < s.i64.length; i++) {
    const v = s.i64[i]!;
    step(Number(BigInt.asUintN(32, v)));
    step(Number(BigInt.asUintN(32, v >> 32n)));
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}-${s.i32.length}-${s.i64.length}`;
}

