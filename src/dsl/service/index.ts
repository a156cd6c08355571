/** Editor services over the script language: pure functions, data in offsets, no Monaco. */
export { complete, type CompletionItem, type CompletionKind } from './complete.ts';
export { hover, type Hover } from './hover.ts';
export { definition } from './definition.ts';
export { format } from './format.ts';
