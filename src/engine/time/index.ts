export * from './types.ts';
export * from './zone.ts';
export * from './local.ts';
export * from './calendar.ts';
