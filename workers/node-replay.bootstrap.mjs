// worker_threads entry: registers tsx's TypeScript loader in this thread, then runs the replay worker.
import { register } from 'tsx/esm/api';

register();
await import('./node-replay.worker.ts');
