export * from './types.ts';
export * from './plain-json.ts';
export * from './memory-backend.ts';
export * from './idb-backend.ts';
export * from './workspace-store.ts';
export * from './sample.ts';
