/**
 * A first PING with a deadline. BullMQ's connections retry forever (what a long-running worker
 * wants once it is up), so a wrong URL would otherwise hang a command with no word.
 */
import { Redis } from 'ioredis';
import type { Result } from '../domain/problem.ts';
import type { RedisConnection } from './redis-connection.ts';

export async function reachRedis(connection: RedisConnection, timeoutMs = 5000): Promise<Result<true>> {
  const redis = new Redis(connection.url, { maxRetriesPerRequest: 1, connectTimeout: timeoutMs, lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return { ok: true, value: true };
  } catch (e) {
    return { ok: false, problems: [{ code: 'redis-unreachable', severity: 'error', message: `cannot reach Redis at ${connection.url}: ${e instanceof Error ? e.message : String(e)}` }] };
  } finally {
    redis.disconnect();
  }
}
