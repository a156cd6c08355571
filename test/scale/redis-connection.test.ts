import { describe, expect, it } from 'vitest';
import { redisConnection } from '../../src/scale/redis-connection.ts';

describe('--redis URL', () => {
  it.each([
    ['redis://127.0.0.1:6379', 'redis://127.0.0.1:6379'],
    ['rediss://user:secret@cache.internal:6380/2', 'rediss://user:secret@cache.internal:6380/2'],
  ])('accepts %s', (text, url) => {
    const r = redisConnection(text);
    expect(r.ok && r.value).toEqual({ url, maxRetriesPerRequest: null });
  });

  it.each([
    [undefined, /needs a URL/],
    ['', /needs a URL/],
    ['localhost:6379', /must start with redis:\/\//],
    ['http://127.0.0.1:6379', /must start with redis:\/\/ or rediss:\/\/, not http:/],
    ['not a url', /is not a URL/],
  ])('refuses %j with a message naming --redis', (text, message) => {
    const r = redisConnection(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ code: 'bad-redis-url', path: '--redis' });
      expect(r.problems[0]!.message).toMatch(message);
    }
  });
});
