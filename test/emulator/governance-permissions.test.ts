import { describe, expect, it } from 'vitest';
import { workflowEventToFields } from '../../src/data/graph/mappers/workflow-event.mapper';
import { governanceToFields } from '../../src/data/graph/mappers/governance.mapper';
import { LISTS } from '../../src/data/sharepoint/list-schema';
import type { IsoDate, IsoDateTime } from '../../src/domain/dates';
import type { MemberId, PlanId, UserId } from '../../src/domain/ids';
import type { Role } from '../../src/domain/member';
import type { AuditEvent } from '../../src/domain/workflow/audit-event';
import type { AuditEventId } from '../../src/domain/workflow/workflow-ids';
import { findPersona } from '../../src/emulator/seed/demo-directory';
import { SITE, type GraphClient, type Reply } from './support/graph-client';
import {
  aSignOff,
  governanceAt,
  hashNow,
  patchGovernance,
  postGovernance,
  postSignOff,
  putGovernanceAt,
} from './support/governance-lists';
import { addItem, deleteItem, itemsPath, memberFields, patchItem, setUpPlan } from './support/product-lists';
import { startTestEmulator, tempDataDir } from './support/test-emulator';

/**
 * The server side of governance: what the emulator refuses whatever the browser sends, so a
 * signature cannot be forged, or slipped in, by writing list items directly.
 */

const setUp = async () => {
  const { graph } = await startTestEmulator();
  const plan = await setUpPlan(graph);
  for (const [userId, role] of [
    ['u-partner-la', undefined],
    ['u-partner-police', undefined],
    ['u-probation-owner', 'reader'],
  ] as const) {
    const added = await addItem(graph, 'members', memberFields(plan.planId, userId, role));
    if (added.status !== 201) throw new Error(`Adding ${userId} failed`);
  }
  return { graph, planId: plan.planId };
};

const outcome = (reply: Reply) => ({ status: reply.status, message: reply.body.error?.message ?? '' });
const denied = (message: string) => ({ status: 403, message });

/** A sign-off over the plan as stored now, in the signer's own name. */
async function signNow(
  graph: GraphClient,
  planId: string,
  userId: string,
  role: Role,
  stage: Parameters<typeof aSignOff>[3],
  agency: string | null = null,
) {
  return postSignOff(graph, aSignOff(planId, userId, role, stage, await hashNow(graph, planId, agency), agency));
}

function anEvent(planId: string, userId: string, overrides: Partial<AuditEvent> = {}): AuditEvent {
  const persona = findPersona(userId);
  return {
    id: `evt-raw-${userId}` as AuditEventId,
    planId: planId as PlanId,
    at: '2018-04-10T09:00:00.000Z' as IsoDateTime,
    actor: {
      memberId: `mem-${planId}-${userId}` as MemberId,
      userId: userId as UserId,
      name: persona?.displayName ?? userId,
      role: persona?.role ?? 'reader',
      agency: persona?.agency ?? null,
    },
    stage: 'drafting',
    summary: 'Agency QA due by 20 April 2018',
    kind: 'due-date-set',
    dueStage: 'agency-qa',
    date: '2018-04-20' as IsoDate,
    ...overrides,
  } as AuditEvent;
}

const postEvent = (graph: GraphClient, event: AuditEvent, as: string, fields: Record<string, unknown> = {}) =>
  graph.call('POST', itemsPath('workflowEvents'), {
    as,
    body: { fields: { ...workflowEventToFields(event), ...fields } },
  });

