import { isIsoDate, isIsoDateTime, type IsoDate, type IsoDateTime } from '../../../domain/dates';
import { LISTS, type ListKey } from '../../sharepoint/list-schema';
import { isRichTextValue } from '../../sharepoint/rich-text-value';
import { StoreError } from '../../store-error';
import type { ItemFields } from '../list-item';

/**
 * Readers for stored fields. Anything can be in a list (edited in SharePoint by hand, written
 * by an older version), so each reader returns a safe value instead of throwing: one bad cell
 * must not hide a whole plan. The exception is rich text (HTML) in a JSON column: that is what a
 * column turned rich text gives for every item, and empty lists there would be silently wrong.
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

/**
 * The refusal to read a JSON column that holds rich text: rather than a plan that quietly loads
 * without its agencies or milestones, the reason and what to do.
 */
export function unreadableColumn(list: ListKey, column: string): StoreError {
  return new StoreError(
    'server',
    `The column “${column}” of the list “${LISTS[list].displayName}” holds rich text (HTML) instead of the plain text the app writes, so it cannot be read. ` +
      'A site owner should run “Set up this site” to switch the column back to plain text.',
    { code: 'unreadableColumn' },
  );
}

/**
 * The JSON a multi-line column holds; `undefined` when it is empty (SharePoint drops empty fields)
 * or when one cell was mangled by hand. Rich text (HTML) is refused with `unreadableColumn`: the
 * whole column has changed type, and only a site owner's set-up puts it right.
 */
export function readJson(fields: ItemFields, list: ListKey, column: string): unknown {
  const text = readText(fields, column);
  if (text.trim() === '') return undefined;
  if (isRichTextValue(text)) throw unreadableColumn(list, column);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The entries of a JSON array that pass the guard; an empty or unreadable value, or JSON that is
 * not an array, gives `fallback`. Rich text is refused (see `readJson`).
 */
export function readJsonList<T>(
  fields: ItemFields,
  list: ListKey,
  column: string,
  guard: (value: unknown) => value is T,
  fallback: readonly T[] = [],
): readonly T[] {
  const parsed = readJson(fields, list, column);
  return Array.isArray(parsed) ? parsed.filter(guard) : fallback;
}

export const isString = (value: unknown): value is string => typeof value === 'string';

export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Writes `null` as empty text: see `readOptionalText`. */
export const textOrEmpty = (value: string | null): string => value ?? '';
