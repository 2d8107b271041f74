import { expect } from 'vitest';
import type { Action } from '../../../src/domain/action';
import type { FindingId, PlanId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { Plan } from '../../../src/domain/plan';
import { graphApi } from '../../../src/data/graph/graph-api';
import { createGraphClient } from '../../../src/data/graph/graph-client';
import { sendBatchOrThrow } from '../../../src/data/graph/batch';
import { actionToFields } from '../../../src/data/graph/mappers/action.mapper';
import type { PlanStore, Versioned } from '../../../src/data/plan-store.port';
import { LISTS } from '../../../src/data/sharepoint/list-schema';
import { isStoreError, type StoreError, type StoreErrorKind } from '../../../src/data/store-error';
import { EMULATOR_SITE_ID } from '../../../src/emulator/start-emulator';
import { aFinding, aMember, anAction, aPlan } from './fixtures';

export interface StartedPlan {
  readonly plan: Versioned<Plan>;
  readonly members: readonly Versioned<Member>[];
  readonly findingId: FindingId;
}

/** A plan started by the DCS, with the given personas as members and one finding. */
export async function startPlan(dcs: PlanStore, personaIds: readonly string[] = []): Promise<StartedPlan> {
  const plan = await dcs.createPlan(aPlan());
  const members = await dcs.addMembers(['u-dcs', ...personaIds].map((id) => aMember(plan.value.id, id)));
  const [finding] = await dcs.createFindings([aFinding(plan.value.id, 0)]);
  if (!finding) throw new Error('no finding created');
  return { plan, members, findingId: finding.value.id };
}

/** A started plan's member, by persona. */
export function memberOf(members: readonly Versioned<Member>[], userId: string): Member {
  const member = members.find((m) => m.value.userId === userId);
  if (!member) throw new Error(`${userId} is not a member`);
  return member.value;
}

/** The StoreError a promise rejects with, checked to be of the expected kind. */
export async function storeErrorOf(promise: Promise<unknown>, kind: StoreErrorKind): Promise<StoreError> {
  const outcome: unknown = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => error,
  );
  expect(isStoreError(outcome) ? outcome.kind : outcome).toBe(kind);
  return outcome as StoreError;
}

/**
 * Writes many actions quickly for scale tests: `$batch`es of 20 as the DCS, which the port has
 * no bulk method for (the app creates actions one at a time).
 */
export async function seedActions(
  graphBaseUrl: string,
  planId: PlanId,
  findingId: FindingId,
  count: number,
): Promise<void> {
  const api = graphApi(createGraphClient({ graphBaseUrl, getToken: async () => 'demo.u-dcs' }));
  const url = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent(LISTS.actions.displayName)}/items`;
  const actions: Action[] = Array.from({ length: count }, (_, order) => anAction(planId, findingId, order));
  await sendBatchOrThrow(
    api,
    actions.map((action) => ({ method: 'POST' as const, url, body: { fields: actionToFields(action) } })),
  );
}