describe('sign-offs, judged against the plan’s governance', () => {
  it('refuses a police owner signing as the Lead Member', async () => {
    const { graph, planId } = await setUp();
    await putGovernanceAt(graph, planId, 'executive-sign-off');
    const reply = await signNow(graph, planId, 'u-police-owner', 'lead-member', 'executive-sign-off');
    expect(outcome(reply)).toEqual(denied('You cannot sign as Lead Member: that is not your role in this plan.'));
  });

  it("refuses a QA lead approving another agency's actions", async () => {
    const { graph, planId } = await setUp();
    await putGovernanceAt(graph, planId, 'agency-qa');
    const reply = await signNow(graph, planId, 'u-police-qa', 'agency-qa-lead', 'agency-qa', 'health');
    expect(outcome(reply)).toEqual(
      denied('You cannot sign as Agency QA lead for Health: that is not your role in this plan.'),
    );
  });

  it("refuses a partner giving an agency's QA, with the workflow's reason", async () => {
    const { graph, planId } = await setUp();
    await putGovernanceAt(graph, planId, 'agency-qa');
    const reply = await signNow(graph, planId, 'u-partner-police', 'safeguarding-partner', 'agency-qa', 'police');
    expect(outcome(reply)).toEqual(denied("Only police's QA lead can sign at Agency quality assurance."));
  });

  it('refuses a partner signing before partnership approval, and accepts them there', async () => {
    const { graph, planId } = await setUp();
    const state = await putGovernanceAt(graph, planId, 'agency-qa');
    const early = await signNow(graph, planId, 'u-partner-la', 'safeguarding-partner', 'partnership-approval');
    expect(outcome(early)).toEqual(
      denied('Partnership approval is not open: the plan is at Agency quality assurance.'),
    );
    expect((await patchGovernance(graph, state, governanceAt(planId, 'partnership-approval'))).status).toBe(200);
    const onTime = await signNow(graph, planId, 'u-partner-la', 'safeguarding-partner', 'partnership-approval');
    expect(onTime.status).toBe(201);
  });

  it('refuses every sign-off while the plan has no governance (it is being drafted)', async () => {
    const { graph, planId } = await setUp();
    const reply = await signNow(graph, planId, 'u-police-qa', 'agency-qa-lead', 'agency-qa', 'police');
    expect(outcome(reply)).toEqual(
      denied('Agency quality assurance is not open: the plan is at Drafting by partners.'),
    );
  });

  it('refuses the Lead Member at partnership approval, and a second approval of the same content', async () => {
    const { graph, planId } = await setUp();
    await putGovernanceAt(graph, planId, 'partnership-approval');
    const lead = await signNow(graph, planId, 'u-lead-member', 'lead-member', 'partnership-approval');
    expect(outcome(lead)).toEqual(denied('Only the safeguarding partners can sign at Partnership approval.'));
    expect((await signNow(graph, planId, 'u-partner-la', 'safeguarding-partner', 'partnership-approval')).status).toBe(
      201,
    );
    const again = await signNow(graph, planId, 'u-partner-la', 'safeguarding-partner', 'partnership-approval');
    expect(outcome(again)).toEqual(denied('You have already approved this version of the plan.'));
  });

  it('refuses a sign-off whose content hash is not the plan as stored now, as stale content', async () => {
    const { graph, planId } = await setUp();
    await putGovernanceAt(graph, planId, 'agency-qa');
    const hash = await hashNow(graph, planId, 'police');
    const actions = await graph.call('GET', `${itemsPath('actions')}?expand=fields`);
    const police = actions.body.value?.find((a) => a.fields?.['Title'] === 'act-police-1');
    expect((await patchItem(graph, 'actions', String(police?.id), { ActionText: 'Reworded' }, 'u-dcs')).status).toBe(
      200,
    );

    const reply = await postSignOff(
      graph,
      aSignOff(planId, 'u-police-qa', 'agency-qa-lead', 'agency-qa', hash, 'police'),
    );
    expect(reply.status).toBe(409);
    expect(reply.body.error).toEqual({
      code: 'staleContent',
      message: 'The plan changed after you opened it; reload, check what changed, and sign again.',
    });
  });

  it('never lets a sign-off be edited or deleted', async () => {
    const { graph, planId } = await setUp();
    await putGovernanceAt(graph, planId, 'agency-qa');
    const signed = await signNow(graph, planId, 'u-police-qa', 'agency-qa-lead', 'agency-qa', 'police');
    const id = String(signed.body.id);
    const refusal = denied('Sign-offs are a permanent record and cannot be changed.');
    expect(outcome(await patchItem(graph, 'signOffs', id, { Decision: 'return' }, 'u-police-qa'))).toEqual(refusal);
    expect(outcome(await deleteItem(graph, 'signOffs', id, 'u-dcs'))).toEqual(refusal);
  });
});

