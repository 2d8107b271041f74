import { describe, expect, it } from 'vitest';
import { addItem, deleteItem, itemsPath, memberFields, patchItem, setUpPlan } from './support/product-lists';
import {
  aSignOff,
  governanceAt,
  hashNow,
  patchGovernance,
  postSignOff,
  putGovernanceAt,
} from './support/governance-lists';
import { startTestEmulator } from './support/test-emulator';

const setUp = async () => {
  const { graph } = await startTestEmulator();
  return { graph, plan: await setUpPlan(graph) };
};

const denied = (message: string) => ({ status: 403, message });
const outcome = (reply: { status: number; body: { error?: { message: string } } }) => ({
  status: reply.status,
  message: reply.body.error?.message ?? '',
});

describe('reading', () => {
  it('lets everyone signed in read, members of the plan or not', async () => {
    const { graph } = await setUp();
    for (const as of ['u-lead-member', 'u-probation-qa']) {
      const reply = await graph.call('GET', `${itemsPath('actions')}?expand=fields`, { as });
      expect(reply.status).toBe(200);
      expect(reply.body.value).toHaveLength(2);
    }
  });
});

describe('plans', () => {
  it('lets anyone create a plan', async () => {
    const { graph } = await setUp();
    expect((await addItem(graph, 'plans', { Title: 'plan-new', PlanId: 'plan-new' }, 'u-lead-member')).status).toBe(
      201,
    );
  });

  it("lets only the plan's admins and improvement lead change or delete it", async () => {
    const { graph, plan } = await setUp();
    expect(outcome(await patchItem(graph, 'plans', plan.planItemId, { Stage: 'agency-qa' }, 'u-police-owner'))).toEqual(
      denied('Only the plan admins and the improvement lead can change this plan.'),
    );
    expect((await deleteItem(graph, 'plans', plan.planItemId, 'u-lead-member')).status).toBe(403);
    expect(
      (await patchItem(graph, 'plans', plan.planItemId, { Stage: 'agency-qa' }, 'u-improvement-lead')).status,
    ).toBe(200);
    expect((await patchItem(graph, 'plans', plan.planItemId, { Stage: 'collation' }, 'u-dcs')).status).toBe(200);
  });
});

describe('members', () => {
  it("lets the plan's admins and improvement lead change membership, and nobody else", async () => {
    const { graph, plan } = await setUp();
    expect(
      outcome(await addItem(graph, 'members', memberFields(plan.planId, 'u-probation-owner'), 'u-police-owner')),
    ).toEqual(denied('Only the plan admins and the improvement lead can change who is in this plan.'));
    expect(
      (await addItem(graph, 'members', memberFields(plan.planId, 'u-probation-owner'), 'u-improvement-lead')).status,
    ).toBe(201);
  });

  it('stops a member promoting themselves', async () => {
    const { graph } = await setUp();
    const members = await graph.call('GET', `${itemsPath('members')}?expand=fields`);
    const own = members.body.value?.find((m) => m.fields?.['UserId'] === 'u-police-owner');
    expect((await patchItem(graph, 'members', String(own?.id), { Role: 'plan-admin' }, 'u-police-owner')).status).toBe(
      403,
    );
  });

  it('lets the creator of a plan add members only until it has a plan admin', async () => {
    const { graph } = await setUp();
    await addItem(graph, 'plans', { Title: 'plan-cabinet', PlanId: 'plan-cabinet' }, 'u-lead-member');
    const byStranger = await addItem(
      graph,
      'members',
      memberFields('plan-cabinet', 'u-police-owner'),
      'u-police-owner',
    );
    expect(byStranger.status).toBe(403);
    const first = await addItem(graph, 'members', memberFields('plan-cabinet', 'u-dcs'), 'u-lead-member');
    expect(first.status).toBe(201);
    const afterAdmin = await addItem(graph, 'members', memberFields('plan-cabinet', 'u-health-qa'), 'u-lead-member');
    expect(afterAdmin.status).toBe(403);
    expect((await addItem(graph, 'members', memberFields('plan-cabinet', 'u-health-qa'), 'u-dcs')).status).toBe(201);
  });
});

describe('findings', () => {
  it("lets only the plan's admins and improvement lead add or change findings", async () => {
    const { graph, plan } = await setUp();
    const finding = { Title: 'fnd-1', PlanId: plan.planId, FindingText: 'Voice of the child' };
    expect(outcome(await addItem(graph, 'findings', finding, 'u-police-owner'))).toEqual(
      denied('Only the plan admins and the improvement lead can change findings.'),
    );
    const created = await addItem(graph, 'findings', finding, 'u-improvement-lead');
    expect(created.status).toBe(201);
    expect(
      (await patchItem(graph, 'findings', String(created.body.id), { Heading: 'Health' }, 'u-health-owner')).status,
    ).toBe(403);
  });
});

