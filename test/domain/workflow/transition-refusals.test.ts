import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDate } from '../../../src/domain/dates';
import type { ActionId, MemberId, PlanId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import { contentHash } from '../../../src/domain/workflow/content-hash';
import type { Governance } from '../../../src/domain/workflow/governance';
import type { CommentTarget } from '../../../src/domain/workflow/review-comment';
import { DEFAULT_CHAIN } from '../../../src/domain/workflow/stage-chain';
import type { ChainStageKey } from '../../../src/domain/workflow/stage-vocabulary';
import type { WorkflowErrorCode } from '../../../src/domain/workflow/workflow-error';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import type { CommentId } from '../../../src/domain/workflow/workflow-ids';
import {
  CONTENT,
  apply,
  governanceAt,
  mustApply,
  partnerApprove,
  people,
  qaApprove,
  refused,
  withAction,
} from './workflow-fixtures';

const at = (stage: ChainStageKey) => governanceAt(stage);
const advance: WorkflowEvent = { type: 'advance', note: '' };
const long = 'x'.repeat(4001);
const submit = (date: string, documentRef = 'WSoA.docx'): WorkflowEvent => ({
  type: 'submit',
  date: date as IsoDate,
  documentRef,
});
const comment = (text: string, target: CommentTarget = { kind: 'plan' }): WorkflowEvent => ({
  type: 'add-comment',
  target,
  text,
});

const withComment = mustApply(
  at('partnership-review'),
  comment('Add a date for the MASH review'),
  people.councilPartner,
);
const commentId = withComment.comments[0]!.id;
const resolved = mustApply(withComment, { type: 'resolve-comment', commentId, note: '' }, people.dcs);
const noActions: PlanSnapshot = { ...CONTENT, actions: [] };
const noPartners: PlanSnapshot = {
  ...CONTENT,
  members: CONTENT.members.filter((m) => m.role !== 'safeguarding-partner'),
};
const edited = withAction(CONTENT, 'act-1', { title: 'Edited without telling the workflow' });
const cabinet = { key: 'custom-cabinet', label: 'Cabinet', kind: 'meeting', skipped: false } as const;
const atCabinet = mustApply(
  mustApply(
    at('drafting'),
    { type: 'edit-chain', chain: [DEFAULT_CHAIN[0]!, cabinet, ...DEFAULT_CHAIN.slice(1)] },
    people.dcs,
  ),
  advance,
  people.dcs,
);
const otherPlan: Member = { ...people.dcs, planId: 'plan-other' as PlanId };

type Row = readonly [string, Governance, WorkflowEvent, Member, PlanSnapshot, WorkflowErrorCode];

const ROWS: readonly Row[] = [
  ['an actor from another plan', at('drafting'), advance, otherPlan, CONTENT, 'WORKFLOW.WRONG_PLAN'],
  [
    'content of another plan',
    at('drafting'),
    advance,
    people.dcs,
    { ...CONTENT, plan: { ...CONTENT.plan, id: 'plan-x' as PlanId } },
    'WORKFLOW.WRONG_PLAN',
  ],
  ['a reader commenting', withComment, comment('Hello'), people.reader, CONTENT, 'WORKFLOW.NOT_PERMITTED'],
  ['an owner advancing', at('drafting'), advance, people.policeOwner, CONTENT, 'WORKFLOW.NOT_PERMITTED'],
  [
    'a partner returning the plan to a stage',
    at('amendments'),
    { type: 'return-to', stage: 'collation', reason: 'x' },
    people.councilPartner,
    CONTENT,
    'WORKFLOW.NOT_PERMITTED',
  ],
  ['leaving drafting with no actions', at('drafting'), advance, people.dcs, noActions, 'WORKFLOW.NO_ACTIONS'],
  ['leaving QA before every agency approved', at('agency-qa'), advance, people.dcs, CONTENT, 'WORKFLOW.QA_INCOMPLETE'],
  [
    'leaving partnership approval early',
    at('partnership-approval'),
    advance,
    people.dcs,
    CONTENT,
    'WORKFLOW.APPROVALS_INCOMPLETE',
  ],
  [
    'approval with no partners in the plan',
    at('partnership-approval'),
    advance,
    people.dcs,
    noPartners,
    'WORKFLOW.APPROVALS_INCOMPLETE',
  ],
  [
    'leaving executive sign-off early',
    at('executive-sign-off'),
    advance,
    people.dcs,
    CONTENT,
    'WORKFLOW.APPROVALS_INCOMPLETE',
  ],
  [
    'advancing past submission without submitting',
    at('submitted'),
    advance,
    people.dcs,
    CONTENT,
    'WORKFLOW.NOT_SUBMITTED',
  ],
  ['advancing out of monitoring', at('monitoring'), advance, people.dcs, CONTENT, 'WORKFLOW.WRONG_STAGE'],
  ['advancing a closed plan', at('closed'), advance, people.dcs, CONTENT, 'WORKFLOW.WRONG_STAGE'],
  [
    'asking for approval with comments open',
    mustApply(withComment, advance, people.dcs),
    advance,
    people.dcs,
    CONTENT,
    'WORKFLOW.COMMENTS_OPEN',
  ],
  ['a note too long', at('collation'), { type: 'advance', note: long }, people.dcs, CONTENT, 'WORKFLOW.TEXT_TOO_LONG'],
  [
    'a meeting stage left without a note',
    atCabinet,
    { type: 'advance', note: ' ' },
    people.dcs,
    CONTENT,
    'WORKFLOW.NOTE_REQUIRED',
  ],
  [
    'returning to a later stage',
    at('collation'),
    { type: 'return-to', stage: 'amendments', reason: 'x' },
    people.dcs,
    CONTENT,
    'WORKFLOW.WRONG_STAGE',
  ],
  [
    'returning to the same stage',
    at('collation'),
    { type: 'return-to', stage: 'collation', reason: 'x' },
    people.dcs,
    CONTENT,
    'WORKFLOW.WRONG_STAGE',
  ],
  [
    'returning to a stage not in the chain',
    at('collation'),
    { type: 'return-to', stage: 'custom-cabinet', reason: 'x' },
    people.dcs,
    CONTENT,
    'WORKFLOW.UNKNOWN_STAGE',
  ],
  [
    'returning without a reason',
    at('collation'),
    { type: 'return-to', stage: 'drafting', reason: ' ' },
    people.dcs,
    CONTENT,
    'WORKFLOW.REASON_REQUIRED',
  ],
  [
    'returning after submission',
    at('monitoring'),
    { type: 'return-to', stage: 'drafting', reason: 'x' },
    people.dcs,
    CONTENT,
    'WORKFLOW.ALREADY_SUBMITTED',
  ],
  [
    'an invalid chain',
    at('drafting'),
    { type: 'edit-chain', chain: DEFAULT_CHAIN.slice(1) },
    people.dcs,
    CONTENT,
    'WORKFLOW.INVALID_CHAIN',
  ],
  [
    'a comment during drafting',
    at('drafting'),
    comment('Too early'),
    people.councilPartner,
    CONTENT,
    'WORKFLOW.WRONG_STAGE',
  ],
  [
    'a comment during monitoring',
    at('monitoring'),
    comment('Too late'),
    people.councilPartner,
    CONTENT,
    'WORKFLOW.WRONG_STAGE',
  ],
  [
    'an empty comment',
    at('partnership-review'),
    comment('  '),
    people.councilPartner,
    CONTENT,
    'WORKFLOW.COMMENT_REQUIRED',
  ],
  [
    'a comment too long',
    at('partnership-review'),
    comment(long),
    people.councilPartner,
    CONTENT,
    'WORKFLOW.TEXT_TOO_LONG',
  ],
  [
    'a comment on an action not in the plan',
    at('partnership-review'),
    comment('?', { kind: 'action', actionId: 'act-404' as ActionId }),
    people.councilPartner,
    CONTENT,
    'WORKFLOW.UNKNOWN_TARGET',
  ],
  [
    'resolving a comment that does not exist',
    withComment,
    { type: 'resolve-comment', commentId: 'cmt-x' as CommentId, note: '' },
    people.dcs,
    CONTENT,
    'WORKFLOW.UNKNOWN_COMMENT',
  ],
  [
    'resolving a comment twice',
    resolved,
    { type: 'resolve-comment', commentId, note: '' },
    people.dcs,
    CONTENT,
    'WORKFLOW.ALREADY_RESOLVED',
  ],
  [
    'resolving someone else’s comment',
    withComment,
    { type: 'resolve-comment', commentId, note: '' },
    people.icbPartner,
    CONTENT,
    'WORKFLOW.NOT_PERMITTED',
  ],
  [
    'a partner returning without a comment',
    at('partnership-approval'),
    { type: 'partner-return', comment: '', contentHash: contentHash(CONTENT) },
    people.councilPartner,
    CONTENT,
    'WORKFLOW.COMMENT_REQUIRED',
  ],
  [
    'an executive returning without a comment',
    at('executive-sign-off'),
    { type: 'executive-sign', decision: 'return', comment: ' ', contentHash: contentHash(CONTENT) },
    people.leadMember,
    CONTENT,
    'WORKFLOW.COMMENT_REQUIRED',
  ],
  [
    'a sign-off comment too long',
    at('partnership-approval'),
    { type: 'partner-approve', comment: long, contentHash: contentHash(CONTENT) },
    people.councilPartner,
    CONTENT,
    'WORKFLOW.TEXT_TOO_LONG',
  ],
  [
    'approving content not shown',
    at('partnership-approval'),
    partnerApprove(CONTENT),
    people.councilPartner,
    edited,
    'WORKFLOW.STALE_CONTENT',
  ],
  [
    'approving twice',
    mustApply(at('partnership-approval'), partnerApprove(), people.councilPartner),
    partnerApprove(),
    people.councilPartner,
    CONTENT,
    'WORKFLOW.ALREADY_SIGNED',
  ],
  [
    'QA for an agency with no actions',
    at('agency-qa'),
    qaApprove('education'),
    { ...people.policeQa, agency: 'education' },
    CONTENT,
    'WORKFLOW.NOTHING_TO_SIGN',
  ],
  [
    'overriding complete QA',
    mustApply(at('collation'), { type: 'return-to', stage: 'agency-qa', reason: 'x' }, people.dcs),
    { type: 'override-qa', reason: 'x' },
    people.dcs,
    CONTENT,
    'WORKFLOW.NOTHING_TO_OVERRIDE',
  ],
  [
    'overriding QA without a reason',
    at('agency-qa'),
    { type: 'override-qa', reason: '' },
    people.dcs,
    CONTENT,
    'WORKFLOW.REASON_REQUIRED',
  ],
  [
    'submitting by someone other than the principal',
    at('submitted'),
    submit('2018-04-10'),
    people.improvementLead,
    CONTENT,
    'WORKFLOW.NOT_PERMITTED',
  ],
  [
    'submitting before sign-off',
    at('executive-sign-off'),
    submit('2018-04-10'),
    people.dcs,
    CONTENT,
    'WORKFLOW.WRONG_STAGE',
  ],
  ['submitting twice', at('monitoring'), submit('2018-04-10'), people.dcs, CONTENT, 'WORKFLOW.ALREADY_SUBMITTED'],
  [
    'a submission date in the future',
    at('submitted'),
    submit('2018-04-11'),
    people.dcs,
    CONTENT,
    'WORKFLOW.INVALID_DATE',
  ],
  [
    'a submission date before the letter',
    at('submitted'),
    submit('2018-01-29'),
    people.dcs,
    CONTENT,
    'WORKFLOW.INVALID_DATE',
  ],
  [
    'a submission date that is not a date',
    at('submitted'),
    submit('10/04/2018'),
    people.dcs,
    CONTENT,
    'WORKFLOW.INVALID_DATE',
  ],
  [
    'a submission with no document',
    at('submitted'),
    submit('2018-04-10', ' '),
    people.dcs,
    CONTENT,
    'WORKFLOW.REFERENCE_REQUIRED',
  ],
  [
    'submitting content changed after sign-off',
    at('submitted'),
    submit('2018-04-10'),
    people.dcs,
    edited,
    'WORKFLOW.APPROVALS_INCOMPLETE',
  ],
  [
    'closing before submission',
    at('submitted'),
    { type: 'close', reason: 'x' },
    people.dcs,
    CONTENT,
    'WORKFLOW.WRONG_STAGE',
  ],
  [
    'closing with open actions and no reason',
    at('monitoring'),
    { type: 'close', reason: '' },
    people.dcs,
    CONTENT,
    'WORKFLOW.ACTIONS_OPEN',
  ],
  [
    'a due date for a stage not in the chain',
    at('drafting'),
    { type: 'set-due-date', stage: 'custom-cabinet', date: isoDate('2018-04-20') },
    people.dcs,
    CONTENT,
    'WORKFLOW.UNKNOWN_STAGE',
  ],
  [
    'a due date that is not a date',
    at('drafting'),
    { type: 'set-due-date', stage: 'collation', date: '2018-02-30' as IsoDate },
    people.dcs,
    CONTENT,
    'WORKFLOW.INVALID_DATE',
  ],
  [
    'a principal who is not a member',
    at('drafting'),
    { type: 'set-principal', principal: { kind: 'member', memberId: 'mem-nobody' as MemberId } },
    people.dcs,
    CONTENT,
    'WORKFLOW.UNKNOWN_TARGET',
  ],
  [
    'changing the principal after submission',
    at('monitoring'),
    { type: 'set-principal', principal: { kind: 'role', role: 'safeguarding-partner' } },
    people.dcs,
    CONTENT,
    'WORKFLOW.ALREADY_SUBMITTED',
  ],
];

describe('refusals', () => {
  it.each(ROWS.map((row) => [row[0], row[5], row] as const))('%s → %s', (_name, _code, row) => {
    const [, g, event, actor, content, code] = row;
    const before = JSON.stringify(g);
    const error = refused(apply(g, event, actor, content));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    expect(JSON.stringify(g)).toBe(before);
  });

  it('covers every error code', () => {
    const codes: Record<WorkflowErrorCode, true> = {
      'WORKFLOW.WRONG_PLAN': true,
      'WORKFLOW.WRONG_STAGE': true,
      'WORKFLOW.UNKNOWN_STAGE': true,
      'WORKFLOW.INVALID_CHAIN': true,
      'WORKFLOW.NOT_PERMITTED': true,
      'WORKFLOW.ALREADY_SIGNED': true,
      'WORKFLOW.NOTHING_TO_SIGN': true,
      'WORKFLOW.QA_INCOMPLETE': true,
      'WORKFLOW.NOTHING_TO_OVERRIDE': true,
      'WORKFLOW.APPROVALS_INCOMPLETE': true,
      'WORKFLOW.STALE_CONTENT': true,
      'WORKFLOW.COMMENT_REQUIRED': true,
      'WORKFLOW.REASON_REQUIRED': true,
      'WORKFLOW.NOTE_REQUIRED': true,
      'WORKFLOW.TEXT_TOO_LONG': true,
      'WORKFLOW.COMMENTS_OPEN': true,
      'WORKFLOW.UNKNOWN_COMMENT': true,
      'WORKFLOW.ALREADY_RESOLVED': true,
      'WORKFLOW.UNKNOWN_TARGET': true,
      'WORKFLOW.NO_ACTIONS': true,
      'WORKFLOW.NOT_SUBMITTED': true,
      'WORKFLOW.ALREADY_SUBMITTED': true,
      'WORKFLOW.INVALID_DATE': true,
      'WORKFLOW.REFERENCE_REQUIRED': true,
      'WORKFLOW.ACTIONS_OPEN': true,
    };
    expect(new Set(ROWS.map((row) => row[5]))).toEqual(new Set(Object.keys(codes)));
  });

  it('names who is still to approve', () => {
    const g = mustApply(at('partnership-approval'), partnerApprove(), people.councilPartner);
    expect(refused(apply(g, advance, people.dcs))).toMatchObject({
      outstanding: ['Ike Brown', 'Bo Stone'],
      message: 'Still waiting for approval from Ike Brown, Bo Stone.',
    });
    expect(refused(apply(at('executive-sign-off'), advance, people.dcs))).toMatchObject({
      outstanding: ['Lead Member', 'Chief Executive'],
    });
  });
});
