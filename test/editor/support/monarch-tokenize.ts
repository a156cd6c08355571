/**
 * Runs a Monarch grammar in Node with Monaco's own compiler and lexer (no DOM needed), the way
 * Monaco's grammar tests do, so grammar tests are token tables: `[line, [[offset, type], …]]`.
 * The lexer modules have no type declarations; they are loaded through a variable specifier.
 */
import type { languages } from 'monaco-editor/editor';

interface MonarchModules {
  compile(languageId: string, json: languages.IMonarchLanguage): unknown;
  MonarchTokenizer: new (
    languageService: unknown,
    themeService: unknown,
    languageId: string,
    lexer: unknown,
    configurationService: unknown,
  ) => {
    getInitialState(): unknown;
    tokenize(line: string, hasEOL: boolean, state: unknown): { tokens: { offset: number; type: string }[]; endState: unknown };
  };
}

const base = 'monaco-editor/editor/standalone/common/monarch/';

async function modules(): Promise<MonarchModules> {
  const compileModule = base + 'monarchCompile';
  const lexerModule = base + 'monarchLexer';
  const [c, l] = await Promise.all([import(compileModule), import(lexerModule)]);
  return { compile: (c as Pick<MonarchModules, 'compile'>).compile, MonarchTokenizer: (l as Pick<MonarchModules, 'MonarchTokenizer'>).MonarchTokenizer };
}

const noopDisposable = { dispose() {} };
const configurationService = {
  getValue: () => 20_000,
  onDidChangeConfiguration: () => noopDisposable,
};

export type TokenRow = readonly [offset: number, type: string];

/**
 * Tokenizes `lines` in order (state carried from line to line) and returns, per line, the
 * `[offset, type]` pairs Monaco would colour.
 * @example await tokenizeLines('promo-script', language, ['set x to 1'])
 */
export async function tokenizeLines(languageId: string, grammar: languages.IMonarchLanguage, lines: readonly string[]): Promise<TokenRow[][]> {
  const { compile, MonarchTokenizer } = await modules();
  const tokenizer = new MonarchTokenizer(undefined, undefined, languageId, compile(languageId, grammar), configurationService);
  let state = tokenizer.getInitialState();
  return lines.map((line) => {
    const r = tokenizer.tokenize(line, true, state);
    state = r.endState;
    return r.tokens.map((t) => [t.offset, t.type] as const);
  });
}