describe('actions', () => {
  it("lets an agency owner change their own agency's action", async () => {
    const { graph, plan } = await setUp();
    const reply = await patchItem(graph, 'actions', plan.policeActionId, { Status: 'on-track' }, 'u-police-owner');
    expect(reply.status).toBe(200);
  });

  it('refuses the police owner on a health action with a message naming the agency', async () => {
    const { graph, plan } = await setUp();
    expect(
      outcome(await patchItem(graph, 'actions', plan.healthActionId, { Status: 'on-track' }, 'u-police-owner')),
    ).toEqual(denied('Only Health owners and plan admins can change this action.'));
    expect(outcome(await deleteItem(graph, 'actions', plan.healthActionId, 'u-police-owner'))).toEqual(
      denied('Only Health owners and plan admins can change this action.'),
    );
  });

  it('refuses an owner moving their action to another agency', async () => {
    const { graph, plan } = await setUp();
    expect(
      outcome(await patchItem(graph, 'actions', plan.policeActionId, { Agency: 'health' }, 'u-police-owner')),
    ).toEqual(denied('Only Health owners and plan admins can change this action.'));
  });

  it('lets an owner add actions for their agency only', async () => {
    const { graph, plan } = await setUp();
    const action = (agency: string) => ({ Title: `act-${agency}-2`, PlanId: plan.planId, Agency: agency });
    expect((await addItem(graph, 'actions', action('police'), 'u-police-owner')).status).toBe(201);
    expect(outcome(await addItem(graph, 'actions', action('health'), 'u-police-owner'))).toEqual(
      denied('Only Health owners and plan admins can change this action.'),
    );
  });

  it('refuses QA leads and others who are not owners', async () => {
    const { graph, plan } = await setUp();
    expect(
      outcome(await patchItem(graph, 'actions', plan.policeActionId, { Status: 'on-track' }, 'u-police-qa')),
    ).toEqual(denied('Only Police owners and plan admins can change this action.'));
    expect(
      (await patchItem(graph, 'actions', plan.policeActionId, { Status: 'on-track' }, 'u-lead-member')).status,
    ).toBe(403);
  });

  it('lets plan admins and the improvement lead change any action', async () => {
    const { graph, plan } = await setUp();
    expect(
      (await patchItem(graph, 'actions', plan.healthActionId, { Agency: 'police' }, 'u-improvement-lead')).status,
    ).toBe(200);
    expect((await deleteItem(graph, 'actions', plan.policeActionId, 'u-dcs')).status).toBe(204);
  });

  it('gives an owner no rights in a plan they are not a member of', async () => {
    const { graph } = await setUp();
    await addItem(graph, 'plans', { Title: 'plan-other', PlanId: 'plan-other' });
    await addItem(graph, 'members', memberFields('plan-other', 'u-dcs'));
    const action = { Title: 'act-other', PlanId: 'plan-other', Agency: 'police' };
    expect((await addItem(graph, 'actions', action, 'u-police-owner')).status).toBe(403);
  });
});

describe('progress updates', () => {
  const update = (planId: string, actionId: string, agency: string, authorId: string) => ({
    Title: `upd-${authorId}`,
    PlanId: planId,
    ActionId: actionId,
    Agency: agency,
    AuthorId: authorId,
    At: '2018-03-01T09:00:00.000Z',
    UpdateText: 'Progress.',
  });

  it("lets the owners and QA leads of the action's agency post, in their own name", async () => {
    const { graph, plan } = await setUp();
    expect(
      (
        await addItem(
          graph,
          'updates',
          update(plan.planId, 'act-police-1', 'police', 'u-police-owner'),
          'u-police-owner',
        )
      ).status,
    ).toBe(201);
    expect(
      (await addItem(graph, 'updates', update(plan.planId, 'act-police-1', 'police', 'u-police-qa'), 'u-police-qa'))
        .status,
    ).toBe(201);
    expect(
      (await addItem(graph, 'updates', update(plan.planId, 'act-health-1', 'health', 'u-dcs'), 'u-dcs')).status,
    ).toBe(201);
  });

  it("refuses a post in someone else's name, even by a plan admin", async () => {
    const { graph, plan } = await setUp();
    expect(
      outcome(
        await addItem(graph, 'updates', update(plan.planId, 'act-police-1', 'police', 'u-police-qa'), 'u-police-owner'),
      ),
    ).toEqual(denied("You cannot post a progress update in someone else's name."));
    expect(
      (await addItem(graph, 'updates', update(plan.planId, 'act-police-1', 'police', 'u-police-owner'), 'u-dcs'))
        .status,
    ).toBe(403);
  });

  it('refuses posts from other agencies and from people without an agency role', async () => {
    const { graph, plan } = await setUp();
    expect(
      outcome(
        await addItem(
          graph,
          'updates',
          update(plan.planId, 'act-police-1', 'police', 'u-health-owner'),
          'u-health-owner',
        ),
      ),
    ).toEqual(denied('Only Police owners, QA leads and plan admins can post progress on this action.'));
    expect(
      (await addItem(graph, 'updates', update(plan.planId, 'act-police-1', 'police', 'u-lead-member'), 'u-lead-member'))
        .status,
    ).toBe(403);
  });

  it("refuses an update that claims an agency other than its action's", async () => {
    const { graph, plan } = await setUp();
    const reply = await addItem(
      graph,
      'updates',
      update(plan.planId, 'act-health-1', 'police', 'u-police-owner'),
      'u-police-owner',
    );
    expect(reply.status).toBe(403);
  });

  it('never lets a posted update be changed or deleted, even by a plan admin', async () => {
    const { graph, plan } = await setUp();
    const posted = await addItem(
      graph,
      'updates',
      update(plan.planId, 'act-police-1', 'police', 'u-police-owner'),
      'u-police-owner',
    );
    const id = String(posted.body.id);
    const refusal = denied('Progress updates cannot be changed once posted.');
    expect(outcome(await patchItem(graph, 'updates', id, { UpdateText: 'Edited.' }, 'u-police-owner'))).toEqual(
      refusal,
    );
    expect(outcome(await patchItem(graph, 'updates', id, { UpdateText: 'Edited.' }, 'u-dcs'))).toEqual(refusal);
    expect(outcome(await deleteItem(graph, 'updates', id, 'u-dcs'))).toEqual(refusal);
  });
});

