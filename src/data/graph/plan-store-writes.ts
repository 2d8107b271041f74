import type { PlanStore, Versioned } from '../plan-store.port';
import type { ListKey } from '../sharepoint/list-schema';
import { createItemsOnce, type NewItem } from './create-once';
import { toVersioned } from './item-queries';
import { deleteEntity, markRemoved, updateEntity } from './item-writes';
import type { ListItem } from './list-item';
import { actionCodec } from './mappers/action.mapper';
import type { EntityCodec } from './mappers/entity-codec';
import { findingCodec } from './mappers/finding.mapper';
import { memberCodec } from './mappers/member.mapper';
import { planCodec } from './mappers/plan.mapper';
import { progressUpdateFromItem, progressUpdateToFields } from './mappers/progress-update.mapper';
import { sortByOrder } from './sort-entities';
import type { StoreContext } from './store-context';

export type PlanStoreWrites = Omit<
  PlanStore,
  | 'ensureSchema'
  | 'whoAmI'
  | 'searchDirectory'
  | 'listPlans'
  | 'listMemberships'
  | 'loadPlan'
  | 'watchPlan'
  | 'listAgencyActions'
  | 'actionVersions'
  | 'appendGovernanceEntry'
  | 'loadGovernanceEntries'
  | 'saveGovernanceSummary'
  | 'listGovernance'
  | 'saveSubmissionFile'
  | 'findSubmissionFile'
>;

const newItem = <T>(codec: EntityCodec<T>, entity: T): NewItem => ({
  planId: codec.planIdOf(entity),
  title: codec.idOf(entity),
  fields: codec.toFields(entity),
});

async function createVersioned<T>(
  ctx: StoreContext,
  codec: EntityCodec<T>,
  entities: readonly T[],
): Promise<Versioned<T>[]> {
  const items = await createItemsOnce(
    ctx,
    codec.list,
    entities.map((e) => newItem(codec, e)),
  );
  return items.map((item) => toVersioned(codec, item));
}

async function createOne(ctx: StoreContext, key: ListKey, item: NewItem): Promise<ListItem> {
  const [created] = await createItemsOnce(ctx, key, [item]);
  if (!created) throw new Error('createItemsOnce returned nothing for one item');
  return created;
}

function entityWrites(ctx: StoreContext): Omit<PlanStoreWrites, 'addProgressUpdate'> {
  const createSingle = async <T>(codec: EntityCodec<T>, entity: T): Promise<Versioned<T>> =>
    toVersioned(codec, await createOne(ctx, codec.list, newItem(codec, entity)));
  return {
    createPlan: (plan) => createSingle(planCodec, plan),
    updatePlan: (plan, version) => updateEntity(ctx, planCodec, plan, version),
    createFindings: async (findings) => sortByOrder(await createVersioned(ctx, findingCodec, findings)),
    updateFinding: (finding, version) => updateEntity(ctx, findingCodec, finding, version),
    deleteFinding: (_id, version) => deleteEntity(ctx, findingCodec, version),
    createAction: (action) => createSingle(actionCodec, action),
    updateAction: (action, version) => updateEntity(ctx, actionCodec, action, version),
    deleteAction: (_id, version) => deleteEntity(ctx, actionCodec, version),
    addMembers: (members) => createVersioned(ctx, memberCodec, members),
    updateMember: (member, version) => updateEntity(ctx, memberCodec, member, version),
    removeMember: (_id, version) => markRemoved(ctx, version),
  };
}

/** Progress updates are history: created, never versioned, changed or removed. */
function historyWrites(ctx: StoreContext): Pick<PlanStoreWrites, 'addProgressUpdate'> {
  return {
    addProgressUpdate: async (update, agency) => {
      const fields = progressUpdateToFields(update, agency);
      const item = await createOne(ctx, 'updates', { planId: update.planId, title: update.id, fields });
      return progressUpdateFromItem(item);
    },
  };
}

export function planStoreWrites(ctx: StoreContext): PlanStoreWrites {
  return { ...entityWrites(ctx), ...historyWrites(ctx) };
}
