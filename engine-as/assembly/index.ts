// Flat export surface of the best-deal solver. The host writes encoded sections (src/wire) into
// the input buffers, calls loadDeals once per bundle and solveBatch per batch of levels, then
// reads the output buffers. Pointers are re-read after every call: memory may grow.
import { inI32, inI64, outI32, outI64, clearDeals, decodeBundle, decodeDeals, decodeLevel, rewindInput } from './wire';
import { solveDecoded } from './solve';
import { components, groupUnits } from './groups';
import { WIRE_VERSION } from './tags';
import { setChainFrom } from './search';

export function wireVersion(): i32 {
  return WIRE_VERSION;
}

/** Makes room for the input sections and returns the i32 section's address. */
export function inputI32(n: i32): usize {
  inI32.ensure(n);
  inI32.len = n;
  return inI32.ptr();
}

/** Makes room for the i64 input section and returns its address. */
export function inputI64(n: i32): usize {
  inI64.ensure(n);
  inI64.len = n;
  return inI64.ptr();
}

/** Appends the deals encoded in the input sections; returns the table size. */
export function loadDeals(): i32 {
  return decodeDeals();
}

/**
 * Replaces the deal table with the bundle table in the input sections (batch path); returns its
 * promotion count, -1 when malformed.
 */
export function loadBundle(): i32 {
  return decodeBundle();
}

export function resetDeals(): void {
  clearDeals();
}

/** Solves `count` levels laid out back to back in the input sections; returns how many were solved. */
export function solveBatch(count: i32): i32 {
  rewindInput();
  for (let i = 0; i < count; i++) {
    if (decodeLevel() == 0) return i;
    solveDecoded();
  }
  return count;
}

/**
 * Measurement only (bench/fixed-cost.ts): runs the levels up to `stage` — 0 decode, 1 decode and
 * grouping into conflict components, 2 the whole solve — so the bench can split a call's cost.
 */
export function probeBatch(count: i32, stage: i32): i32 {
  rewindInput();
  for (let i = 0; i < count; i++) {
    if (decodeLevel() == 0) return i;
    if (stage == 1) {
      groupUnits();
      components();
    } else if (stage >= 2) solveDecoded();
  }
  return count;
}

/** Tests: copies of one kind from which the search walks a chain (solver search.ts setChainFrom). */
export function chainFrom(n: i32): void {
  setChainFrom(n);
}

export function outputI32(): usize { return outI32.ptr(); }
export function outputI32Len(): i32 { return outI32.len; }
export function outputI64(): usize { return outI64.ptr(); }
export function outputI64Len(): i32 { return outI64.len; }
