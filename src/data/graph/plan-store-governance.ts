import type { PlanId } from '../../domain/ids';
import type { Governance } from '../../domain/workflow/governance';
import type { PlanStore, StoreVersion, Versioned, WorkflowCommit } from '../plan-store.port';
import { isStoreError, StoreError } from '../store-error';
import { createItemsOnce } from './create-once';
import { itemPath } from './graph-paths';
import { queryItems } from './item-queries';
import { asRecord, eTagOf } from './list-item';
import { loadedGovernance } from './load-governance';
import { fetchPlanLists } from './load-plan';
import { governanceFromFields, governanceToFields } from './mappers/governance.mapper';
import { signOffFromFields } from './mappers/sign-off.mapper';
import type { StoreContext } from './store-context';
import { decodeVersion, encodeVersion, isUnstoredVersion } from './store-version';
import { appendWorkflowHistory, type StoredWorkflow } from './workflow-history-writes';

export type PlanStoreGovernance = Pick<PlanStore, 'commitWorkflow' | 'listGovernance'>;

async function readStoredWorkflow(ctx: StoreContext, planId: PlanId): Promise<StoredWorkflow> {
  const [governance = [], signOffs = [], events = []] = await fetchPlanLists(ctx, planId, [
    'governance',
    'signOffs',
    'workflowEvents',
  ]);
  return { governance: governance[0], signOffs, events };
}

/** The governance stored now, as `loadPlan` would return it. */
const currentOf = (planId: PlanId, stored: StoredWorkflow): Versioned<Governance> | null =>
  loadedGovernance(
    planId,
    stored.governance,
    stored.signOffs.map((item) => signOffFromFields(item.fields)),
    stored.events,
  );

const conflict = (planId: PlanId, stored: StoredWorkflow, details: StoreError['details'] = {}): StoreError => {
  const current = currentOf(planId, stored);
  return new StoreError('conflict', "Someone else changed the plan's governance while you were working on it.", {
    status: 412,
    code: 'preconditionFailed',
    ...details,
    ...(current ? { current } : {}),
  });
};

const bareTag = (eTag: string): string => eTag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

/** Refuses a commit made over a state that has moved on, before anything is written. */
function checkFresh(planId: PlanId, stored: StoredWorkflow, version: StoreVersion | null): void {
  const item = stored.governance;
  if (version === null || isUnstoredVersion(version)) {
    if (item) throw conflict(planId, stored);
    return;
  }
  const { itemId, eTag } = decodeVersion(version);
  if (!item || item.id !== itemId || bareTag(item.eTag) !== bareTag(eTag)) throw conflict(planId, stored);
}

function checkOnePlan(commit: WorkflowCommit): void {
  const planIds = [commit.governance, ...commit.newSignOffs, ...commit.events].map((r) => r.planId);
  if (planIds.some((id) => id !== commit.planId)) {
    throw new StoreError('invalid', 'This workflow change names a different plan.', { code: 'wrongPlan' });
  }
}

async function saveState(ctx: StoreContext, g: Governance, version: StoreVersion | null): Promise<StoreVersion> {
  const fields = governanceToFields(g);
  if (version === null || isUnstoredVersion(version)) {
    const [item] = await createItemsOnce(ctx, 'governance', [{ planId: g.planId, title: g.planId, fields }]);
    if (!item) throw new Error('createItemsOnce returned nothing for one item');
    return encodeVersion({ itemId: item.id, eTag: item.eTag });
  }
  const { itemId, eTag } = decodeVersion(version);
  const path = `${itemPath(ctx.siteId, await ctx.lists.id('governance'), itemId)}/fields`;
  const saved = asRecord(await ctx.api.patch(path, fields, eTag), 'the saved fields');
  return encodeVersion({ itemId, eTag: eTagOf(saved) });
}

/** A lost race on the state item (412, or a second item for the plan) becomes a conflict with what is stored. */
async function asConflict(ctx: StoreContext, planId: PlanId, error: unknown): Promise<unknown> {
  if (!isStoreError(error) || error.kind !== 'conflict') return error;
  return conflict(planId, await readStoredWorkflow(ctx, planId), error.details);
}

export function planStoreGovernance(ctx: StoreContext): PlanStoreGovernance {
  return {
    commitWorkflow: async (commit, version) => {
      checkOnePlan(commit);
      const stored = await readStoredWorkflow(ctx, commit.planId);
      checkFresh(commit.planId, stored, version);
      await appendWorkflowHistory(ctx, commit, stored);
      try {
        return { value: commit.governance, version: await saveState(ctx, commit.governance, version) };
      } catch (error) {
        throw await asConflict(ctx, commit.planId, error);
      }
    },
    listGovernance: async () => {
      const states = (await queryItems(ctx, 'governance')).map((item) => governanceFromFields(item.fields));
      return states.filter((g) => g !== null).sort((a, b) => a.planId.localeCompare(b.planId));
    },
  };
}
