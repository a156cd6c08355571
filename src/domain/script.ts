import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { CountSchema, IdSchema } from './primitives.ts';
import { LIMITS, formatCount } from './limits.ts';

export const EXTENSION_POINTS = ['DiscountFinancialDispersion', 'DiscountCondition'] as const;
export type ExtensionPointName = (typeof EXTENSION_POINTS)[number];

/** A named, versioned script of the workspace's library, exported with the bundle. */
export const ScriptSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  extensionPoint: z.enum(EXTENSION_POINTS),
  version: CountSchema.default(1),
  source: z.string().max(LIMITS.scriptLength, `a script has at most ${formatCount(LIMITS.scriptLength)} characters`),
  description: z.string().optional(),
});
export type Script = DeepReadonly<z.output<typeof ScriptSchema>>;
