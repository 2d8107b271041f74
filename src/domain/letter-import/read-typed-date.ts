import { parseBritishDate, type IsoDate } from '../dates';

/** A date field as typed: empty, a real date, or something that is not a date. */
export type TypedDate =
  { readonly kind: 'empty' } | { readonly kind: 'date'; readonly date: IsoDate } | { readonly kind: 'invalid' };

export function readTypedDate(text: string): TypedDate {
  if (text.trim() === '') return { kind: 'empty' };
  const date = parseBritishDate(text);
  return date ? { kind: 'date', date } : { kind: 'invalid' };
}

export const dateOrNull = (text: string): IsoDate | null => {
  const typed = readTypedDate(text);
  return typed.kind === 'date' ? typed.date : null;
};
