/**
 * The Monaco chunk: the core editor API plus only the editor features the Scripts view uses,
 * the self-hosted editor worker, and our themes. Import it only through `load-monaco.ts`, which
 * loads it with a dynamic `import()` so the rest of the app never pays for it.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/suggest/register';
// In 0.57 `features/suggest/register` brings only inline completions; the suggest widget itself
// (completion on trigger characters such as `.`, Ctrl+Space) is this contribution.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { defineThemes } from './themes.ts';

// Monaco's own worker (diffing, word ranges) is bundled by Vite; no CDN. Our language's checks
// run in workers/dsl.worker.ts instead.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
defineThemes(monaco);

export { monaco };
