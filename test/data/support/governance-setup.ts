import type { IsoDateTime } from '../../../src/domain/dates';
import type { PlanId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import { initialGovernance, type Governance } from '../../../src/domain/workflow/governance';
import { transition } from '../../../src/domain/workflow/transition';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import type { LoadedPlan, PlanStore, StoreVersion, Versioned, WorkflowCommit } from '../../../src/data/plan-store.port';

export const WORKFLOW_NOW = '2018-04-10T09:00:00.000Z' as IsoDateTime;

export const snapshotOf = (loaded: LoadedPlan): PlanSnapshot => ({
  plan: loaded.plan.value,
  findings: loaded.findings.map((f) => f.value),
  actions: loaded.actions.map((a) => a.value),
  updates: loaded.updates,
  members: loaded.members.map((m) => m.value),
  signOffs: loaded.signOffs,
});

export interface PreparedCommit {
  readonly commit: WorkflowCommit;
  readonly version: StoreVersion | null;
}

/** What the app does for one workflow event: load, run the reducer, and describe what to write. */
export async function prepareCommit(
  store: PlanStore,
  planId: PlanId,
  event: WorkflowEvent,
  actor: Member,
  now: IsoDateTime = WORKFLOW_NOW,
): Promise<PreparedCommit> {
  const loaded = await store.loadPlan(planId);
  const before: Governance = loaded.governance?.value ?? initialGovernance(planId);
  const result = transition(before, event, actor, now, snapshotOf(loaded));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const known = new Set(before.signOffs.map((s) => s.id));
  return {
    commit: {
      planId,
      governance: result.value.governance,
      newSignOffs: result.value.governance.signOffs.filter((s) => !known.has(s.id)),
      events: result.value.emitted,
    },
    version: loaded.governance?.version ?? null,
  };
}

/** One workflow event, committed by `store` as `actor`. */
export async function commitEvent(
  store: PlanStore,
  planId: PlanId,
  event: WorkflowEvent,
  actor: Member,
  now?: IsoDateTime,
): Promise<Versioned<Governance>> {
  const { commit, version } = await prepareCommit(store, planId, event, actor, now);
  return store.commitWorkflow(commit, version);
}

export const ADVANCE: WorkflowEvent = { type: 'advance', note: '' };
