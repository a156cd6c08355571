import { describe, expect, it } from 'vitest';
import { refusal, scriptGate } from '../../../src/ui/scripts/script-gate.ts';

describe('Run and Save gate', () => {
  it.each([
    ['checked, clean', 'a', 'a', 0, { kind: 'ready' }, undefined],
    ['checked, one error', 'a', 'a', 1, { kind: 'errors', count: 1 }, 'Run and Save are off until the 1 error is fixed (see Problems).'],
    ['checked, three errors', 'a', 'a', 3, { kind: 'errors', count: 3 }, 'Run and Save are off until the 3 errors are fixed (see Problems).'],
    ['edited since the check', 'a', 'ab', 0, { kind: 'checking' }, 'Checking the script…'],
    ['never checked', undefined, 'a', 0, { kind: 'checking' }, 'Checking the script…'],
  ] as const)('%s', (_name, checked, source, errors, gate, sentence) => {
    expect(scriptGate(checked, source, errors)).toEqual(gate);
    expect(refusal(scriptGate(checked, source, errors))).toBe(sentence);
  });
});