describe('workflow events', () => {
  it("are appended by the plan's members in their own name, and never changed", async () => {
    const { graph, planId } = await setUp();
    const posted = await postEvent(graph, anEvent(planId, 'u-dcs'), 'u-dcs');
    expect(posted.status).toBe(201);
    const id = String(posted.body.id);
    const refusal = denied('Workflow events are a permanent record and cannot be changed.');
    expect(outcome(await patchItem(graph, 'workflowEvents', id, { Kind: 'submitted' }, 'u-dcs'))).toEqual(refusal);
    expect(outcome(await deleteItem(graph, 'workflowEvents', id, 'u-dcs'))).toEqual(refusal);
  });

  it("refuses an event in someone else's name, in the column or in the JSON", async () => {
    const { graph, planId } = await setUp();
    const theirs = denied("You cannot record a workflow event in someone else's name.");
    expect(outcome(await postEvent(graph, anEvent(planId, 'u-dcs'), 'u-police-owner'))).toEqual(theirs);
    const disguised = await postEvent(graph, anEvent(planId, 'u-dcs'), 'u-police-owner', {
      ActorUserId: 'u-police-owner',
    });
    expect(outcome(disguised)).toEqual(theirs);
  });

  it('refuses events from readers and from people outside the plan, and unreadable ones', async () => {
    const { graph, planId } = await setUp();
    const notMember = denied('Only members of this plan can move it through governance.');
    expect(outcome(await postEvent(graph, anEvent(planId, 'u-probation-owner'), 'u-probation-owner'))).toEqual(
      notMember,
    );
    expect(outcome(await postEvent(graph, anEvent(planId, 'u-education-owner'), 'u-education-owner'))).toEqual(
      notMember,
    );
    expect((await postEvent(graph, anEvent(planId, 'u-dcs'), 'u-dcs', { EventJson: '{oops' })).status).toBe(400);
  });
});

