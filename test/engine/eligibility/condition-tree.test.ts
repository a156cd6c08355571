import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/index.ts';
import { checkConditions, type ScriptRunner } from '../../../src/engine/eligibility/index.ts';
import { ctx, leaf, promo } from '../../support/eligibility-factories.ts';

// The base order: two shoes at 50.00, channel inStore, orderType carryOut.
const big = leaf('subtotal', 'gte', '100'); // holds
const online = leaf('channel', 'eq', 'online'); // fails
const check = (c: Condition, runScript?: ScriptRunner) =>
  checkConditions(promo({ conditions: c }), ctx({ hooks: runScript ? { runScript } : {} }), 0n);

describe('boolean trees', () => {
  it.each<[string, Condition, boolean]>([
    ['all of holding leaves', { kind: 'all', of: [big, big] }, true],
    ['all with one failing', { kind: 'all', of: [big, online] }, false],
    ['any with one holding', { kind: 'any', of: [online, big] }, true],
    ['any with none holding', { kind: 'any', of: [online, online] }, false],
    ['not of a failing leaf', { kind: 'not', of: online }, true],
    ['not of a holding leaf', { kind: 'not', of: big }, false],
    ['empty all holds', { kind: 'all', of: [] }, true],
    ['empty any fails', { kind: 'any', of: [] }, false],
    ['nested', { kind: 'all', of: [big, { kind: 'any', of: [online, { kind: 'not', of: online }] }] }, true],
  ])('%s', (_name, c, expected) => {
    expect(check(c).ok).toBe(expected);
  });

  it('no conditions: passes', () => {
    expect(checkConditions(promo(), ctx(), 0n).ok).toBe(true);
  });

  it('all reports its first failing leaf', () => {
    expect(check({ kind: 'all', of: [big, online, leaf('orderType', 'eq', 'delivery')] }))
      .toEqual({ ok: false, reason: 'conditionFailed', message: 'Condition not met: channel inStore ≠ online.', observed: 'inStore' });
  });

  it('any lists every alternative that failed', () => {
    const c = check({ kind: 'any', of: [online, leaf('orderType', 'eq', 'delivery')] });
    expect(!c.ok && c.message).toBe('Condition not met: none of: channel inStore ≠ online; order type carryOut ≠ delivery.');
  });

  it('not says what it excluded', () => {
    const c = check({ kind: 'not', of: big });
    expect(!c.ok && c.message).toBe('Condition not met: excluded: subtotal 100.00 ≥ 100.00.');
  });
});

describe('script conditions (DiscountCondition)', () => {
  const script: Condition = { kind: 'script', scriptId: 's1' };
  it.each<[string, ScriptRunner, boolean]>([
    ['true admits', () => ({ ok: true, value: true }), true],
    ['false rejects', () => ({ ok: true, value: false }), false],
  ])('%s', (_name, runner, expected) => {
    expect(check(script, runner).ok).toBe(expected);
  });

  it('a failing script is a scriptError, never a silent false', () => {
    const c = check({ kind: 'not', of: script }, () => ({ ok: false, message: 'step budget exceeded' }));
    expect(c).toEqual({ ok: false, reason: 'scriptError', message: 'Script s1 failed: step budget exceeded' });
  });

  it('without a runner the script cannot run', () => {
    expect(check(script)).toMatchObject({ ok: false, reason: 'scriptError' });
  });

  it('the runner receives the script id and the context', () => {
    const seen: string[] = [];
    check(script, (id, c) => { seen.push(`${id}:${c.order.id}`); return { ok: true, value: true }; });
    expect(seen).toEqual(['s1:o1']);
  });
});
