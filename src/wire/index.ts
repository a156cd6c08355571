/** Wire format between the TypeScript side and the WASM solver: one encoder, one decoder. */
export * from './layout.ts';
export { SectionWriter, contentKey } from './writer.ts';
export { DealTable, dealKey, encodeDeals } from './deal-table.ts';
export { encodeLevel, encodeRuns, touchesUnits, unitBlock, writeLevel, type LevelShape, type PromotionRoles, type UnitBlock } from './level.ts';
export { BundleEncoder, compileBundle, toSolveInput, type BasketPromotion, type BasketRequest, type BundlePromotion, type CompiledBundle } from './bundle.ts';
export { decodeOutput, decodeRunOutput, type DecodeCursor } from './decode.ts';
