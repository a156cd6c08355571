/** Order history import (docs/order-history.md): CSV rows per line or JSON lines per order. */
export * from './types.ts';
export { createHistoryReader } from './reader.ts';
export { CSV_HEADER, HISTORY_COLUMNS, REQUIRED_COLUMNS, LIST_SEPARATOR } from './columns.ts';
export { DEFAULT_HISTORY_LIMITS } from './limits.ts';
export { historyCsvHeader, orderToCsvRows } from './csv-write.ts';
