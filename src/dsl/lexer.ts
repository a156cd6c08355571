import { diagnostic, type Diagnostic } from './diagnostic.ts';
import { isKeyword, type TemplatePart, type Token, type TokenKind } from './tokens.ts';

export interface LexResult {
  readonly tokens: readonly Token[];
  readonly diagnostics: readonly Diagnostic[];
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;
const TWO_CHAR_OPERATORS: ReadonlySet<string> = new Set(['<>', '<=', '>=']);
const ONE_CHAR_OPERATORS: ReadonlySet<string> = new Set(['=', '<', '>', '+', '-', '*', '/', '(', ')', ',', '.']);

/**
 * Splits `source[from, to)` into tokens. Never throws: an unknown character becomes an `error`
 * token plus an `unexpected-character` diagnostic, an unterminated string runs to `to` and is
 * reported. Comments and newlines are tokens (the parser needs line ends, the formatter comments).
 * The last token is always `eof` at `to`.
 * @example lex("set x to 'a'").tokens.map((t) => t.kind) // keyword identifier keyword string eof
 */
export function lex(source: string, from = 0, to = source.length): LexResult {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = from;
  const push = (kind: TokenKind, start: number, end: number, value: string): void => {
    tokens.push({ kind, start, end, value });
  };

  while (i < to) {
    const c = source[i]!;
    const start = i;
    if (c === '\n' || c === '\r') {
      i += c === '\r' && source[i + 1] === '\n' && i + 1 < to ? 2 : 1;
      push('newline', start, i, '\n');
    } else if (c === ' ' || c === '\t' || /\s/u.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < to && source[i] !== '\n' && source[i] !== '\r') i++;
      push('comment', start, i, source.slice(start + 1, i));
    } else if (isDigit(c)) {
      while (i < to && isDigit(source[i]!)) i++;
      // A fraction needs a digit after the dot, so `10.` lexes as `10` `.` and the parser reports it.
      if (source[i] === '.' && i + 1 < to && isDigit(source[i + 1]!)) {
        i++;
        while (i < to && isDigit(source[i]!)) i++;
      }
      push('number', start, i, source.slice(start, i));
    } else if (c === "'") {
      const r = readString(source, i + 1, to);
      if (!r.closed) diagnostics.push(diagnostic('unterminated-string', 'this string has no closing quote', { start, end: r.end }));
      push('string', start, r.end, r.value);
      i = r.end;
    } else if (c === '$' && source[i + 1] === "'" && i + 1 < to) {
      const r = readTemplate(source, i + 2, to, diagnostics);
      if (!r.closed) {
        diagnostics.push(diagnostic('unterminated-string', 'this interpolated string has no closing quote', { start, end: r.end }));
      }
      tokens.push({ kind: 'template', start, end: r.end, value: source.slice(start, r.end), parts: r.parts });
      i = r.end;
    } else if (IDENT_START.test(c)) {
      while (i < to && IDENT_PART.test(source[i]!)) i++;
      const word = source.slice(start, i);
      push(isKeyword(word) ? 'keyword' : 'identifier', start, i, word);
    } else if (i + 1 < to && TWO_CHAR_OPERATORS.has(source.slice(i, i + 2))) {
      i += 2;
      push('operator', start, i, source.slice(start, i));
    } else if (ONE_CHAR_OPERATORS.has(c)) {
      i++;
      push('operator', start, i, c);
    } else {
      // Keep surrogate pairs together so the range covers the whole character.
      const code = source.codePointAt(i)!;
      i += code > 0xffff && i + 1 < to ? 2 : 1;
      const ch = source.slice(start, i);
      diagnostics.push(diagnostic('unexpected-character', `unexpected character ${JSON.stringify(ch)}`, { start, end: i }));
      push('error', start, i, ch);
    }
  }
  push('eof', to, to, '');
  return { tokens, diagnostics };
}

/** Reads a single-quoted string body from `i` (after the quote); `''` is one quote; newlines allowed. */
function readString(source: string, i: number, to: number): { value: string; end: number; closed: boolean } {
  let value = '';
  while (i < to) {
    const c = source[i]!;
    if (c === "'") {
      if (source[i + 1] === "'" && i + 1 < to) {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1, closed: true };
    }
    value += c;
    i++;
  }
  return { value, end: to, closed: false };
}

/**
 * Reads an interpolated string body. Text parts decode `''` to a quote and `{{`/`}}` to braces;
 * a hole `{ … }` is kept as a range the parser lexes and parses as an expression. A hole may hold
 * quoted strings (which may contain braces); it ends at the first `}` outside them.
 */
function readTemplate(
  source: string,
  i: number,
  to: number,
  diagnostics: Diagnostic[],
): { parts: TemplatePart[]; end: number; closed: boolean } {
  const parts: TemplatePart[] = [];
  let text = '';
  let textStart = i;
  const flush = (end: number): void => {
    if (text !== '') parts.push({ kind: 'text', value: text, start: textStart, end });
    text = '';
  };
  while (i < to) {
    const c = source[i]!;
    const next = i + 1 < to ? source[i + 1] : undefined;
    if (c === "'" && next === "'") {
      text += "'";
      i += 2;
    } else if (c === "'") {
      flush(i);
      return { parts, end: i + 1, closed: true };
    } else if ((c === '{' && next === '{') || (c === '}' && next === '}')) {
      text += c;
      i += 2;
    } else if (c === '{') {
      flush(i);
      const holeStart = i + 1;
      let j = holeStart;
      let closed = false;
      while (j < to) {
        const h = source[j]!;
        if (h === '}') {
          closed = true;
          break;
        }
        if (h === "'") {
          const s = readString(source, j + 1, to);
          j = s.end;
          continue;
        }
        j++;
      }
      if (!closed) {
        // The hole's text is not parsed: its errors would only repeat this one.
        diagnostics.push(diagnostic('unterminated-interpolation', 'this `{` has no closing `}`', { start: i, end: to }));
        return { parts, end: to, closed: true };
      }
      parts.push({ kind: 'hole', start: holeStart, end: j });
      i = j + 1;
      textStart = i;
    } else {
      text += c;
      i++;
    }
  }
  flush(to);
  return { parts, end: to, closed: false };
}
