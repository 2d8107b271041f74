import type { ActionId, PlanId } from '../domain/ids';
import type { LeadVersion } from '../domain/standing';
import type { StoreVersion } from '../data/plan-store.port';
import { isRecord, webStoredList } from './web-stored-list';

/**
 * An action's versions as the checks read them, at the stored version they were read at. The
 * versions up to a stored version never change (SharePoint only drops the oldest), so what was
 * read once holds for as long as the action stays at that version.
 */
export interface CheckedVersions {
  readonly id: ActionId;
  readonly at: StoreVersion;
  readonly versions: readonly LeadVersion[];
}

/** Where the versions read to check a plan are kept on this device, so opening it again reads none of them. */
export interface CheckedVersionsStorage {
  load(planId: PlanId): readonly CheckedVersions[];
  save(planId: PlanId, checked: readonly CheckedVersions[]): void;
}

const SCHEMA_VERSION = 1;

const isLeadVersion = (value: unknown): value is LeadVersion =>
  isRecord(value) &&
  typeof value['lead'] === 'string' &&
  typeof value['at'] === 'string' &&
  typeof value['first'] === 'boolean' &&
  isRecord(value['by']) &&
  typeof value['by']['userId'] === 'string' &&
  typeof value['by']['name'] === 'string';

const isCheckedVersions = (value: unknown): value is CheckedVersions =>
  isRecord(value) &&
  typeof value['id'] === 'string' &&
  typeof value['at'] === 'string' &&
  Array.isArray(value['versions']) &&
  value['versions'].every(isLeadVersion);

/** In Web Storage, versioned and read defensively: anything unreadable is left out, to be read again. */
export function webCheckedVersionsStorage(storage: Storage): CheckedVersionsStorage {
  const stored = webStoredList(storage, 'jtai.checked-versions', 'actions', SCHEMA_VERSION);
  return {
    load: (planId) => stored.read(planId).filter(isCheckedVersions),
    save(planId, checked) {
      try {
        stored.write(planId, checked);
      } catch {
        // Storage full or refused: the versions are read again next time, as they were before.
      }
    },
  };
}

export function memoryCheckedVersionsStorage(): CheckedVersionsStorage {
  const map = new Map<PlanId, readonly CheckedVersions[]>();
  return { load: (id) => map.get(id) ?? [], save: (id, checked) => void map.set(id, checked) };
}
