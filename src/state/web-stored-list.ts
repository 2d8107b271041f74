import type { PlanId } from '../domain/ids';

/**
 * A plan's list kept in Web Storage under a key of its own, as `{ version, [name]: [...] }`, and
 * removed when it is empty. Read defensively: a list that is absent, unreadable or of another
 * version reads as no entries, and its entries are for the caller to check.
 */
export interface WebStoredList {
  read(planId: PlanId): readonly unknown[];
  write(planId: PlanId, entries: readonly unknown[]): void;
}

/** A JSON object (or list) as parsed, whose properties are yet to be checked. */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null;

/** The list of each plan at `${prefix}.${planId}`. */
export function webStoredList(storage: Storage, prefix: string, name: string, version: number): WebStoredList {
  const keyFor = (planId: PlanId) => `${prefix}.${planId}`;
  return {
    read(planId) {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(keyFor(planId)) ?? 'null');
        if (!isRecord(parsed)) return [];
        const entries = parsed[name];
        return parsed['version'] === version && Array.isArray(entries) ? entries : [];
      } catch {
        return [];
      }
    },
    write(planId, entries) {
      if (entries.length === 0) storage.removeItem(keyFor(planId));
      else storage.setItem(keyFor(planId), JSON.stringify({ version, [name]: entries }));
    },
  };
}
