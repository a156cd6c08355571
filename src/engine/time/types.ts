import type { Weekday } from '../../domain/index.ts';

/** A wall-clock reading in some IANA zone. `month` is 1–12; `weekday` is derived from the date. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: Weekday;
}
