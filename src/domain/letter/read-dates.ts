import { isIsoDate, type IsoDate } from '../dates';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Full names and the usual abbreviations ("Sept", "Nov."). */
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
export const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** Two-digit years occur ("12 November 18"); a following digit would make it something else. */
export const YEAR = String.raw`(\d{4}|\d{2})(?!\d)`;
export const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)`;

/** "11th May 2018", "Tuesday 25 October 2022", "12 November 18", "8 November". */
export const DAY_MONTH_YEAR = new RegExp(String.raw`\b${WEEKDAY}?${DAY}(?:\s+of)?\s+(${MONTH})(?:,?\s+${YEAR})?`, 'i');

export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(key));
  return index < 0 ? null : index + 1;
}

export function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export type MissingYear = { readonly onOrAfter: IsoDate } | { readonly onOrBefore: IsoDate } | null;

/** With no year printed, the date is the nearest one on the right side of a known date. */
function resolveYear(month: number, day: number, missing: MissingYear): IsoDate | null {
  if (!missing) return null;
  if ('onOrAfter' in missing) {
    const year = Number(missing.onOrAfter.slice(0, 4));
    const same = isoFromParts(year, month, day);
    return same !== null && same >= missing.onOrAfter ? same : isoFromParts(year + 1, month, day);
  }
  const year = Number(missing.onOrBefore.slice(0, 4));
  const same = isoFromParts(year, month, day);
  return same !== null && same <= missing.onOrBefore ? same : isoFromParts(year - 1, month, day);
}

export function dateFromParts(
  day: string,
  month: string,
  year: string | undefined,
  missing: MissingYear = null,
): IsoDate | null {
  const m = monthNumber(month);
  if (m === null) return null;
  if (year !== undefined) return isoFromParts(fullYear(year), m, Number(day));
  return resolveYear(m, Number(day), missing);
}

export interface FoundDate {
  readonly date: IsoDate;
  readonly index: number;
  readonly hasYear: boolean;
}

/** The first "day month [year]" in `text`, or null. */
export function findDate(text: string, missing: MissingYear = null): FoundDate | null {
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const date = dateFromParts(m[1], m[2], m[3], missing);
  return date ? { date, index: m.index, hasYear: m[3] !== undefined } : null;
}
