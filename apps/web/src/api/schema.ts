/**
 * A tiny runtime schema library for what the API sends: each schema checks a
 * value and returns it typed, or throws SchemaError naming the path. Enough
 * for the shapes of our own API without a dependency.
 */

/** Checks `value` (found at `path`) and returns it typed. */
export type Schema<T> = (value: unknown, path: string) => T;

/** The type a schema produces. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A response did not have the expected shape. */
export class SchemaError extends Error {
  override name = 'SchemaError';
}

function fail(path: string, expected: string): never {
  throw new SchemaError(`${path || 'value'}: expected ${expected}`);
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string. */
export const str: Schema<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'a string'));
/** A finite number. */
export const num: Schema<number> = (v, p) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a number');
/** A boolean. */
export const bool: Schema<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'a boolean'));
/** Anything, unchecked (for values only shown, never trusted). */
export const unknownValue: Schema<unknown> = (v) => v;
/** Any plain object. */
export const record: Schema<Record<string, unknown>> = (v, p) => (isRecord(v) ? v : fail(p, 'an object'));

/** One of the given strings. */
export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return (v, p) =>
    typeof v === 'string' && (values as readonly string[]).includes(v)
      ? (v as T)
      : fail(p, values.join(' | '));
}

/** The value or null. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return (v, p) => (v === null ? null : schema(v, p));
}

/** The value or undefined (missing key). */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return (v, p) => (v === undefined ? undefined : schema(v, p));
}

/** The value, or `fallback` when missing or null (tolerant of older servers). */
export function withDefault<T>(schema: Schema<T>, fallback: T): Schema<T> {
  return (v, p) => (v === undefined || v === null ? fallback : schema(v, p));
}

/** An array of values. */
export function arrayOf<T>(schema: Schema<T>): Schema<T[]> {
  return (v, p) => (Array.isArray(v) ? v.map((item, i) => schema(item, `${p}[${i}]`)) : fail(p, 'an array'));
}

/** An object with (at least) the given keys; other keys are dropped. */
export function object<S extends Record<string, Schema<unknown>>>(
  shape: S,
): Schema<{ [K in keyof S]: Infer<S[K]> }> {
  return (v, p) => {
    if (!isRecord(v)) fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(shape)) {
      const value = schema(v[key], p ? `${p}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as { [K in keyof S]: Infer<S[K]> };
  };
}

/** A schema defined in terms of itself (recursive shapes). */
export function lazy<T>(get: () => Schema<T>): Schema<T> {
  return (v, p) => get()(v, p);
}

/** Runs a schema on a whole value. */
export function parse<T>(schema: Schema<T>, value: unknown): T {
  return schema(value, '');
}

/** Exactly `true` (acknowledgements such as `{ok: true}`). */
export const literalTrue: Schema<true> = (v, p) => (v === true ? true : fail(p, 'true'));
