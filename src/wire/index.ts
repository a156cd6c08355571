/** Wire format between the TypeScript side and the WASM solver: one encoder, one decoder. */
export * from './layout.ts';
export { DealTable, SectionWriter, dealKey, encodeDeals, encodeLevel } from './encode.ts';
export { decodeOutput, type DecodeCursor } from './decode.ts';
