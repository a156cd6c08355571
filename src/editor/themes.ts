/**
 * `promo-light` and `promo-dark`: Monaco themes in the app's palette (src/ui/styles/tokens.css),
 * so the editor reads as part of the page in either theme.
 */
import type * as Monaco from 'monaco-editor/editor';

export type ThemeName = 'promo-light' | 'promo-dark';

export const themeFor = (appTheme: 'light' | 'dark'): ThemeName => (appTheme === 'dark' ? 'promo-dark' : 'promo-light');

const strip = (hex: string) => hex.replace('#', '');

interface Palette {
  readonly bg: string;
  readonly bg2: string;
  readonly border: string;
  readonly text: string;
  readonly text3: string;
  readonly accent: string;
  readonly selection: string;
  readonly keyword: string;
  readonly type: string;
  readonly input: string;
  readonly string: string;
  readonly escape: string;
  readonly number: string;
  readonly comment: string;
  readonly operator: string;
  readonly invalid: string;
}

const LIGHT: Palette = {
  bg: '#ffffff', bg2: '#f7f8fa', border: '#e3e6eb', text: '#1b1f24', text3: '#5f6878', accent: '#4f46e5', selection: '#dfe3ff',
  keyword: '#4f46e5', type: '#0e7490', input: '#1d5fd0', string: '#15803d', escape: '#a15c07', number: '#b45309', comment: '#5f6878',
  operator: '#4b5563', invalid: '#b42318',
};

const DARK: Palette = {
  bg: '#15181e', bg2: '#1b1f27', border: '#262b35', text: '#e6e8ec', text3: '#959dab', accent: '#8c8ff7', selection: '#2e3360',
  keyword: '#9da0fa', type: '#67d4e8', input: '#7fb0ff', string: '#86d9a0', escape: '#f5b454', number: '#f5b454', comment: '#959dab',
  operator: '#a9b0bc', invalid: '#f87171',
};

function theme(base: 'vs' | 'vs-dark', p: Palette): Monaco.editor.IStandaloneThemeData {
  return {
    base,
    inherit: true,
    rules: [
      { token: '', foreground: strip(p.text) },
      { token: 'keyword', foreground: strip(p.keyword), fontStyle: 'bold' },
      { token: 'type', foreground: strip(p.type) },
      { token: 'variable.predefined', foreground: strip(p.input) },
      { token: 'identifier', foreground: strip(p.text) },
      { token: 'string', foreground: strip(p.string) },
      { token: 'string.escape', foreground: strip(p.escape) },
      { token: 'number', foreground: strip(p.number) },
      { token: 'comment', foreground: strip(p.comment), fontStyle: 'italic' },
      { token: 'operator', foreground: strip(p.operator) },
      { token: 'delimiter', foreground: strip(p.operator) },
      { token: 'invalid', foreground: strip(p.invalid), fontStyle: 'underline' },
    ],
    colors: {
      'editor.background': p.bg,
      'editor.foreground': p.text,
      'editorLineNumber.foreground': p.text3,
      'editorLineNumber.activeForeground': p.text,
      // The empty last line's number: Monaco dims it below AA contrast by default.
      'editorLineNumber.dimmedForeground': p.text3,
      'editor.lineHighlightBackground': p.bg2,
      'editor.lineHighlightBorder': p.bg2,
      'editor.selectionBackground': p.selection,
      'editorCursor.foreground': p.accent,
      'editorWidget.background': p.bg,
      'editorWidget.border': p.border,
      'editorHoverWidget.background': p.bg,
      'editorHoverWidget.border': p.border,
      'editorSuggestWidget.background': p.bg,
      'editorSuggestWidget.border': p.border,
      'editorGutter.background': p.bg,
      'editorIndentGuide.background1': p.border,
    },
  };
}

/** Defines both themes; defining again replaces them, so calling twice is harmless. */
export function defineThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme('promo-light', theme('vs', LIGHT));
  monaco.editor.defineTheme('promo-dark', theme('vs-dark', DARK));
}
