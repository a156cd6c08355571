import type { z } from 'zod';
import { jsonPath, problem, type Problem } from '../domain/problem.ts';

/**
 * Maps zod issues to problems with stable codes and JSON paths. One problem per issue, except
 * unknown keys, which get one each so every path points at the offending key.
 *
 * | zod issue | code |
 * | --- | --- |
 * | invalid_type on a missing value | schema-missing-field |
 * | invalid_type | schema-invalid-type |
 * | invalid_value, unknown discriminator | schema-invalid-value |
 * | invalid_format | schema-invalid-format |
 * | too_small / too_big | schema-too-small / schema-too-big |
 * | unrecognized_keys | schema-unknown-key |
 * | custom with `params.code` (a domain rule: money-negative, duplicate-line-id, limit-…) | that code |
 * | invalid_union | schema-invalid-union |
 * | anything else | schema-invalid |
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, input));
}

function fromIssue(issue: z.core.$ZodIssue, input: unknown): Problem[] {
  const path = issue.path as readonly PropertyKey[];
  const at = jsonPath(path);
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, path) === undefined) {
        return [problem('schema-missing-field', `required field "${String(path[path.length - 1] ?? '$')}" is missing`, at)];
      }
      return [problem('schema-invalid-type', `expected ${issue.expected}, found ${describe(valueAt(input, path))}`, at)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => problem('schema-unknown-key', `unknown field "${k}"`, jsonPath([...path, k])));
    case 'invalid_value':
      if (valueAt(input, path) === undefined) {
        return [problem('schema-missing-field', `required field "${String(path[path.length - 1] ?? '$')}" is missing; expected ${list(issue.values)}`, at)];
      }
      return [problem('schema-invalid-value', `${show(valueAt(input, path))} is not allowed; expected ${list(issue.values)}`, at)];
    case 'invalid_union': {
      const u = issue as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: readonly unknown[] };
      if (u.discriminator !== undefined) {
        const seen = valueAt(input, path);
        const what = seen === undefined ? `"${u.discriminator}" is missing` : `${show(seen)} is not a known ${u.discriminator}`;
        return [problem('schema-invalid-value', `${what}; expected ${list(u.options ?? [])}`, at)];
      }
      return [problem('schema-invalid-union', `${describe(valueAt(input, path))} matches none of the allowed forms`, at)];
    }
    case 'invalid_format':
      return [problem('schema-invalid-format', `${show(valueAt(input, path))}: ${issue.message}`, at)];
    case 'too_small':
      return [problem('schema-too-small', issue.message, at)];
    case 'too_big':
      return [problem('schema-too-big', issue.message, at)];
    case 'custom': {
      // Domain rules written as refinements carry their own stable code (see src/domain/limits.ts).
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return [problem(typeof code === 'string' ? code : 'schema-invalid', issue.message, at)];
    }
    default:
      return [problem('schema-invalid', issue.message, at)];
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${show(v)}`;
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return values.length > 12 ? `one of ${shown.join(', ')}, …` : `one of ${shown.join(', ')}`;
}
