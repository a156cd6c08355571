import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/bundle/canonical-json.ts';

describe('canonicalJson (RFC 8785)', () => {
  // Number serialization examples from RFC 8785 Appendix B (IEEE 754 value → ES string).
  it.each([
    [0, '0'],
    [-0, '0'],
    [1e21, '1e+21'],
    [1e20, '100000000000000000000'],
    [0.000001, '0.000001'],
    [1e-7, '1e-7'],
    [9007199254740991, '9007199254740991'],
    [-1.5, '-1.5'],
    [333333333.3333333, '333333333.3333333'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [5e-324, '5e-324'],
  ])('writes the number %s as %s', (n, text) => {
    expect(canonicalJson(n)).toBe(text);
  });

  it('sorts keys by UTF-16 code units, including non-ASCII (RFC 8785 §3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // The order given in the RFC: the surrogate pair (0xD83D) sorts before U+FB33.
    // (Read from the text: Object.keys would move the integer-like key "1" to the front.)
    const keys = [...canonicalJson(input).matchAll(/"([^"]*)":/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(keys).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
  });

  it('writes no whitespace and escapes strings like ES JSON', () => {
    const input = { b: [1, { y: true, x: null }], a: 'tab\there "q" \u000f' };
    expect(canonicalJson(input)).toBe('{"a":"tab\\there \\"q\\" \\u000f","b":[1,{"x":null,"y":true}]}');
  });

  it('matches the RFC 8785 §3.2.4 example output', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('leaves out undefined members and refuses non-JSON values', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson({ n: 1n })).toThrow();
  });
});
