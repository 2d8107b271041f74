/** A value that survives JSON unchanged: what canonical content is built from. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * JSON with object keys sorted and no whitespace, so that two objects holding the same facts
 * serialise to the same text whatever order their keys were written in (SharePoint, the
 * emulator and a form each build objects in their own order).
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return scalar(value);
  if (isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
}

function scalar(value: string | number | boolean | null): string {
  // NaN and Infinity would silently become null and make two different contents collide.
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Cannot hash the number ${value}`);
  return JSON.stringify(value);
}

const isArray = (value: JsonValue): value is readonly JsonValue[] => Array.isArray(value);
