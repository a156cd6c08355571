import type { Promotion } from '../../domain/promotion.ts';
import type { Unsupported } from './static-only.ts';

/** The target system name `mirrored` export uses when none is given. */
export const DEFAULT_MIRROR_TARGET = 'pos';

/**
 * A `mirrored` target (source 001: "create the discount in both systems, then link them using the
 * POS discount ID") needs every promotion's id in that system: a non-blank `externalIds[target]`.
 * @example mirroredViolations(promotion, 'pos') // [] when promotion.externalIds.pos is set
 */
export function mirroredViolations(p: Promotion, target: string): Unsupported[] {
  const id = p.externalIds[target];
  if (id !== undefined && id.trim() !== '') return [];
  return [{ feature: `no external id for '${target}' (externalIds.${target})`, path: ['externalIds'] }];
}
