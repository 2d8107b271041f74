import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from '../../../domain/dates';
import type { ItemFields } from '../list-item';

/**
 * Readers for stored fields. Anything can be in a list (edited in SharePoint by hand, written
 * by an older version), so each reader returns a safe value instead of throwing: one bad cell
 * must not hide a whole plan.
 */

export function readText(fields: ItemFields, column: string): string {
  const value = fields[column];
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** Empty text means "none": SharePoint drops empty fields, so '' and absent are the same. */
export function readOptionalText(fields: ItemFields, column: string): string | null {
  const text = readText(fields, column);
  return text === '' ? null : text;
}

export function readNumber(fields: ItemFields, column: string, fallback: number): number {
  const value = fields[column];
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : fallback;
}

export function readBoolean(fields: ItemFields, column: string): boolean {
  const value = fields[column];
  return value === true || value === 'true' || value === 1;
}

export function readDate(fields: ItemFields, column: string): IsoDate | null {
  const value = readText(fields, column);
  return isIsoDate(value) ? value : null;
}

export function readDateTime(fields: ItemFields, column: string): IsoDateTime | null {
  const value = readText(fields, column);
  return isIsoDateTime(value) ? value : null;
}

/** The value if it passes the guard, else the fallback (unknown enum values, foreign ids). */
export function readGuarded<T extends string, F extends T | null>(
  fields: ItemFields,
  column: string,
  guard: (value: unknown) => value is T,
  fallback: F,
): T | F {
  const value = fields[column];
  return guard(value) ? value : fallback;
}

/** The entries of a JSON array that pass the guard; anything unreadable gives `fallback`. */
export function readJsonList<T>(
  fields: ItemFields,
  column: string,
  guard: (value: unknown) => value is T,
  fallback: readonly T[] = [],
): readonly T[] {
  const text = readText(fields, column);
  if (text === '') return fallback;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(guard) : fallback;
  } catch {
    return fallback;
  }
}

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Writes `null` as empty text: see `readOptionalText`. */
export const textOrEmpty = (value: string | null): string => value ?? '';
