import * as v from 'valibot';
import { isAgencyKey } from '../../../domain/agency';
import { isIsoDate, isIsoDateTime } from '../../../domain/dates';

/**
 * Schemas (valibot) for the values stored in list columns. Values the domain has a guard for are
 * checked by that guard, so the adapter and the domain never disagree on what is valid.
 */

/** A schema that accepts what the domain's guard accepts. */
export const guarded = <T>(guard: (value: unknown) => value is T) => v.custom<T>(guard);

export const AGENCY_KEY = guarded(isAgencyKey);
export const ISO_DATE = guarded(isIsoDate);
export const ISO_DATE_TIME = guarded(isIsoDateTime);

/** A JSON object, never a list (valibot's object schemas take lists too). */
export const RECORD = v.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);
