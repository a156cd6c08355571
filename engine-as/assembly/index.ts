// Flat export surface of the best-deal solver. The solver itself arrives with the WASM issue.
export const WIRE_VERSION: i32 = 1;

export function wireVersion(): i32 {
  return WIRE_VERSION;
}