describe('the governance state item', () => {
  it('refuses a state naming a sign-off the sign-off record does not hold', async () => {
    const { graph, planId } = await setUp();
    const forged = aSignOff(planId, 'u-lead-member', 'lead-member', 'executive-sign-off', await hashNow(graph, planId));
    const reply = await postGovernance(graph, governanceAt(planId, 'submitted', { signOffs: [forged] }));
    expect(outcome(reply)).toEqual(denied('Sign-offs can only be added through the sign-off record.'));
  });

  it('refuses a state that turns a recorded return into an approval', async () => {
    const { graph, planId } = await setUp();
    const state = await putGovernanceAt(graph, planId, 'agency-qa');
    const hash = await hashNow(graph, planId, 'police');
    const returned = {
      ...aSignOff(planId, 'u-police-qa', 'agency-qa-lead', 'agency-qa', hash, 'police'),
      decision: 'return' as const,
      comment: 'Dates missing.',
    };
    expect((await postSignOff(graph, returned)).status).toBe(201);
    const honest = await patchGovernance(graph, state, governanceAt(planId, 'agency-qa', { signOffs: [returned] }));
    expect(honest.status).toBe(200);
    const flipped = governanceAt(planId, 'collation', { signOffs: [{ ...returned, decision: 'approve' }] });
    const reply = await patchGovernance(graph, { ...state, eTag: honest.body['@odata.etag'] }, flipped);
    expect(outcome(reply)).toEqual(denied('Sign-offs can only be added through the sign-off record.'));
  });

  it('refuses readers and people outside the plan', async () => {
    const { graph, planId } = await setUp();
    const notMember = denied('Only members of this plan can move it through governance.');
    expect(outcome(await postGovernance(graph, governanceAt(planId, 'agency-qa'), 'u-probation-owner'))).toEqual(
      notMember,
    );
    expect(outcome(await postGovernance(graph, governanceAt(planId, 'agency-qa'), 'u-education-owner'))).toEqual(
      notMember,
    );
    expect((await postGovernance(graph, governanceAt(planId, 'drafting'), 'u-police-owner')).status).toBe(201);
  });

  it('lets only the plan admins move the stage, except as the workflow does after a decision', async () => {
    const { graph, planId } = await setUp();
    expect(outcome(await postGovernance(graph, governanceAt(planId, 'submitted'), 'u-police-owner'))).toEqual(
      denied('Only the plan admins can move the plan to another stage.'),
    );
    const state = await putGovernanceAt(graph, planId, 'partnership-approval');
    expect((await signNow(graph, planId, 'u-partner-la', 'safeguarding-partner', 'partnership-approval')).status).toBe(
      201,
    );
    const onwards = governanceAt(planId, 'executive-sign-off', { sequence: 1 });
    const theirs = { ...onwards, signOffs: [] };
    expect(outcome(await patchGovernance(graph, state, theirs, 'u-partner-police'))).toEqual(
      denied('Only the plan admins can move the plan to another stage.'),
    );
    expect((await patchGovernance(graph, state, theirs, 'u-partner-la')).status).toBe(200);
  });

  it('refuses a state that is not a governance record of its plan', async () => {
    const { graph, planId } = await setUp();
    const post = (fields: Record<string, unknown>) =>
      graph.call('POST', itemsPath('governance'), {
        body: { fields: { ...governanceToFields(governanceAt(planId, 'agency-qa')), ...fields } },
      });
    expect((await post({ GovernanceJson: '{oops' })).status).toBe(400);
    const otherPlan = governanceToFields(governanceAt('plan-other', 'agency-qa'));
    expect((await post({ GovernanceJson: otherPlan['GovernanceJson'] })).status).toBe(400);
    expect((await post({ Stage: 'closed' })).status).toBe(400);
  });

  it('keeps one state per plan, and cannot be deleted', async () => {
    const { graph, planId } = await setUp();
    const first = await putGovernanceAt(graph, planId, 'agency-qa');
    const second = await postGovernance(graph, governanceAt(planId, 'collation'));
    expect(second.status).toBe(409);
    expect(second.body.error?.message).toMatch(
      /duplicate values were found in the following field\(s\) in the list: \[PlanId\]/,
    );
    expect(outcome(await deleteItem(graph, 'governance', String(first.id), 'u-dcs'))).toEqual(
      denied("A plan's governance record cannot be deleted."),
    );
  });
});

describe('a site kept from before the governance lists', () => {
  it('gets them when the emulator starts over it', async () => {
    const dataDir = tempDataDir();
    const old = await startTestEmulator({ dataDir });
    for (const key of ['plans', 'members'] as const) {
      const created = await old.graph.call('POST', `${SITE}/lists`, {
        body: { displayName: LISTS[key].displayName, columns: [{ name: 'PlanId', indexed: true, text: {} }] },
      });
      expect(created.status).toBe(201);
    }
    await old.emulator.close();
    const upgraded = await startTestEmulator({ dataDir, seed: true });
    const lists = await upgraded.graph.call('GET', `${SITE}/lists`);
    expect(lists.body.value?.map((l) => l.displayName)).toEqual(
      expect.arrayContaining([LISTS.governance.displayName, LISTS.workflowEvents.displayName]),
    );
    const plans = await upgraded.graph.call('GET', `${itemsPath('plans')}?expand=fields`);
    expect(plans.body.value).toEqual([]);
  });
});
