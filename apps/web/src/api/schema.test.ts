import { describe, expect, it } from 'vitest';
import {
  arrayOf,
  nullable,
  num,
  object,
  oneOf,
  optional,
  parse,
  SchemaError,
  str,
  withDefault,
} from './schema.ts';

describe('schema', () => {
  const Person = object({
    handle: str,
    age: optional(num),
    role: oneOf(['lead', 'member'] as const),
    team: nullable(str),
    tags: withDefault(arrayOf(str), []),
  });

  it('returns the typed value and drops unknown keys', () => {
    const value = parse(Person, { handle: 'ana', role: 'lead', team: null, extra: 1 });
    expect(value).toEqual({ handle: 'ana', role: 'lead', team: null, tags: [] });
  });

  it('names the path of the first wrong field', () => {
    expect(() => parse(Person, { handle: 'ana', role: 'boss', team: null })).toThrow(
      /role: expected lead \| member/,
    );
    expect(() => parse(arrayOf(Person), [{ handle: 1 }])).toThrow(SchemaError);
    expect(() => parse(arrayOf(Person), [{ handle: 1 }])).toThrow(/\[0\]\.handle/);
  });

  it('refuses non-objects and non-finite numbers', () => {
    expect(() => parse(Person, null)).toThrow(SchemaError);
    expect(() => parse(num, Number.NaN)).toThrow(SchemaError);
  });
});
