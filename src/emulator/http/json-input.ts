import { badRequest } from './graph-error';

/** Reading fields of a request body defensively: a wrong type is the client's 400, never a crash. */
export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function optionalString(o: JsonObject, key: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badRequest(`'${key}' must be a string.`);
  return v;
}

export function optionalBoolean(o: JsonObject, key: string): boolean | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw badRequest(`'${key}' must be true or false.`);
  return v;
}

export function optionalInteger(o: JsonObject, key: string): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw badRequest(`'${key}' must be a whole number.`);
  return v;
}
