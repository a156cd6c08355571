/**
 * The `--redis URL` of `promo worker` and `promo simulate --redis`. BullMQ hands these options to
 * ioredis; `maxRetriesPerRequest: null` is what BullMQ requires for workers, so that a Redis
 * restart makes them wait instead of failing their blocking reads.
 */
import type { Problem, Result } from '../domain/problem.ts';

export interface RedisConnection {
  readonly url: string;
  readonly maxRetriesPerRequest: null;
}

const bad = (message: string): Result<RedisConnection> => ({
  ok: false,
  problems: [{ code: 'bad-redis-url', severity: 'error', message, path: '--redis' } satisfies Problem],
});

/**
 * @example redisConnection('redis://127.0.0.1:6379/0') // { ok: true, value: { url: …, maxRetriesPerRequest: null } }
 */
export function redisConnection(text: string | undefined): Result<RedisConnection> {
  if (text === undefined || text === '') return bad('--redis needs a URL such as redis://127.0.0.1:6379');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad(`--redis: "${text}" is not a URL (redis://host:port[/db])`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return bad(`--redis: the URL must start with redis:// or rediss://, not ${url.protocol}//`);
  if (url.hostname === '') return bad('--redis: the URL names no host');
  return { ok: true, value: { url: url.href, maxRetriesPerRequest: null } };
}
