import type { Result } from '../../domain/result';
import { err, ok } from '../../domain/result';
import type { FieldValues } from '../model/list-model';

/** A change a caller asks to make to one item, with the item's fields before and after it. */
export interface WriteAttempt {
  readonly op: 'create' | 'update' | 'delete';
  readonly callerId: string;
  /** Null when creating. */
  readonly before: FieldValues | null;
  /** Null when deleting. */
  readonly after: FieldValues | null;
}

/** Why a write is refused: a sentence the user can read, with the HTTP status and code it is sent with. */
export interface Refusal {
  readonly status: 400 | 403 | 409;
  readonly code: string;
  readonly message: string;
}

/** Allowed, or refused. */
export type Verdict = Result<true, Refusal>;
export const allow = (): Verdict => ok(true);
/** Not permitted (403). */
export const deny = (message: string): Verdict => err({ status: 403, code: 'accessDenied', message });
/** Not a well-formed record of its list (400). */
export const malformed = (message: string): Verdict => err({ status: 400, code: 'invalidRequest', message });
/** Permitted, but made against content that has since changed (409). */
export const stale = (code: string, message: string): Verdict => err({ status: 409, code, message });

/** The first refusal among the verdicts, else allowed. */
export function all(verdicts: readonly Verdict[]): Verdict {
  return verdicts.find((v) => !v.ok) ?? allow();
}

export function textOf(fields: FieldValues | null, name: string): string | null {
  const value = fields?.[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The values a column has before and after the change (one value when they agree). */
export function valuesOf(attempt: WriteAttempt, name: string): (string | null)[] {
  const values = [attempt.before, attempt.after].filter((f) => f !== null).map((f) => textOf(f, name));
  return [...new Set(values)];
}