describe('sign-offs', () => {
  const signOff = (planId: string, userId: string, role: string, agency = '') => ({
    Title: `sig-${userId}`,
    PlanId: planId,
    Stage: 'agency-qa',
    UserId: userId,
    Role: role,
    Agency: agency,
    At: '2018-04-01T09:00:00.000Z',
    Decision: 'approve',
    ContentHash: 'abc',
  });

  it('lets a member sign in a role they hold in the plan, where the workflow has them sign', async () => {
    const { graph, plan } = await setUp();
    const governance = await putGovernanceAt(graph, plan.planId, 'agency-qa');
    const qa = aSignOff(
      plan.planId,
      'u-police-qa',
      'agency-qa-lead',
      'agency-qa',
      await hashNow(graph, plan.planId, 'police'),
      'police',
    );
    expect((await postSignOff(graph, qa)).status).toBe(201);
    expect((await patchGovernance(graph, governance, governanceAt(plan.planId, 'executive-sign-off'))).status).toBe(
      200,
    );
    const lead = aSignOff(
      plan.planId,
      'u-lead-member',
      'lead-member',
      'executive-sign-off',
      await hashNow(graph, plan.planId),
    );
    expect((await postSignOff(graph, lead)).status).toBe(201);
  });

  it('refuses signing as someone else', async () => {
    const { graph, plan } = await setUp();
    expect(
      outcome(
        await addItem(graph, 'signOffs', signOff(plan.planId, 'u-police-qa', 'agency-qa-lead', 'police'), 'u-dcs'),
      ),
    ).toEqual(denied('You cannot sign as someone else.'));
  });

  it('refuses a role or agency the signer does not hold', async () => {
    const { graph, plan } = await setUp();
    const forHealth = await addItem(
      graph,
      'signOffs',
      signOff(plan.planId, 'u-police-qa', 'agency-qa-lead', 'health'),
      'u-police-qa',
    );
    expect(outcome(forHealth)).toEqual(
      denied('You cannot sign as Agency QA lead for Health: that is not your role in this plan.'),
    );
    const asAdmin = await addItem(graph, 'signOffs', signOff(plan.planId, 'u-police-qa', 'plan-admin'), 'u-police-qa');
    expect(asAdmin.body.error?.message).toMatch(/^You cannot sign as Plan admin \(DCS\)/);
    expect(
      (
        await addItem(
          graph,
          'signOffs',
          signOff('plan-elsewhere', 'u-police-qa', 'agency-qa-lead', 'police'),
          'u-police-qa',
        )
      ).status,
    ).toBe(403);
  });

  it('never lets a sign-off be changed or deleted', async () => {
    const { graph, plan } = await setUp();
    await putGovernanceAt(graph, plan.planId, 'agency-qa');
    const hash = await hashNow(graph, plan.planId, 'police');
    const signed = await postSignOff(
      graph,
      aSignOff(plan.planId, 'u-police-qa', 'agency-qa-lead', 'agency-qa', hash, 'police'),
    );
    expect(signed.status).toBe(201);
    const refusal = denied('Sign-offs are a permanent record and cannot be changed.');
    expect(
      outcome(await patchItem(graph, 'signOffs', String(signed.body.id), { Decision: 'return' }, 'u-dcs')),
    ).toEqual(refusal);
    expect(outcome(await deleteItem(graph, 'signOffs', String(signed.body.id), 'u-dcs'))).toEqual(refusal);
  });
});
