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

  it('syncs after members change, once more if a change comes during a sync', async () => {
    let release: () => void = () => undefined;
    const sync = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const store = withPermissionResync(fakeStore(), { sync, onProblem: () => undefined });
    await store.loadPlan(PLAN);
    await store.addMembers([member]);
    await store.removeMember(member.id, 'v1' as StoreVersion);
    await store.updateMember(member, 'v1' as StoreVersion);
    expect(sync).toHaveBeenCalledTimes(1);
    release();
    await settle();
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
