import { describe, expect, it, vi } from 'vitest';
import type { PlanStore, StoreVersion, Versioned } from '../../src/data/plan-store.port';
import { StoreError } from '../../src/data/store-error';
import type { Action } from '../../src/domain/action';
import type { PlanId } from '../../src/domain/ids';
import type { Member } from '../../src/domain/member';
import { withPermissionResync } from '../../src/state/permission-resync';

const PLAN = 'plan-1' as PlanId;
const v = <T>(value: T): Versioned<T> => ({ value, version: 'v1' as StoreVersion });
const action = (agency: string) => ({ id: 'act-1', planId: PLAN, leadAgency: agency }) as unknown as Action;
const member = { id: 'mem-1', planId: PLAN } as unknown as Member;

function fakeStore(): PlanStore {
  return {
    loadPlan: async () => ({ actions: [v(action('police'))], members: [v(member)] }),
    updateAction: async (a: Action) => v(a),
    createAction: async (a: Action) => v(a),
    addMembers: async (members: readonly Member[]) => members.map(v),
    updateMember: async (m: Member) => v(m),
    removeMember: async () => undefined,
  } as unknown as PlanStore;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('re-applying a plan’s permissions after changes', () => {
  it('syncs after an action changes agency, not after an edit that keeps it', async () => {
    const sync = vi.fn(async () => undefined);
    const store = withPermissionResync(fakeStore(), { sync, onProblem: () => undefined });
    await store.loadPlan(PLAN);
    await store.updateAction(action('police'), 'v1' as StoreVersion);
    await settle();
    expect(sync).not.toHaveBeenCalled();
    await store.updateAction(action('health'), 'v1' as StoreVersion);
    await settle();
    expect(sync).toHaveBeenCalledWith(PLAN);
  });

  it('reports a new action saved only once its permissions are in place', async () => {
    let release: () => void = () => undefined;
    const sync = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const store = withPermissionResync(fakeStore(), { sync, onProblem: () => undefined });
    let saved = false;
    const saving = store.createAction(action('health')).then(() => (saved = true));
    await settle();
    expect(sync).toHaveBeenCalledWith(PLAN);
    expect(saved).toBe(false);
    release();
    await saving;
    expect(saved).toBe(true);
  });

  it('syncs after members change, once more for changes made during a sync, and each waits for its own', async () => {
    const releases: (() => void)[] = [];
    const sync = vi.fn(() => new Promise<void>((resolve) => releases.push(resolve)));
    const store = withPermissionResync(fakeStore(), { sync, onProblem: () => undefined });
    await store.loadPlan(PLAN);
    const done: string[] = [];
    const adding = store.addMembers([member]).then(() => done.push('add'));
    await settle();
    const removing = store.removeMember(member.id, 'v1' as StoreVersion).then(() => done.push('remove'));
    const updating = store.updateMember(member, 'v1' as StoreVersion).then(() => done.push('update'));
    await settle();
    expect(sync).toHaveBeenCalledTimes(1);
    releases[0]!();
    await adding;
    await settle();
    expect(done).toEqual(['add']);
    expect(sync).toHaveBeenCalledTimes(2);
    releases[1]!();
    await Promise.all([removing, updating]);
    expect(done).toEqual(['add', 'remove', 'update']);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('notes a failed sync quietly, and clears the note when one succeeds', async () => {
    const onProblem = vi.fn();
    const sync = vi.fn().mockRejectedValueOnce(new StoreError('forbidden', 'Only a site owner can do this.'));
    const store = withPermissionResync(fakeStore(), { sync, onProblem });
    await store.createAction(action('police'));
    await settle();
    expect(onProblem).toHaveBeenLastCalledWith(expect.stringContaining('Only a site owner can do this.'));
    sync.mockResolvedValueOnce(undefined);
    await store.createAction(action('health'));
    await settle();
    expect(onProblem).toHaveBeenLastCalledWith(null);
  });
});
