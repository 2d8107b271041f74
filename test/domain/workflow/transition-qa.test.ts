import { contentChangedEvent } from '../../../src/domain/workflow/content-change-event';
import { describe, expect, it } from 'vitest';
import type { MemberId, UserId } from '../../../src/domain/ids';
import { contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import { qaStatus } from '../../../src/domain/workflow/sign-off-status';
import {
  CONTENT,
  apply,
  governanceAt,
  must,
  mustApply,
  people,
  qaApprove,
  refused,
  withAction,
} from './workflow-fixtures';

const atQa = governanceAt('agency-qa');

describe('agency quality assurance', () => {
  it('waits for every agency that leads actions, then opens collation', () => {
    let g = mustApply(atQa, qaApprove('police'), people.policeQa);
    g = mustApply(g, qaApprove('health'), people.healthQa);
    expect(g.stage).toBe('agency-qa');
    expect(qaStatus(g, CONTENT).map((s) => [s.agency, s.state])).toEqual([
      ['childrens-social-care', 'awaiting'],
      ['police', 'approved'],
      ['health', 'approved'],
    ]);
    const error = refused(apply(g, { type: 'advance', note: '' }, people.dcs));
    expect(error).toMatchObject({ code: 'WORKFLOW.QA_INCOMPLETE', outstanding: ['childrens-social-care'] });
    expect(error.message).toBe(
      "Collation waits for QA from Children's social care. Ask their QA leads, or override with a reason.",
    );
    g = mustApply(g, qaApprove('childrens-social-care'), people.cscQa);
    expect(g.stage).toBe('collation');
  });

  it('lets a QA lead return their agency’s actions with a comment, which keeps the stage', () => {
    const returned = must(
      apply(
        atQa,
        {
          type: 'qa-return',
          agency: 'police',
          comment: 'Add a date',
          contentHash: contentHashForAgency(CONTENT, 'police'),
        },
        people.policeQa,
      ),
    );
    expect(returned.governance.stage).toBe('agency-qa');
    expect(returned.emitted[0]).toMatchObject({ kind: 'returned', agency: 'police', comment: 'Add a date' });
    expect(returned.emitted[0]?.summary).toBe('Police QA returned by Quinn Adams: Add a date');
    expect(qaStatus(returned.governance, CONTENT).find((s) => s.agency === 'police')?.state).toBe('returned');
    expect(
      refused(
        apply(
          atQa,
          { type: 'qa-return', agency: 'police', comment: '  ', contentHash: contentHashForAgency(CONTENT, 'police') },
          people.policeQa,
        ),
      ).code,
    ).toBe('WORKFLOW.COMMENT_REQUIRED');
  });

  it('takes an approval after a return once the owners have amended', () => {
    const returned = mustApply(
      atQa,
      {
        type: 'qa-return',
        agency: 'police',
        comment: 'Add a date',
        contentHash: contentHashForAgency(CONTENT, 'police'),
      },
      people.policeQa,
    );
    const amended = withAction(CONTENT, 'act-1', { targetDate: CONTENT.actions[0]!.startDate });
    const changed = mustApply(returned, contentChangedEvent(CONTENT, amended), people.policeOwner, amended);
    expect(qaStatus(changed, amended).find((s) => s.agency === 'police')?.state).toBe('awaiting');
    const approved = mustApply(changed, qaApprove('police', amended), people.policeQa, amended);
    expect(qaStatus(approved, amended).find((s) => s.agency === 'police')?.state).toBe('approved');
  });

  it('refuses a second approval of the same content, by anyone from that agency', () => {
    const g = mustApply(atQa, qaApprove('police'), people.policeQa);
    const deputy = { ...people.policeQa, id: 'mem-police-qa-2' as MemberId, userId: 'u-police-qa-2' as UserId };
    const error = refused(apply(g, qaApprove('police'), deputy));
    expect(error.code).toBe('WORKFLOW.ALREADY_SIGNED');
    expect(error.message).toBe('Quinn Adams has already approved this version of the plan.');
    expect(refused(apply(g, qaApprove('police'), people.policeQa)).message).toBe(
      'You have already approved this version of the plan.',
    );
  });

  it('refuses QA of content the lead did not see', () => {
    const newer = withAction(CONTENT, 'act-1', { title: 'Changed meanwhile' });
    const error = refused(apply(atQa, qaApprove('police', CONTENT), people.policeQa, newer));
    expect(error).toMatchObject({
      code: 'WORKFLOW.STALE_CONTENT',
      shownHash: contentHashForAgency(CONTENT, 'police'),
      currentHash: contentHashForAgency(newer, 'police'),
    });
  });

  it('refuses QA for an agency that leads no actions', () => {
    const educationQa = { ...people.healthQa, agency: 'education' as const };
    expect(refused(apply(atQa, qaApprove('education'), educationQa)).code).toBe('WORKFLOW.NOTHING_TO_SIGN');
  });

  it('lets a QA lead re-approve actions amended during collation, without moving the plan back', () => {
    const atCollation = governanceAt('collation');
    const amended = withAction(CONTENT, 'act-2', { successMeasure: 'GP attends 95% of meetings' });
    const changed = mustApply(atCollation, contentChangedEvent(CONTENT, amended), people.dcs, amended);
    expect(changed.stage).toBe('collation');
    expect(qaStatus(changed, amended).map((s) => s.state)).toEqual(['approved', 'approved', 'changed-since-approval']);
    const reapproved = mustApply(changed, qaApprove('health', amended), people.healthQa, amended);
    expect(reapproved.stage).toBe('collation');
    expect(qaStatus(reapproved, amended).every((s) => s.state === 'approved')).toBe(true);
  });
});

describe('overriding agency QA', () => {
  const partial = mustApply(atQa, qaApprove('police'), people.policeQa);

  it('opens collation without the outstanding agencies and records the reason', () => {
    const result = must(
      apply(partial, { type: 'override-qa', reason: ' Health QA lead on leave until May ' }, people.dcs),
    );
    const g = result.governance;
    expect(g.stage).toBe('collation');
    expect(g.qaOverrides).toEqual([
      expect.objectContaining({
        reason: 'Health QA lead on leave until May',
        outstanding: ['childrens-social-care', 'health'],
      }),
    ]);
    expect(result.emitted.map((e) => e.kind)).toEqual(['qa-overridden', 'stage-changed']);
    expect(result.emitted[0]?.summary).toBe(
      "Agency QA overridden without Children's social care, Health: Health QA lead on leave until May",
    );
  });

  it.each([
    ['without a reason', partial, { type: 'override-qa', reason: '  ' }, people.dcs, 'WORKFLOW.REASON_REQUIRED'],
    [
      'by someone outside the DCS’s team',
      partial,
      { type: 'override-qa', reason: 'x' },
      people.policeQa,
      'WORKFLOW.NOT_PERMITTED',
    ],
    [
      'outside agency QA',
      governanceAt('collation'),
      { type: 'override-qa', reason: 'x' },
      people.dcs,
      'WORKFLOW.WRONG_STAGE',
    ],
  ] as const)('is refused %s', (_name, g, event, actor, code) => {
    expect(refused(apply(g, event, actor)).code).toBe(code);
  });

  it('is refused when every agency has approved', () => {
    const g = mustApply(partial, qaApprove('health'), people.healthQa);
    const complete = mustApply(g, qaApprove('childrens-social-care'), people.cscQa);
    const backAtQa = mustApply(complete, { type: 'return-to', stage: 'agency-qa', reason: 'Check again' }, people.dcs);
    expect(refused(apply(backAtQa, { type: 'override-qa', reason: 'x' }, people.dcs)).code).toBe(
      'WORKFLOW.NOTHING_TO_OVERRIDE',
    );
  });
});
