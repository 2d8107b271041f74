import { isActionStatus } from '../domain/action';
import { isActionId, isPlanId, isUpdateId, isUserId, type PlanId } from '../domain/ids';
import type { ProgressUpdate } from '../domain/progress-update';

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
const keyFor = (planId: PlanId) => `jtai.pending-updates.${planId}`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

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
  return {
    load(planId) {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(keyFor(planId)) ?? 'null');
        if (!isRecord(parsed) || parsed['version'] !== SCHEMA_VERSION) return [];
        const updates = parsed['updates'];
        return Array.isArray(updates) ? updates.filter(isPendingUpdate) : [];
      } catch {
        return [];
      }
    },
    save(planId, updates) {
      if (updates.length === 0) storage.removeItem(keyFor(planId));
      else storage.setItem(keyFor(planId), JSON.stringify({ version: SCHEMA_VERSION, updates }));
    },
  };
}

export function memoryPendingUpdateStorage(): PendingUpdateStorage {
  const map = new Map<PlanId, readonly PendingUpdate[]>();
  return { load: (id) => map.get(id) ?? [], save: (id, updates) => void map.set(id, updates) };
}
