import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanId, UserId } from '../../src/domain/ids';
import { NO_CHANGES } from '../../src/domain/workflow/changes-since';
import { contentHash } from '../../src/domain/workflow/content-hash';
import { summaryOf } from '../../src/domain/workflow/governance-summary';
import type { WorkflowEvent } from '../../src/domain/workflow/workflow-event';
import { entryToFields } from '../../src/data/graph/mappers/governance-entry.mapper';
import type { PlanStore } from '../../src/data/plan-store.port';
import {
  TO_EXECUTIVE_SIGN_OFF,
  TO_PARTNERSHIP_APPROVAL,
  executiveApprove,
  openAs,
  startGovernancePlan,
  walk,
} from '../state/governance-setup';
import { addItem, listItemsPath } from './support/raw-graph';
import { forgerySitePerFile } from './support/forgery-site';

/**
 * Forgeries written straight to the site over HTTP, as anyone with a token and Add rights on the
 * lists could write them, then the plan loaded through the app's own adapter and workflow. None
 * may count, and none may cost anything that was legitimately signed.
 */

const site = forgerySitePerFile();
const storeFor = (persona: string): PlanStore => site.storeFor(persona);

let n = 0;
/** An entry of the record written by hand: any event, any claimed author, any id. */
async function forge(as: string, planId: PlanId, event: WorkflowEvent, claimed = { userId: as, name: '' }) {
  n += 1;
  const by = { userId: claimed.userId as UserId, name: claimed.name };
  const fields = entryToFields({ id: `wfe-forged-${n}`, planId, stage: 'drafting', by, event });
  const reply = await addItem(site.graph, 'workflowEvents', as, fields);
  expect(reply.status).toBe(201);
  return `wfe-forged-${n}`;
}

async function governanceOf(persona: string, planId: PlanId) {
  const view = await openAs(storeFor, persona, planId);
  return view.getState();
}

const verdictOf = (state: Awaited<ReturnType<typeof governanceOf>>, entryId: string) =>
  state.trust!.verdicts.find((v) => v.entry.id === entryId)!;

describe('forged governance entries, written straight to the site, do not count', () => {
  let planId: PlanId;
  beforeAll(async () => {
    planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'forged' });
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
  });

  it('a Chief Executive sign-off added by the police owner in the Chief Executive’s name', async () => {
    const before = await governanceOf('u-dcs', planId);
    const hash = contentHash(before.snapshot!);
    const id = await forge('u-police-owner', planId, executiveApprove(before.snapshot!), {
      userId: 'u-chief-executive',
      name: 'Robert Lang',
    });
    const after = await governanceOf('u-dcs', planId);
    expect(verdictOf(after, id)).toMatchObject({ counted: false });
    expect(verdictOf(after, id).reason).toMatch(
      /says it was made by Robert Lang, but SharePoint records Sarah Mitchell/,
    );
    expect(after.governance!.stage).toBe('executive-sign-off');
    expect(after.governance!.signOffs.filter((s) => s.stage === 'executive-sign-off')).toEqual([]);
    expect(contentHash(after.snapshot!)).toBe(hash);
  });

  it('the same sign-off in the police owner’s own name', async () => {
    const state = await governanceOf('u-dcs', planId);
    const id = await forge('u-police-owner', planId, executiveApprove(state.snapshot!));
    const after = await governanceOf('u-dcs', planId);
    expect(verdictOf(after, id).reason).toMatch(/Only the Lead Member and the Chief Executive can sign/);
    expect(after.governance!.stage).toBe('executive-sign-off');
  });

  it('stage moves, skips and a submission by people who are not plan admins', async () => {
    const events: WorkflowEvent[] = [
      { type: 'advance', note: '' },
      { type: 'return-to', stage: 'drafting', reason: 'back' },
      { type: 'submit', date: '2018-03-01' as never, documentRef: 'https://evil.example/plan.docx' },
      { type: 'edit-chain', chain: [] },
      { type: 'set-principal', principal: { kind: 'role', role: 'agency-owner' } },
    ];
    const ids = [];
    for (const event of events) ids.push(await forge('u-police-qa', planId, event));
    const after = await governanceOf('u-dcs', planId);
    for (const id of ids) expect(verdictOf(after, id).counted).toBe(false);
    expect(after.governance!.stage).toBe('executive-sign-off');
    expect(after.governance!.submission).toBeNull();
    expect(after.governance!.principal).toEqual({ kind: 'role', role: 'plan-admin' });
  });

  it('a change of signed content recorded by someone who cannot change content', async () => {
    const state = await governanceOf('u-dcs', planId);
    const facts = { planId, plan: 'f'.repeat(64), agencies: {}, withActions: [] };
    const event: WorkflowEvent = {
      type: 'content-changed',
      before: facts,
      after: facts,
      changes: NO_CHANGES,
    };
    const id = await forge('u-partner-police', planId, event);
    const after = await governanceOf('u-dcs', planId);
    expect(verdictOf(after, id).counted).toBe(false);
    expect(after.governance!.signOffs).toEqual(state.governance!.signOffs);
    expect(after.governance!.supersessions).toEqual([]);
  });

  it('an entry whose contents cannot be read', async () => {
    const reply = await addItem(site.graph, 'workflowEvents', 'u-police-owner', {
      Title: 'wfe-garbage',
      EntryId: 'wfe-garbage',
      PlanId: planId,
      EntryJson: '{"format":1,"event":{"type":"executive-sign","decision":"approve"',
    });
    expect(reply.status).toBe(201);
    const after = await governanceOf('u-dcs', planId);
    expect(verdictOf(after, 'wfe-garbage')).toMatchObject({
      counted: false,
      reason: expect.stringMatching(/not valid JSON/),
    });
  });

  it('keeps every legitimate signature and lets the Lead Member sign after all of that', async () => {
    const lead = await openAs(storeFor, 'u-lead-member', planId);
    const outcome = await lead.getState().dispatch(executiveApprove(lead.getState().snapshot!));
    expect(outcome.status).toBe('done');
    const after = await governanceOf('u-dcs', planId);
    expect(after.governance!.signOffs.map((s) => s.role)).toEqual([
      'agency-qa-lead',
      'agency-qa-lead',
      'agency-qa-lead',
      'safeguarding-partner',
      'safeguarding-partner',
      'safeguarding-partner',
      'lead-member',
    ]);
    expect(after.governance!.signOffs.at(-1)!.name).toBe('Cllr Grace Adeyemi');
  });
});

