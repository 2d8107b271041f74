import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import { contentHash } from '../../../src/domain/workflow/content-hash';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { CONTENT, apply, governanceAt, must, mustApply, people, refused } from './workflow-fixtures';

const submit: WorkflowEvent = { type: 'submit', date: isoDate('2018-04-10'), documentRef: ' https://site/WSoA.docx ' };

describe('submission', () => {
  it('is recorded by the DCS by default, with date, document and the hash submitted', () => {
    const result = must(apply(governanceAt('submitted'), submit, people.dcs));
    expect(result.governance.submission).toEqual({
      date: '2018-04-10',
      documentRef: 'https://site/WSoA.docx',
      recordedAt: '2018-04-10T09:00:00.000Z',
      by: expect.objectContaining({ name: 'Ann Graham', role: 'plan-admin' }),
      contentHash: contentHash(CONTENT),
    });
    expect(result.governance.stage).toBe('monitoring');
    expect(result.emitted.map((e) => e.summary)).toEqual([
      'Submitted to Ofsted on 10 April 2018 (https://site/WSoA.docx)',
      'Moved from Ready to submit to Monitoring delivery',
    ]);
  });

  it('can be given to a named member, such as the ICB’s accountable officer (Torbay 2024)', () => {
    const named = mustApply(
      governanceAt('drafting'),
      { type: 'set-principal', principal: { kind: 'member', memberId: people.icbPartner.id } },
      people.dcs,
    );
    expect(named.audit.at(-1)?.summary).toBe('The plan will be submitted by Ike Brown');
    const g = governanceAt('submitted', CONTENT, named);
    expect(refused(apply(g, submit, people.dcs)).code).toBe('WORKFLOW.NOT_PERMITTED');
    expect(must(apply(g, submit, people.icbPartner)).governance.stage).toBe('monitoring');
  });

  it('can be given to a role', () => {
    const g = mustApply(
      governanceAt('drafting'),
      { type: 'set-principal', principal: { kind: 'role', role: 'improvement-lead' } },
      people.dcs,
    );
    expect(
      must(apply(governanceAt('submitted', CONTENT, g), submit, people.improvementLead)).governance.submission,
    ).not.toBeNull();
  });

  it('accepts a submission dated today in London, which is still yesterday in UTC just after midnight BST', () => {
    const g = governanceAt('submitted');
    const justAfterMidnight = '2018-04-10T23:30:00.000Z' as IsoDateTime;
    const event: WorkflowEvent = { type: 'submit', date: isoDate('2018-04-11'), documentRef: 'x' };
    expect(apply(g, event, people.dcs, CONTENT, justAfterMidnight).ok).toBe(true);
  });
});

describe('closing', () => {
  it('needs every action complete, or a reason', () => {
    const g = governanceAt('monitoring');
    const done = { ...CONTENT, actions: CONTENT.actions.map((a) => ({ ...a, status: 'complete' as const })) };
    expect(must(apply(g, { type: 'close', reason: '' }, people.dcs, done)).governance.stage).toBe('closed');
    const withReason = must(apply(g, { type: 'close', reason: 'Replaced by the 2019 ILACS plan' }, people.dcs));
    expect(withReason.emitted[0]).toMatchObject({ cause: 'closed', note: 'Replaced by the 2019 ILACS plan' });
  });
});
