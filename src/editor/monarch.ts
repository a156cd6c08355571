/**
 * Monarch grammar and language configuration of the script language (SPEC §9), loaded lazily by
 * `register.ts` the first time a script model appears. Word lists come from the language's own
 * declarations so the colours never disagree with the lexer.
 */
import type { languages } from 'monaco-editor/editor';
import { EXTENSION_POINT_NAMES, EXTENSION_POINT_DECLS } from '../dsl/extension-points.ts';
import { KEYWORDS } from '../dsl/tokens.ts';

const INPUTS = [...new Set(EXTENSION_POINT_NAMES.flatMap((n) => EXTENSION_POINT_DECLS[n].inputs.map((i) => i.name)))];

export const conf: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [['(', ')']],
  autoClosingPairs: [
    { open: '(', close: ')' },
    { open: "'", close: "'", notIn: ['string', 'comment'] },
  ],
  surroundingPairs: [
    { open: '(', close: ')' },
    { open: "'", close: "'" },
  ],
  // Blocks open on `… then` / `foreach …` / `else` and close on `end`/`else`: Enter indents, `end` outdents.
  indentationRules: {
    increaseIndentPattern: /^\s*((if|else\s+if)\b.*\bthen|else|foreach\b.*)\s*(#.*)?$/,
    decreaseIndentPattern: /^\s*(end|else)\b/,
  },
};

export const language: languages.IMonarchLanguage = {
  defaultToken: 'invalid',
  tokenPostfix: '.promo',
  unicode: true,
  keywords: [...KEYWORDS],
  extensionPoints: [...EXTENSION_POINT_NAMES],
  inputs: INPUTS,
  tokenizer: {
    root: [{ include: '@expression' }],
    expression: [
      [/\s+/, 'white'],
      [/#.*$/, 'comment'],
      [/\$'/, { token: 'string.quote', next: '@template' }],
      [/'/, { token: 'string.quote', next: '@string' }],
      [/\d+(\.\d+)?/, 'number'],
      // A member name after `.` is never a keyword, input or extension point.
      [/(\.)(\s*)([\p{L}_][\p{L}\p{N}_]*)/u, ['delimiter', 'white', 'identifier']],
      [
        /[\p{L}_][\p{L}\p{N}_]*/u,
        { cases: { '@keywords': 'keyword', '@extensionPoints': 'type', '@inputs': 'variable.predefined', '@default': 'identifier' } },
      ],
      [/<>|<=|>=|[=<>+\-*/]/, 'operator'],
      [/[()]/, '@brackets'],
      [/[,.]/, 'delimiter'],
    ],
    // Single-quoted strings may span lines; `''` is a quote.
    string: [
      [/[^']+/, 'string'],
      [/''/, 'string.escape'],
      [/'/, { token: 'string.quote', next: '@pop' }],
    ],
    // `$'Total {Order.Total}'`: `{{`/`}}` are braces, `{ … }` is an expression.
    template: [
      [/[^'{}]+/, 'string'],
      [/''|\{\{|\}\}/, 'string.escape'],
      [/\{/, { token: 'delimiter.bracket', next: '@hole' }],
      [/\}/, 'string'],
      [/'/, { token: 'string.quote', next: '@pop' }],
    ],
    hole: [[/\}/, { token: 'delimiter.bracket', next: '@pop' }], { include: '@expression' }],
  },
};
