/** The adapters' conversions from the language services (offsets) to Monaco shapes (line/column), as tables. */
import { describe, expect, test } from 'vitest';
import { toCompletions } from '../../src/editor/completion.ts';
import { toDefinition } from '../../src/editor/definition.ts';
import { problemRows, toMarkers } from '../../src/editor/diagnostics.ts';
import { toFormattingEdits } from '../../src/editor/formatting.ts';
import { toHover } from '../../src/editor/hover.ts';
import { checkScript, type Diagnostic } from '../../src/dsl/index.ts';

const SEVERITY = { Hint: 1, Info: 2, Warning: 4, Error: 8 };
const KINDS = { Keyword: 17, Variable: 4, Constant: 14, Field: 3, Property: 9, Interface: 7 };
const pos = (lineNumber: number, column: number) => ({ lineNumber, column });
const rng = (startLineNumber: number, startColumn: number, endLineNumber: number, endColumn: number) => ({ startLineNumber, startColumn, endLineNumber, endColumn });
const diag = (code: Diagnostic['code'], severity: Diagnostic['severity'], start: number, end: number): Diagnostic => ({ code, severity, message: code, start, end });

describe('diagnostics → markers', () => {
  test.each([
    { name: 'error on line 2', source: 'set a to 1\noutput b', d: diag('unknown-variable', 'error', 18, 19), marker: { ...rng(2, 8, 2, 9), severity: 8 } },
    { name: 'warning', source: 'set a to 1', d: diag('unused-variable', 'warning', 4, 5), marker: { ...rng(1, 5, 1, 6), severity: 4 } },
    { name: 'info', source: 'set a to 1', d: diag('unused-variable', 'info', 0, 3), marker: { ...rng(1, 1, 1, 4), severity: 2 } },
    { name: 'empty range widened so it shows', source: 'set a to', d: diag('expected-expression', 'error', 4, 4), marker: { ...rng(1, 5, 1, 6), severity: 8 } },
  ])('$name', ({ source, d, marker }) => {
    expect(toMarkers(source, [d], SEVERITY)).toEqual([{ ...marker, message: d.message, code: d.code, source: 'promo' }]);
  });

  test('problem rows give line:column of the start, from the real checker', () => {
    const source = 'extend DiscountCondition\noutput x';
    expect(problemRows(source, checkScript(source)).map((r) => `${r.line}:${r.column} ${r.code}`)).toEqual(['2:8 unknown-variable']);
  });
});

describe('completion', () => {
  const env = { userCustomFields: ['Tier', 'QA_DiscountFinancialDispersion'] };
  test.each([
    {
      name: 'members after a dot replace the typed prefix',
      source: 'extend DiscountCondition\noutput Order.Su',
      at: pos(2, 16),
      labels: ['Subtotal'],
      kind: KINDS.Field,
      range: rng(2, 14, 2, 16),
    },
    {
      name: "the workspace's custom fields after User.CustomFields.",
      source: 'extend DiscountCondition\noutput User.CustomFields.',
      at: pos(2, 26),
      labels: ['Tier', 'QA_DiscountFinancialDispersion'],
      kind: KINDS.Property,
      range: rng(2, 26, 2, 26),
    },
    {
      name: 'extension points after extend',
      source: 'extend Disc',
      at: pos(1, 12),
      labels: ['DiscountFinancialDispersion', 'DiscountCondition'],
      kind: KINDS.Interface,
      range: rng(1, 8, 1, 12),
    },
  ])('$name', ({ source, at, labels, kind, range }) => {
    const items = toCompletions(source, at, env, KINDS);
    expect(items.map((i) => i.label)).toEqual(labels);
    for (const i of items) {
      expect(i.kind).toBe(kind);
      expect(i.range).toEqual(range);
    }
  });

  test('keywords and inputs at the start of a line, in the language order', () => {
    const items = toCompletions('extend DiscountCondition\nou', pos(2, 3), env, KINDS);
    expect(items.map((i) => [i.label, i.kind])).toEqual([['output', KINDS.Keyword]]);
    const inputs = toCompletions('extend DiscountCondition\nOr', pos(2, 3), env, KINDS);
    expect(inputs.map((i) => [i.label, i.kind])).toEqual([['or', KINDS.Keyword], ['Order', KINDS.Constant]]);
  });
});

describe('hover', () => {
  test('a member shows its declared type and doc over the member name', () => {
    const h = toHover('extend DiscountCondition\noutput Order.Total > 1', pos(2, 14));
    expect(h?.range).toEqual(rng(2, 14, 2, 19));
    expect(h?.contents[0]?.value).toMatch(/^\*\*Order\.Total\*\*: money — /);
  });
  test('nothing over a number', () => {
    expect(toHover('extend DiscountCondition\noutput 1', pos(2, 8))).toBeNull();
  });
});

describe('definition', () => {
  test.each([
    { name: 'a variable read goes to its first set', source: 'set a to 1\noutput a', at: pos(2, 8), range: rng(1, 5, 1, 6) },
    { name: 'a loop variable goes to its foreach', source: 'foreach l in Order.Lines\noutput l\nend', at: pos(2, 8), range: rng(1, 9, 1, 10) },
    { name: 'an input has no definition in the script', source: 'output Order', at: pos(1, 9), range: null },
  ])('$name', ({ source, at, range }) => {
    expect(toDefinition(source, at)).toEqual(range);
  });
});

describe('formatting', () => {
  test.each([
    { name: 'whole-document edit', source: 'if x=1 then\nset y to 2\nend', edits: [{ range: rng(1, 1, 3, 4), text: 'if x = 1 then\n  set y to 2\nend\n' }] },
    { name: 'already formatted: no edit', source: 'set y to 2\n', edits: [] },
    { name: 'syntax errors: left alone', source: 'if x = then\nend', edits: [] },
  ])('$name', ({ source, edits }) => {
    expect(toFormattingEdits(source)).toEqual(edits);
  });
});
