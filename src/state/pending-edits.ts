import type { Action } from '../domain/action';
import type { PlanId } from '../domain/ids';
import { memoryPendingUpdateStorage, webPendingUpdateStorage, type PendingUpdateStorage } from './pending-updates';
import { webStoredList } from './web-stored-list';
import {
  memoryCheckedVersionsStorage,
  webCheckedVersionsStorage,
  type CheckedVersionsStorage,
} from './checked-versions';

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
  /** The action versions read to check the plan's items, kept in the same place. */
  readonly checked: CheckedVersionsStorage;
}

const SCHEMA_VERSION = 1;

/** Pending edits in Web Storage, versioned and read defensively. */
export function webPendingEditStorage(storage: Storage): PendingEditStorage {
  const stored = webStoredList(storage, 'jtai.pending', 'edits', SCHEMA_VERSION);
  return {
    load: (planId) => stored.read(planId) as PendingEdit[],
    save: (planId, edits) => stored.write(planId, edits),
    updates: webPendingUpdateStorage(storage),
    checked: webCheckedVersionsStorage(storage),
  };
}

export function memoryPendingEditStorage(): PendingEditStorage {
  const map = new Map<PlanId, readonly PendingEdit[]>();
  return {
    load: (id) => map.get(id) ?? [],
    save: (id, edits) => void map.set(id, edits),
    updates: memoryPendingUpdateStorage(),
    checked: memoryCheckedVersionsStorage(),
  };
}
