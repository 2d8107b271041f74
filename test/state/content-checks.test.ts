import { describe, expect, it, vi } from 'vitest';
import type { ActionVersion } from '../../src/domain/action-history';
import type { ActionId, PlanId, UpdateId } from '../../src/domain/ids';
import type { ProgressUpdate } from '../../src/domain/progress-update';
import { membershipHistory } from '../../src/domain/workflow/membership-history';
import type { PlanStore, StoreVersion } from '../../src/data/plan-store.port';
import * as engine from '../../src/state/governance-engine';
import { contentChecks } from '../../src/state/plan-view/content-checks';
import { memoryCheckedVersionsStorage, type CheckedVersionsStorage } from '../../src/state/checked-versions';
import { createVersionBook } from '../../src/state/plan-view/version-book';
import { aRecord, at } from '../domain/workflow/replay-fixtures';
import { actionOf, aSnapshot, people } from '../domain/workflow/workflow-fixtures';

/** Six actions the DCS handed from Police to Health at minute 20, each with the police owner's update from minute 10. */
const ids = Array.from({ length: 6 }, (_, i) => `act-${i + 1}` as ActionId);
const snapshot = aSnapshot({
  actions: ids.map((id) => actionOf(id, 'health')),
  updates: ids.map((actionId, i): ProgressUpdate => ({
    id: `upd-${i}` as UpdateId,
    planId: 'plan-test' as PlanId,
    actionId,
    authorId: people.policeOwner.userId,
    authorName: people.policeOwner.displayName,
    at: at(10),
    text: 'Reported before the hand-over.',
    status: 'on-track',
  })),
});
const history = membershipHistory(aRecord([]));
const handedOver = (id: ActionId): ActionVersion[] =>
  (['police', 'health'] as const).map((leadAgency, i) => ({
    action: actionOf(id, leadAgency),
    at: at(i === 0 ? 1 : 20),
    by: { userId: people.dcs.userId, name: people.dcs.displayName },
    first: i === 0,
  }));

/** A store whose version reads wait until the test lets them answer, counting how many run at once. */
function slowStore(answer: (id: ActionId) => Promise<ActionVersion[]>) {
  let running = 0;
  let most = 0;
  const calls: string[] = [];
  const store = {
    actionVersions: async (version: StoreVersion) => {
      const id = version.replace('v-', '') as ActionId;
      calls.push(id);
      running += 1;
      most = Math.max(most, running);
      try {
        return await answer(id);
      } finally {
        running -= 1;
      }
    },
  } as unknown as PlanStore;
  return { store, calls, most: () => most };
}

/** The checks as a plan opened on a device finds them: `kept` is what the device kept from before. */
function checksOver(store: PlanStore, kept: CheckedVersionsStorage = memoryCheckedVersionsStorage()) {
  const book = createVersionBook();
  ids.forEach((id) => book.versions.set(id, `v-${id}` as StoreVersion));
  const settled = vi.fn();
  return { checks: contentChecks({ store, book, kept, settled }), settled, book };
}

describe('checking actions and updates handed to another agency', () => {
  it('reads each action’s versions once, a few at a time, then counts the updates made before the hand-over', async () => {
    const { store, calls, most } = slowStore(async (id) => handedOver(id));
    const { checks, settled } = checksOver(store);
    const first = checks.stand(engine, snapshot, history).updates;
    expect(first.counted).toEqual([]);
    expect(first.uncounted.every((u) => u.checking)).toBe(true);
    checks.stand(engine, snapshot, history); // asked again while reading: nothing read twice
    await vi.waitFor(() => expect(settled).toHaveBeenCalledTimes(1));
    expect(calls.sort()).toEqual([...ids].sort());
    expect(most()).toBeLessThanOrEqual(4);

    const after = checks.stand(engine, snapshot, history).updates;
    expect(after).toEqual({ counted: snapshot.updates, uncounted: [] });
  });

  it('counts the actions the police owner added for Police before the DCS handed them to Health, reading each once for both checks', async () => {
    const { store, calls } = slowStore(async (id) => handedOver(id));
    const { checks, settled, book } = checksOver(store);
    const owner = people.policeOwner;
    ids.forEach((id) => book.added.set(id, { userId: owner.userId, name: owner.displayName, at: at(1) }));
    const first = checks.stand(engine, snapshot, history);
    expect(first.actions.counted).toEqual([]);
    expect(first.actions.uncounted.map((a) => [a.action.id, a.checking])).toEqual(ids.map((id) => [id, true]));
    await vi.waitFor(() => expect(settled).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(ids.length);

    const after = checks.stand(engine, snapshot, history);
    expect(after.actions).toEqual({ counted: snapshot.actions, uncounted: [] });
    expect(after.updates.counted).toEqual(snapshot.updates);
  });

  it('says so when the versions cannot be read, and tries again when the plan is loaded again', async () => {
    let fail = true;
    const { store, calls } = slowStore(async (id) => {
      if (fail) throw new Error('offline');
      return handedOver(id);
    });
    const { checks, settled } = checksOver(store);
    checks.stand(engine, snapshot, history);
    await vi.waitFor(() => expect(settled).toHaveBeenCalledTimes(1));
    const unread = checks.stand(engine, snapshot, history).updates;
    expect(unread.counted).toEqual([]);
    expect(unread.uncounted[0]!.reason).toMatch(/could not be read .* not counted until the plan is next loaded/);
    expect(calls).toHaveLength(6);

    fail = false;
    checks.reloaded();
    checks.stand(engine, snapshot, history);
    await vi.waitFor(() => expect(settled).toHaveBeenCalledTimes(2));
    expect(checks.stand(engine, snapshot, history).updates.counted).toEqual(snapshot.updates);
  });

  it('reads nothing again when the plan is opened afresh on the same device, but an action saved since', async () => {
    const kept = memoryCheckedVersionsStorage();
    const { store, calls } = slowStore(async (id) => handedOver(id));
    const before = checksOver(store, kept);
    before.checks.stand(engine, snapshot, history);
    await vi.waitFor(() => expect(before.settled).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(ids.length);

    const reopened = checksOver(store, kept);
    reopened.book.versions.set(ids[0]!, 'v-act-1-saved-since' as StoreVersion);
    const first = reopened.checks.stand(engine, snapshot, history).updates;
    expect(first.uncounted.map((u) => u.update.actionId)).toEqual([ids[0]]);
    expect(first.counted).toEqual(snapshot.updates.slice(1));
    await vi.waitFor(() => expect(reopened.settled).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(ids.length + 1);
    expect(kept.load(snapshot.plan.id).map((entry) => entry.at)).toContain('v-act-1-saved-since');
    expect(kept.load(snapshot.plan.id)).toHaveLength(ids.length);
  });
});
