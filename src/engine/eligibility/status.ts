import type { Promotion } from '../../domain/index.ts';
import { PASS, type Check } from './types.ts';

/**
 * Only `active` promotions are evaluated (SPEC §3).
 * @example checkStatus({ ...p, status: 'draft' }) // { ok: false, reason: 'inactive', … }
 */
export function checkStatus(p: Pick<Promotion, 'status'>): Check {
  if (p.status === 'active') return PASS;
  return { ok: false, reason: 'inactive', message: `The promotion is ${p.status}; only active promotions are evaluated.`, observed: p.status };
}
