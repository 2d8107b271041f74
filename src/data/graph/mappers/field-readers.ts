import * as v from 'valibot';
import type { IsoDate, IsoDateTime } from '../../../domain/dates';
import { LISTS, type ListKey } from '../../sharepoint/list-schema';
import { isRichTextValue } from '../../sharepoint/rich-text-value';
import { StoreError } from '../../store-error';
import type { ItemFields } from '../list-item';
import { guarded, ISO_DATE, ISO_DATE_TIME } from './value-schemas';

/**
 * Readers for stored fields, each a schema and the value given when a cell does not pass it.
 * Anything can be in a list (edited in SharePoint by hand, written by an older version), so each
 * reader returns a safe value instead of throwing: one bad cell must not hide a whole plan. The
 * exception is rich text (HTML) in a JSON column: that is what a column turned rich text gives
 * for every item, and empty lists there would be silently wrong.
 */

/** The cell's value if it passes the schema, else the fallback. */
export function readCell<T, F>(fields: ItemFields, column: string, schema: v.GenericSchema<unknown, T>, fallback: F) {
  const result = v.safeParse(schema, fields[column], { abortEarly: true });
  return result.success ? result.output : fallback;
}

/** Text, as SharePoint gives it: a number or yes/no reads as its text. */
const TEXT = v.union([v.string(), v.pipe(v.union([v.number(), v.boolean()]), v.toString())]);

/** A number, or text that holds one. */
const NUMBER = v.pipe(v.union([v.number(), v.pipe(v.string(), v.trim(), v.nonEmpty(), v.toNumber())]), v.finite());

/** Yes, as a yes/no column, text or a number gives it; anything else is no. */
const YES = v.pipe(
  v.union([v.literal(true), v.literal('true'), v.literal(1)]),
  v.transform(() => true),
);

export const readText = (fields: ItemFields, column: string): string => readCell(fields, column, TEXT, '');

/** Empty text means "none": SharePoint drops empty fields, so '' and absent are the same. */
export function readOptionalText(fields: ItemFields, column: string): string | null {
  const text = readText(fields, column);
  return text === '' ? null : text;
}

export const readNumber = (fields: ItemFields, column: string, fallback: number): number =>
  readCell(fields, column, NUMBER, fallback);

export const readBoolean = (fields: ItemFields, column: string): boolean => readCell(fields, column, YES, false);

export const readDate = (fields: ItemFields, column: string): IsoDate | null =>
  readCell(fields, column, ISO_DATE, null);

export const readDateTime = (fields: ItemFields, column: string): IsoDateTime | null =>
  readCell(fields, column, ISO_DATE_TIME, null);

/**
 * The time given to an item whose own time cannot be read: the epoch, so that it sorts at one end
 * (the first of a plan's updates, the last of an inbox) rather than vanishing or hiding the rest.
 */
export const UNKNOWN_INSTANT = '1970-01-01T00:00:00.000Z' as IsoDateTime;

/** The value if it passes the domain's guard, else the fallback (unknown enum values, foreign ids). */
export const readGuarded = <T extends string, F extends T | null>(
  fields: ItemFields,
  column: string,
  guard: (value: unknown) => value is T,
  fallback: F,
): T | F => readCell(fields, column, guarded(guard), fallback);

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
 * The entries of a JSON array that pass the schema, as stored; an empty or unreadable value, or
 * JSON that is not an array, gives `fallback`. Rich text is refused (see `readJson`).
 */
export function readJsonList<T>(
  fields: ItemFields,
  list: ListKey,
  column: string,
  entry: v.GenericSchema<unknown, T>,
  fallback: readonly T[] = [],
): readonly T[] {
  const parsed = readJson(fields, list, column);
  return Array.isArray(parsed) ? parsed.filter((item): item is T => v.is(entry, item)) : fallback;
}

/** Writes `null` as empty text: see `readOptionalText`. */
export const textOrEmpty = (value: string | null): string => value ?? '';
