/**
 * Coupon code generation for coupon-triggered promotions: N codes of a prefix and a random part of
 * a chosen length and alphabet, none equal to a code already in the bundle. Codes match exactly
 * (case-sensitive), so the alphabet is used as given.
 */
export interface CodeSpec {
  readonly count: number;
  readonly prefix: string;
  readonly length: number;
  readonly alphabet: string;
}

export const DEFAULT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const MAX_GENERATED = 10_000;

export type CodeSpecProblem = { readonly field: keyof CodeSpec; readonly message: string };

export function checkCodeSpec(spec: CodeSpec, taken: number): CodeSpecProblem[] {
  const out: CodeSpecProblem[] = [];
  if (!Number.isInteger(spec.count) || spec.count < 1 || spec.count > MAX_GENERATED) out.push({ field: 'count', message: `from 1 to ${MAX_GENERATED.toLocaleString('en')} codes at a time` });
  if (!Number.isInteger(spec.length) || spec.length < 4 || spec.length > 32) out.push({ field: 'length', message: 'a random part of 4 to 32 characters' });
  const letters = new Set(spec.alphabet);
  if (letters.size < 2 || /\s/.test(spec.alphabet)) out.push({ field: 'alphabet', message: 'at least two different characters, no spaces' });
  else if (out.length === 0 && letters.size ** spec.length < (spec.count + taken) * 100) {
    out.push({ field: 'length', message: 'too short for that many distinct codes: make the random part longer' });
  }
  return out;
}

/**
 * @example generateCodes({ count: 2, prefix: 'SPRING-', length: 6, alphabet: DEFAULT_ALPHABET }, new Set(), rng)
 *   // ['SPRING-K7Q2MX', 'SPRING-3HZ9PA']
 */
export function generateCodes(spec: CodeSpec, existing: ReadonlySet<string>, random: () => number = cryptoRandom): string[] {
  const chars = [...new Set(spec.alphabet)];
  const out = new Set<string>();
  while (out.size < spec.count) {
    let code = spec.prefix;
    for (let i = 0; i < spec.length; i++) code += chars[Math.floor(random() * chars.length)]!;
    if (!existing.has(code)) out.add(code);
  }
  return [...out];
}

function cryptoRandom(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! / 2 ** 32;
}
