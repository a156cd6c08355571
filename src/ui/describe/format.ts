import { currencyExponent, formatMoney, tryParseMoney } from '../../domain/money.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Symbols analysts expect in front of an amount; other currencies get their code after it. */
const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', CAD: '$', AUD: '$', NZD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/**
 * Thousands separators in the whole part of a formatted amount ("$161146.03" is hard to read).
 * Only the first run of digits is touched, so applying it twice changes nothing.
 * @example groupDigits('−$161146.03') // '−$161,146.03'
 */
export const groupDigits = (text: string): string => text.replace(/\d+/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/**
 * An amount (decimal string) for reading, padded to the currency's exponent, with thousands
 * separators; never a float. Text that is not an amount of the currency is shown as written.
 * @example formatAmount('5', 'USD') // '$5.00'; formatAmount('1234.5', 'SEK') // '1,234.50 SEK'
 */
export function formatAmount(amount: string, currency: string): string {
  const parsed = currencyExponent(currency) === undefined ? undefined : tryParseMoney(amount, currency);
  const text = parsed?.ok ? groupDigits(formatMoney(parsed.minor, currency)) : amount;
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const symbol = SYMBOLS[currency];
  const body = symbol === undefined ? `${digits} ${currency}` : `${symbol}${digits}`;
  return negative ? `−${body}` : body;
}

/** "12.50" percent string as written in rules, with the thin spacing house style uses: "12.5 %". */
export function formatPercent(percent: string): string {
  const trimmed = percent.includes('.') ? percent.replace(/\.?0+$/, '') : percent;
  return `${trimmed} %`;
}

/**
 * A local date "2026-05-05" as "5 May 2026".
 * @example formatDate('2026-05-05') // '5 May 2026'
 */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  return month === undefined ? date : `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * A local date-time "2026-05-05T09:30" as "5 May 2026 09:30", or just the date at midnight.
 * @example formatDateTime('2026-05-05T00:00') // '5 May 2026'
 */
export function formatDateTime(dateTime: string): string {
  const [date = '', time = ''] = dateTime.split('T');
  const hhmm = time.slice(0, 5);
  return hhmm === '' || hhmm === '00:00' ? formatDate(date) : `${formatDate(date)} ${hhmm}`;
}

/** "1 item" / "3 items". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Upper-cases the first letter. */
export const capitalize = (s: string): string => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));
