import { isActionStatus } from '../domain/action';
import { isActionId, isPlanId, isUpdateId, isUserId, type PlanId } from '../domain/ids';
import type { ProgressUpdate } from '../domain/progress-update';
import { isRecord, webStoredList } from './web-stored-list';

/** A progress update that could not be sent yet (offline, throttled); kept, in order, until it is. */
export interface PendingUpdate {
  /** The update as it will be stored; its id stays the same on every try, so it is stored once. */
  readonly update: ProgressUpdate;
  /** Why it is waiting, as the person was last told. */
  readonly reason: string;
  /** Why it can never be sent as it is; it stays on show, with its words, until the person discards it. */
  readonly problem?: string;
}

/** Where pending progress updates survive a reload, oldest first (beside the pending action edits). */
export interface PendingUpdateStorage {
  load(planId: PlanId): readonly PendingUpdate[];
  save(planId: PlanId, updates: readonly PendingUpdate[]): void;
}

const SCHEMA_VERSION = 1;

function isProgressUpdate(value: unknown): value is ProgressUpdate {
  if (!isRecord(value)) return false;
  const { id, planId, actionId, authorId, authorName, at, text, status } = value;
  return (
    isUpdateId(id) &&
    isPlanId(planId) &&
    isActionId(actionId) &&
    isUserId(authorId) &&
    typeof authorName === 'string' &&
    typeof at === 'string' &&
    typeof text === 'string' &&
    (status === null || isActionStatus(status))
  );
}

const isPendingUpdate = (value: unknown): value is PendingUpdate =>
  isRecord(value) &&
  isProgressUpdate(value['update']) &&
  typeof value['reason'] === 'string' &&
  (value['problem'] === undefined || typeof value['problem'] === 'string');

/** Pending progress updates in Web Storage, versioned and read defensively: anything unreadable is left out. */
export function webPendingUpdateStorage(storage: Storage): PendingUpdateStorage {
  const stored = webStoredList(storage, 'jtai.pending-updates', 'updates', SCHEMA_VERSION);
  return {
    load: (planId) => stored.read(planId).filter(isPendingUpdate),
    save: (planId, updates) => stored.write(planId, updates),
  };
}

export function memoryPendingUpdateStorage(): PendingUpdateStorage {
  const map = new Map<PlanId, readonly PendingUpdate[]>();
  return { load: (id) => map.get(id) ?? [], save: (id, updates) => void map.set(id, updates) };
}
