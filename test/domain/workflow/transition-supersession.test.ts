import { contentChangedEvent } from '../../../src/domain/workflow/content-change-event';
import { describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../../../src/domain/dates';
import type { ActionId, PlanId, UpdateId, UserId } from '../../../src/domain/ids';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import {
  changesSinceSignOff,
  executiveStatus,
  partnerStatus,
  qaStatus,
  supersededIds,
} from '../../../src/domain/workflow/sign-off-status';
import type { Governance } from '../../../src/domain/workflow/governance';
import type { ChainStageKey } from '../../../src/domain/workflow/stage-vocabulary';
import {
  CONTENT,
  PARTNERS,
  apply,
  governanceAt,
  must,
  mustApply,
  partnerApprove,
  people,
  refused,
  withAction,
} from './workflow-fixtures';

const edit = (g: Governance, after: PlanSnapshot, before: PlanSnapshot = CONTENT) =>
  must(apply(g, contentChangedEvent(before, after), people.dcs, after));

const retitled = withAction(CONTENT, 'act-1', { title: 'Twice-daily MASH meeting' });

describe('editing signed content supersedes the sign-offs it invalidates', () => {
  it.each<[ChainStageKey, ChainStageKey]>([
    ['partnership-approval', 'partnership-approval'],
    ['executive-sign-off', 'partnership-approval'],
    ['submitted', 'partnership-approval'],
    ['amendments', 'amendments'],
    ['collation', 'collation'],
  ])('at %s the plan goes to %s', (stage, back) => {
    expect(edit(governanceAt(stage), retitled).governance.stage).toBe(back);
  });

  it('after executive sign-off: every approval is superseded and the history kept', () => {
    const before = governanceAt('submitted');
    const { governance: g, emitted } = edit(before, retitled);
    const superseded = supersededIds(g);
    const byStage = (stage: string) => g.signOffs.filter((s) => s.stage === stage);
    expect(byStage('partnership-approval').every((s) => superseded.has(s.id))).toBe(true);
    expect(byStage('executive-sign-off').every((s) => superseded.has(s.id))).toBe(true);
    expect(g.signOffs).toEqual(before.signOffs);
    // Police QA, three partners and two executives.
    expect(emitted.map((e) => e.kind)).toEqual([...Array(6).fill('superseded'), 'stage-changed']);
    expect(partnerStatus(g, retitled).map((p) => p.state)).toEqual(Array(3).fill('changed-since-approval'));
    expect(executiveStatus(g, retitled).map((p) => p.state)).toEqual([
      'changed-since-approval',
      'changed-since-approval',
    ]);
  });

  it('supersedes only the QA of the agency whose actions changed', () => {
    const { governance: g } = edit(governanceAt('submitted'), retitled);
    const superseded = supersededIds(g);
    const qa = g.signOffs.filter((s) => s.stage === 'agency-qa');
    expect(qa.filter((s) => superseded.has(s.id)).map((s) => s.agency)).toEqual(['police']);
    expect(qaStatus(g, retitled).map((s) => [s.agency, s.state])).toEqual([
      ['childrens-social-care', 'approved'],
      ['police', 'changed-since-approval'],
      ['health', 'approved'],
    ]);
  });

  it('describes each supersession with the signer and when they signed, in UK time', () => {
    const { emitted } = edit(governanceAt('executive-sign-off'), retitled);
    expect(emitted[0]?.summary).toBe(
      "Quinn Adams's approval as Agency QA lead (10 April 2018 at 10:00) superseded: 1 action changed",
    );
    expect(emitted.at(-1)).toMatchObject({
      kind: 'stage-changed',
      cause: 'content-changed',
      to: 'partnership-approval',
    });
  });

  it('makes partners approve again before the plan moves on', () => {
    let g = edit(governanceAt('executive-sign-off'), retitled).governance;
    expect(refused(apply(g, { type: 'advance', note: '' }, people.dcs, retitled)).code).toBe(
      'WORKFLOW.APPROVALS_INCOMPLETE',
    );
    expect(refused(apply(g, partnerApprove(CONTENT), people.councilPartner, retitled)).code).toBe(
      'WORKFLOW.STALE_CONTENT',
    );
    for (const p of PARTNERS) g = mustApply(g, partnerApprove(retitled), p, retitled);
    expect(g.stage).toBe('executive-sign-off');
  });

  it('shows a signer what changed since they signed', () => {
    const { governance: g } = edit(governanceAt('submitted'), retitled);
    const partnerSignOff = g.signOffs.find((s) => s.userId === people.councilPartner.userId)!;
    const changes = changesSinceSignOff(partnerSignOff, g, retitled);
    expect(changes?.actions.changed.map((c) => [c.id, c.fields, c.before.title, c.after.title])).toEqual([
      ['act-1', ['title'], 'Daily multi-agency MASH meeting', 'Twice-daily MASH meeting'],
    ]);
    const healthQa = g.signOffs.find((s) => s.agency === 'health')!;
    expect(changesSinceSignOff(healthQa, g, retitled)?.unchanged).toBe(true);
  });
});

describe('delivery monitoring is not the approved plan', () => {
  const update = {
    id: 'upd-1' as UpdateId,
    planId: 'plan-test' as PlanId,
    actionId: 'act-1' as ActionId,
    authorId: 'u-police-owner' as UserId,
    authorName: 'Pat Owen',
    at: '2018-04-12T10:00:00.000Z' as IsoDateTime,
    text: 'First daily meeting held.',
    status: 'on-track' as const,
  };

  it.each<[string, PlanSnapshot]>([
    ['a progress update', { ...CONTENT, updates: [update] }],
    ['a status change', withAction(CONTENT, 'act-1', { status: 'off-track', statusReason: 'No chair' })],
    ['evidence added', withAction(CONTENT, 'act-1', { evidence: [{ title: 'Minutes', url: 'https://x.test/m' }] })],
  ])('%s supersedes nothing and moves nothing', (_name, after) => {
    const g = governanceAt('submitted');
    const result = edit(g, after);
    expect(result.governance).toEqual(g);
    expect(result.emitted).toEqual([]);
  });
});

describe('after submission', () => {
  it('records substantive edits as revisions, not re-approval', () => {
    const g = governanceAt('monitoring');
    const { governance, emitted } = edit(g, retitled);
    expect(governance.stage).toBe('monitoring');
    expect(governance.supersessions).toEqual(g.supersessions);
    expect(governance.revisions).toEqual([
      expect.objectContaining({
        by: expect.objectContaining({ name: 'Ann Graham' }),
        changes: expect.objectContaining({ actionsChanged: [{ id: 'act-1', fields: ['title'] }] }),
      }),
    ]);
    expect(emitted.map((e) => [e.kind, e.summary])).toEqual([
      ['revision-recorded', 'Plan revised after submission: 1 action changed'],
    ]);
  });

  it('refuses edits once the plan is closed', () => {
    expect(
      refused(apply(governanceAt('closed'), contentChangedEvent(CONTENT, retitled), people.dcs, retitled)).code,
    ).toBe('WORKFLOW.WRONG_STAGE');
  });
});
