import type { Action } from '../domain/action';
import type { PlanId } from '../domain/ids';
import { memoryPendingUpdateStorage, webPendingUpdateStorage, type PendingUpdateStorage } from './pending-updates';

/** An action edit that could not be sent yet (offline, throttled); kept until it is saved. */
export interface PendingEdit {
  readonly action: Action;
  /** The stored version the edit was based on, opaque outside data. */
  readonly baseVersion: string;
  /** The action at that version, so a conflict on sending merges rather than asks about everything. */
  readonly base?: Action;
  readonly reason: string;
  /**
   * Sending it met a change by someone else to the same fields: it is kept, not sent again, until
   * the person chooses what to keep (`baseVersion` is then the version of that change).
   */
  readonly clash?: boolean;
}

/** Where pending edits survive a reload (localStorage in the browser, memory in tests). */
export interface PendingEditStorage {
  load(planId: PlanId): readonly PendingEdit[];
  save(planId: PlanId, edits: readonly PendingEdit[]): void;
  /** Progress updates waiting beside the edits, kept in the same place. */
  readonly updates: PendingUpdateStorage;
}

const SCHEMA_VERSION = 1;
const keyFor = (planId: PlanId) => `jtai.pending.${planId}`;

/** Pending edits in Web Storage, versioned and read defensively. */
export function webPendingEditStorage(storage: Storage): PendingEditStorage {
  return {
    load(planId) {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(keyFor(planId)) ?? 'null');
        if (!parsed || typeof parsed !== 'object') return [];
        const { version, edits } = parsed as { version?: unknown; edits?: unknown };
        return version === SCHEMA_VERSION && Array.isArray(edits) ? (edits as PendingEdit[]) : [];
      } catch {
        return [];
      }
    },
    save(planId, edits) {
      if (edits.length === 0) storage.removeItem(keyFor(planId));
      else storage.setItem(keyFor(planId), JSON.stringify({ version: SCHEMA_VERSION, edits }));
    },
    updates: webPendingUpdateStorage(storage),
  };
}

export function memoryPendingEditStorage(): PendingEditStorage {
  const map = new Map<PlanId, readonly PendingEdit[]>();
  return {
    load: (id) => map.get(id) ?? [],
    save: (id, edits) => void map.set(id, edits),
    updates: memoryPendingUpdateStorage(),
  };
}
