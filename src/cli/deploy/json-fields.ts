/** Reading m365 JSON output without trusting its shape: a wrong shape is a clear error, not a crash. */
export class UnexpectedOutputError extends Error {
  constructor(what: string, output: unknown) {
    super(`Unexpected output from ${what}: ${JSON.stringify(output)?.slice(0, 300)}`);
    this.name = 'UnexpectedOutputError';
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectOf(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new UnexpectedOutputError(what, value);
  return value;
}

export function arrayOf(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new UnexpectedOutputError(what, value);
  return value;
}

export function stringOf(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new UnexpectedOutputError(what, value);
  return value;
}

/** A string field, or '' when absent or not a string. */
export function text(object: JsonObject, key: string): string {
  const value = object[key];
  return typeof value === 'string' ? value : '';
}

/** A list of strings, or [] when absent. */
export function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Follows a path of keys and indexes; undefined when any step is missing. */
export function pick(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number' ? !Array.isArray(current) : !isObject(current)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

export const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
