/**
 * Where JSON text stops being JSON, and why: a small scanner over the grammar of RFC 8259, run
 * only when `JSON.parse` has refused the text (browsers do not always say where). Offsets are
 * UTF-16 code units; line and column are 1-based, computed here at the edge.
 * @example jsonSyntaxError('{"a": [}') // { offset: 7, line: 1, column: 8, reason: 'expected a value, found "}"' }
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

class Stop {
  constructor(readonly offset: number, readonly reason: string) {}
}

export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const found = () => (i >= text.length ? 'the end of the text' : `"${text[i]}"`);
  const stop = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop(`expected a value, found ${found()}`);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) stop('a string is not closed');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('a \\u escape needs four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop('unknown escape in a string');
      } else if (c < ' ') stop('a control character (such as a line break) inside a string');
      else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (m === null) stop(`expected a value, found ${found()}`);
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    stop(`expected a value, found ${found()}`);
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') stop(`expected a property name in double quotes, found ${found()}`);
      string();
      space();
      if (text[i] !== ':') stop(`expected ":" after the property name, found ${found()}`);
      i++;
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      stop(`expected "," or "}", found ${found()}`);
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      stop(`expected "," or "]", found ${found()}`);
    }
  };
  try {
    value();
    space();
    if (i < text.length) stop(`unexpected ${found()} after the end of the value`);
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    return { offset: e.offset, line, column: e.offset - before.lastIndexOf('\n'), reason: e.reason };
  }
}
