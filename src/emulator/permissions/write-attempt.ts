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

/** Allowed, or refused with a sentence the user can read. */
export type Verdict = Result<true, string>;
export const allow = (): Verdict => ok(true);
export const deny = (message: string): Verdict => err(message);

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
