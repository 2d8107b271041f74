import type { Brand } from './ids';

/** A calendar date, `YYYY-MM-DD`, with no time or zone. */
export type IsoDate = Brand<string, 'IsoDate'>;
/** An instant, ISO 8601 in UTC (`2018-05-11T09:30:00.000Z`). */
export type IsoDateTime = Brand<string, 'IsoDateTime'>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isIsoDateTime(value: unknown): value is IsoDateTime {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Parses `YYYY-MM-DD`, throwing on anything else: for literals and data known to be valid. */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new Error(`Not an ISO date: ${value}`);
  return value;
}

export function isoDateTime(value: Date): IsoDateTime {
  return value.toISOString() as IsoDateTime;
}

/** The calendar date of an instant as seen in England (Europe/London). */
export function londonDateOf(instant: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}` as IsoDate;
}

const UK_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const UK_SHORT = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `11 May 2018` */
export function formatLongDate(date: IsoDate): string {
  return UK_DATE.format(new Date(`${date}T00:00:00Z`));
}

/** `11/05/2018` */
export function formatShortDate(date: IsoDate): string {
  return UK_SHORT.format(new Date(`${date}T00:00:00Z`));
}

/** Parses a British `dd/mm/yyyy` (or `d/m/yy`) date as typed by a user. */
export function parseBritishDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = `${String(year).padStart(4, '0')}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The calendar date `days` after (or before, if negative) `date`. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as IsoDate;
}

const UK_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** `5 March 2018, 10:00`, in UK time. */
export function formatDateTime(instant: IsoDateTime): string {
  return UK_DATE_TIME.format(new Date(instant));
}
