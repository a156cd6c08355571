import { expect, it } from 'vitest';
import { jsonSyntaxError } from '../../../src/ui/conditions/json-error.ts';

it.each<[string, number, number, RegExp]>([
  ['{"a": [}', 1, 8, /expected a value, found "}"/],
  ['{"a": 1,}', 1, 9, /property name/],
  ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
  ['{"a": [1, 2', 1, 12, /expected "," or "]", found the end/],
  ['{"a": "x', 1, 9, /string is not closed/],
  ["{'a': 1}", 1, 2, /double quotes/],
  ['[1] 2', 1, 5, /after the end/],
  ['', 1, 1, /expected a value, found the end/],
  ['{"a": tru}', 1, 7, /expected a value/],
  ['[01]', 1, 3, /expected "," or "]"/],
])('%j → line %i column %i', (text, line, column, reason) => {
  expect(() => JSON.parse(text)).toThrow();
  const e = jsonSyntaxError(text);
  expect(e).toMatchObject({ line, column });
  expect(e?.reason).toMatch(reason);
});

it.each(['{}', '[]', '{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {"b": {}}]}', ' 42 '])('valid JSON %j has no error', (text) => {
  expect(() => JSON.parse(text)).not.toThrow();
  expect(jsonSyntaxError(text)).toBeUndefined();
});