describe('shared state rewritten by hand changes nothing the record says', () => {
  it('a Governance item rewritten by the police owner: stages skipped, themselves principal, a submission', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'state-item' });
    await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
    const honest = await governanceOf('u-dcs', planId);
    const forged = {
      ...summaryOf(honest.governance!),
      stage: 'monitoring',
      principal: { kind: 'member', memberId: 'mem-police' },
      chain: honest.governance!.chain.map((s) => ({ ...s, skipped: s.kind !== 'drafting' && s.kind !== 'monitoring' })),
    };
    const reply = await addItem(site.graph, 'governance', 'u-police-owner', {
      Title: planId,
      PlanId: `${planId}-x`,
      GovernanceJson: JSON.stringify({ format: 2, ...forged, planId: `${planId}-x` }),
      Stage: 'monitoring',
    });
    expect([201, 403]).toContain(reply.status);
    const after = await governanceOf('u-dcs', planId);
    expect(after.governance!.stage).toBe('partnership-approval');
    expect(after.governance!.principal).toEqual({ kind: 'role', role: 'plan-admin' });
    expect(after.governance!.chain.some((s) => s.skipped)).toBe(false);
  });

  it('a membership the police owner added for themselves as Chief Executive grants nothing', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'self-made' });
    await walk(storeFor, planId, TO_EXECUTIVE_SIGN_OFF);
    const added = await addItem(site.graph, 'members', 'u-police-owner', {
      Title: `mem-fake-${planId.slice(5)}`,
      PlanId: planId,
      UserId: 'u-police-owner',
      DisplayName: 'Sarah Mitchell',
      Role: 'chief-executive',
    });
    expect(added.status).toBe(201);
    const state = await governanceOf('u-dcs', planId);
    const id = await forge('u-police-owner', planId, executiveApprove(state.snapshot!));
    const after = await governanceOf('u-dcs', planId);
    expect(verdictOf(after, id).counted).toBe(false);
    expect(after.trust!.uncountedMemberships.map((m) => m.member.role)).toEqual(['chief-executive']);
    expect(after.governance!.stage).toBe('executive-sign-off');
  });

  it('progress posted in someone else’s name shows who SharePoint says posted it', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'progress-name' });
    const state = await governanceOf('u-dcs', planId);
    const action = state.snapshot!.actions.find((a) => a.leadAgency === 'police')!;
    const reply = await addItem(site.graph, 'updates', 'u-police-owner', {
      Title: 'upd-forged',
      PlanId: planId,
      ActionId: action.id,
      Agency: 'police',
      AuthorId: 'u-dcs',
      AuthorName: 'Amara Okafor',
      At: '2018-01-01T09:00:00.000Z',
      UpdateText: 'All done, signed off by the DCS.',
    });
    expect(reply.status).toBe(201);
    const after = await governanceOf('u-dcs', planId);
    const update = after.snapshot!.updates.find((u) => u.id === 'upd-forged')!;
    expect(update).toMatchObject({ authorId: 'u-police-owner', authorName: 'Sarah Mitchell' });
    expect(update.at > '2020').toBe(true);
  });

  it('plan and action ids are unique on the site', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'unique' });
    const again = await addItem(site.graph, 'plans', 'u-police-owner', {
      Title: planId,
      PlanId: planId,
      PlanTitle: 'Mine now',
    });
    expect(again.status).toBe(409);
    const state = await governanceOf('u-dcs', planId);
    const action = state.snapshot!.actions[0]!;
    const copy = await addItem(site.graph, 'actions', 'u-police-owner', {
      Title: action.id,
      ActionId: action.id,
      PlanId: planId,
      Agency: 'police',
    });
    expect(copy.status).toBe(409);
    const after = await governanceOf('u-dcs', planId);
    expect(after.snapshot!.plan.title).toBe(state.snapshot!.plan.title);
    expect(after.snapshot!.actions).toHaveLength(state.snapshot!.actions.length);
  });

  it('an item claiming an id another already has (a list whose ids were not yet unique) is shown once and flagged', async () => {
    const planId = await startGovernancePlan(storeFor('u-dcs'), { key: 'dupe' });
    const columns = await site.graph('GET', `${listItemsPath('findings').replace(/\/items$/, '')}/columns`);
    expect(columns.status).toBe(200);
    const state = await governanceOf('u-dcs', planId);
    const finding = state.snapshot!.findings[0]!;
    const copy = await addItem(site.graph, 'findings', 'u-police-owner', {
      Title: finding.id,
      PlanId: planId,
      FindingText: 'An intruder’s version of the finding',
      FindingType: 'improvement',
    });
    expect(copy.status).toBe(201);
    const after = await governanceOf('u-dcs', planId);
    expect(after.snapshot!.findings.filter((f) => f.id === finding.id)).toEqual([finding]);
    expect(after.trust!.duplicates).toEqual([{ kind: 'finding', id: finding.id, extra: 1 }]);
  });
});
