import './domain/zod-jitless.ts';
import { render } from 'solid-js/web';
import { App } from './ui/App.tsx';
import { UpdatePrompt } from './ui/components/UpdatePrompt.tsx';
import { registerServiceWorker } from './pwa/register.ts';
import { makeMemoryBackend } from './storage/memory-backend.ts';
import { openIdbBackend } from './storage/idb-backend.ts';
import { loadSampleDraft } from './storage/sample.ts';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/table.css';
import './ui/styles/components.css';

// Without IndexedDB (some private modes) the app still runs, in memory, without persistence.
const backend = openIdbBackend().catch(() => makeMemoryBackend());

render(() => <App backend={backend} loadSample={loadSampleDraft} />, document.getElementById('root')!);

// Offline and installable: only the built app has a service worker (vite dev has no sw.js).
if (import.meta.env.PROD) void registerServiceWorker();
const prompt = document.body.appendChild(document.createElement('div'));
render(() => <UpdatePrompt />, prompt);
