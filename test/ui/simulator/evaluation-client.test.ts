import { describe, expect, it } from 'vitest';
import { makeEvaluationClient } from '../../../src/ui/simulator/evaluation-client.ts';
import { fakeSpawner, okResponse, result } from '../../support/simulator-factories.ts';

const req = (order: string) => ({ bundle: {}, order });

describe('evaluation client', () => {
  it('starts no worker until the first request, then reuses one', async () => {
    const f = fakeSpawner();
    const client = makeEvaluationClient(f.spawn);
    expect(f.workers).toHaveLength(0);
    const a = client.evaluate(req('a'));
    f.workers[0]!.calls[0]!.resolve(okResponse(result([])));
    expect(await a).toMatchObject({ kind: 'done', generation: 1, response: { ok: true } });
    const b = client.evaluate(req('b'));
    f.workers[0]!.calls[1]!.resolve(okResponse(result([])));
    expect(await b).toMatchObject({ kind: 'done', generation: 2 });
    expect(client.spawned()).toBe(1);
  });

  it('a request that supersedes a running one terminates its worker and runs on a fresh one', async () => {
    const f = fakeSpawner();
    const client = makeEvaluationClient(f.spawn);
    const slow = client.evaluate(req('slow'));
    const fast = client.evaluate(req('fast'));
    expect(await slow).toEqual({ kind: 'superseded', generation: 1 });
    expect(f.workers[0]!.terminated).toBe(true);
    expect(f.workers[1]!.calls.map((c) => c.order)).toEqual(['fast']);
    f.workers[1]!.calls[0]!.resolve(okResponse(result([]), 'fast'));
    expect(await fast).toMatchObject({ kind: 'done', generation: 2, response: { explanation: 'fast' } });
  });

  it('a late answer from an older generation is never delivered as done', async () => {
    const f = fakeSpawner();
    const client = makeEvaluationClient(f.spawn);
    const first = client.evaluate(req('1'));
    const oldCall = f.workers[0]!.calls[0]!;
    void client.evaluate(req('2'));
    oldCall.resolve(okResponse(result([]), 'old')); // the terminated worker "answers" anyway
    expect(await first).toEqual({ kind: 'superseded', generation: 1 });
  });

  it('a crashed worker becomes a problem, and the next request starts a new worker', async () => {
    const f = fakeSpawner();
    const client = makeEvaluationClient(f.spawn);
    const a = client.evaluate(req('a'));
    f.workers[0]!.calls[0]!.reject(new Error('boom'));
    const outcome = await a;
    expect(outcome).toMatchObject({ kind: 'done', response: { ok: false, problems: [{ code: 'evaluation-worker-failed' }] } });
    expect(f.workers[0]!.terminated).toBe(true);
    void client.evaluate(req('b'));
    expect(f.workers).toHaveLength(2);
  });

  it('dispose terminates the worker and settles the running request as superseded', async () => {
    const f = fakeSpawner();
    const client = makeEvaluationClient(f.spawn);
    const a = client.evaluate(req('a'));
    client.dispose();
    expect(await a).toMatchObject({ kind: 'superseded' });
    expect(f.workers[0]!.terminated).toBe(true);
    expect(await client.evaluate(req('b'))).toMatchObject({ kind: 'superseded' });
    expect(f.workers).toHaveLength(1);
  });
});
