import { describe, expect, test } from 'vitest';
import { language } from '../../src/editor/monarch.ts';
import { LANGUAGE_ID } from '../../src/editor/language.ts';
import { tokenizeLines, type TokenRow } from './support/monarch-tokenize.ts';

/** Each case: source lines tokenized in order, and per line the expected `[offset, type]` pairs (without the `.promo` postfix). */
const CASES: readonly { name: string; lines: string[]; tokens: TokenRow[][] }[] = [
  {
    name: 'extend line: keyword and extension point',
    lines: ['extend DiscountCondition'],
    tokens: [[[0, 'keyword'], [6, 'white'], [7, 'type']]],
  },
  {
    name: 'set with an input, member access and a number',
    lines: ['set a to Order.Total * 1.5'],
    tokens: [[[0, 'keyword'], [3, 'white'], [4, 'identifier'], [5, 'white'], [6, 'keyword'], [8, 'white'], [9, 'variable.predefined'], [14, 'delimiter'], [15, 'identifier'], [20, 'white'], [21, 'operator'], [22, 'white'], [23, 'number']]],
  },
  {
    name: 'a member named like an input or keyword is an identifier',
    lines: ['output x.Order.end'],
    tokens: [[[0, 'keyword'], [6, 'white'], [7, 'identifier'], [8, 'delimiter'], [9, 'identifier'], [14, 'delimiter'], [15, 'identifier']]],
  },
  {
    name: 'keywords are case-sensitive: If is an identifier',
    lines: ['If'],
    tokens: [[[0, 'identifier']]],
  },
  {
    name: 'two-character comparison operators are one token',
    lines: ['a <> b <= c'],
    tokens: [[[0, 'identifier'], [1, 'white'], [2, 'operator'], [4, 'white'], [5, 'identifier'], [6, 'white'], [7, 'operator'], [9, 'white'], [10, 'identifier']]],
  },
  {
    name: "string with '' escape, then a trailing comment",
    lines: ["set s to 'it''s' # note"],
    tokens: [[[0, 'keyword'], [3, 'white'], [4, 'identifier'], [5, 'white'], [6, 'keyword'], [8, 'white'], [9, 'string.quote'], [10, 'string'], [12, 'string.escape'], [14, 'string'], [15, 'string.quote'], [16, 'white'], [17, 'comment']]],
  },
  {
    name: 'a string spans lines: the second line starts inside it',
    lines: ["output 'a", "b' # c"],
    tokens: [
      [[0, 'keyword'], [6, 'white'], [7, 'string.quote'], [8, 'string']],
      [[0, 'string'], [1, 'string.quote'], [2, 'white'], [3, 'comment']],
    ],
  },
  {
    name: 'interpolated string: text, hole with an expression, escaped braces',
    lines: ["output $'T {Order.Total} {{x}}'"],
    tokens: [[[0, 'keyword'], [6, 'white'], [7, 'string.quote'], [9, 'string'], [11, 'delimiter.bracket'], [12, 'variable.predefined'], [17, 'delimiter'], [18, 'identifier'], [23, 'delimiter.bracket'], [24, 'string'], [25, 'string.escape'], [27, 'string'], [28, 'string.escape'], [30, 'string.quote']]],
  },
  {
    name: 'a character the language does not use is invalid',
    lines: ['set x to 1 ~'],
    tokens: [[[0, 'keyword'], [3, 'white'], [4, 'identifier'], [5, 'white'], [6, 'keyword'], [8, 'white'], [9, 'number'], [10, 'white'], [11, 'invalid']]],
  },
  {
    name: 'whole-line comment',
    lines: ['# set x to 1'],
    tokens: [[[0, 'comment']]],
  },
];

describe('Monarch grammar token table', () => {
  test.each(CASES)('$name', async ({ lines, tokens }) => {
    const actual = await tokenizeLines(LANGUAGE_ID, language, lines);
    expect(actual.map((line) => line.map(([o, t]) => [o, t.replace(/\.promo$/, '')]))).toEqual(tokens);
  });
});
