import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import type { ProgressUpdate } from '../../src/domain/progress-update';
import type { CheckedVersions } from '../../src/state/checked-versions';
import { webPendingEditStorage } from '../../src/state/pending-edits';

const PLAN = 'plan-haringey-2018' as PlanId;
const KEY = `jtai.pending-updates.${PLAN}`;

function memoryWebStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const update = {
  id: 'upd-1',
  planId: PLAN,
  actionId: 'act-haringey-02',
  authorId: 'u-police-owner',
  authorName: 'Sarah Mitchell',
  at: '2018-03-01T10:00:00.000Z',
  text: 'Second post still vacant.',
  status: 'off-track',
} as ProgressUpdate;

describe('progress updates kept in the browser', () => {
  it('survive a reload beside the pending edits, in order, and leave no trace once sent', () => {
    const web = memoryWebStorage();
    const second = { ...update, id: 'upd-2', status: null } as ProgressUpdate;
    webPendingEditStorage(web).updates.save(PLAN, [
      { update, reason: 'Kept.' },
      { update: second, reason: 'Kept.' },
    ]);
    const reloaded = webPendingEditStorage(web).updates;
    expect(reloaded.load(PLAN).map((p) => p.update.id)).toEqual(['upd-1', 'upd-2']);
    reloaded.save(PLAN, []);
    expect(web.getItem(KEY)).toBeNull();
  });

  it('reads what it cannot trust as nothing, and leaves out entries that are not updates', () => {
    const web = memoryWebStorage();
    const storage = webPendingEditStorage(web).updates;
    web.setItem(KEY, '{not json');
    expect(storage.load(PLAN)).toEqual([]);
    web.setItem(KEY, JSON.stringify({ version: 99, updates: [{ update, reason: 'Kept.' }] }));
    expect(storage.load(PLAN)).toEqual([]);
    web.setItem(
      KEY,
      JSON.stringify({
        version: 1,
        updates: [{ update, reason: 'Kept.' }, { update: { ...update, status: 'purple' }, reason: 'Kept.' }, 'x'],
      }),
    );
    expect(storage.load(PLAN)).toEqual([{ update, reason: 'Kept.' }]);
  });
});

describe('action versions read for the checks, kept in the browser', () => {
  const CHECKED_KEY = `jtai.checked-versions.${PLAN}`;
  const checked = {
    id: 'act-haringey-02',
    at: 'sp1:2:"etag,3"',
    versions: [
      {
        lead: 'police',
        at: '2018-03-01T10:00:00.000Z',
        by: { userId: 'u-police-owner', name: 'Sarah Mitchell' },
        first: true,
      },
      { lead: 'health', at: '2018-03-02T10:00:00.000Z', by: { userId: 'u-dcs', name: 'Amara Okafor' }, first: false },
    ],
  } as unknown as CheckedVersions;

  it('survive a reload, and anything unreadable is left out to be read again', () => {
    const web = memoryWebStorage();
    webPendingEditStorage(web).checked.save(PLAN, [checked]);
    expect(webPendingEditStorage(web).checked.load(PLAN)).toEqual([checked]);

    const forged = { ...checked, versions: [{ ...checked.versions[0], lead: 7 }] };
    web.setItem(CHECKED_KEY, JSON.stringify({ version: 1, actions: [checked, forged, { id: 'act-x' }, null] }));
    expect(webPendingEditStorage(web).checked.load(PLAN)).toEqual([checked]);
  });

  it('are simply read again when the browser’s storage is full', () => {
    const full = {
      ...memoryWebStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => webPendingEditStorage(full).checked.save(PLAN, [checked])).not.toThrow();
    expect(webPendingEditStorage(full).checked.load(PLAN)).toEqual([]);
  });
});
