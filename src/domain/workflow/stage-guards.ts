import { agencyLabel } from '../agency';
import { ROLE_LABEL } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import type { ContentFacts } from './content-facts';
import type { Governance } from './governance';
import { executiveStatus, isApproved, partnerStatus, qaStatus } from './sign-off-status';
import type { StageConfig } from './stage-chain';
import { rulesOf, STAGE_KIND_RULES, type StageKindRules } from './stage-kind-rules';
import type { StageKind } from './stage-vocabulary';
import { approvalsIncomplete, qaIncomplete, refusal, type WorkflowError } from './workflow-error';

export function qaRefusal(g: Governance, content: PlanSnapshot, facts?: ContentFacts): WorkflowError | null {
  const outstanding = qaStatus(g, content, facts)
    .filter((s) => !isApproved(s))
    .map((s) => s.agency);
  if (outstanding.length === 0) return null;
  return qaIncomplete(outstanding, outstanding.map((key) => agencyLabel(content.plan.agencies, key)).join(', '));
}

export function partnersRefusal(g: Governance, content: PlanSnapshot, facts?: ContentFacts): WorkflowError | null {
  const partners = partnerStatus(g, content, facts);
  if (partners.length === 0) {
    return {
      code: 'WORKFLOW.APPROVALS_INCOMPLETE',
      message: 'No safeguarding partners are members of this plan; add them so they can approve it.',
      outstanding: [ROLE_LABEL['safeguarding-partner']],
    };
  }
  const outstanding = partners.filter((p) => !isApproved(p)).map((p) => p.member.displayName);
  return outstanding.length === 0 ? null : approvalsIncomplete(outstanding);
}

export function executivesRefusal(g: Governance, content: PlanSnapshot, facts?: ContentFacts): WorkflowError | null {
  const outstanding = executiveStatus(g, content, facts)
    .filter((e) => !isApproved(e))
    .map((e) => ROLE_LABEL[e.role]);
  return outstanding.length === 0 ? null : approvalsIncomplete(outstanding);
}

type CollectedRefusal = (g: Governance, content: PlanSnapshot, facts?: ContentFacts) => WorkflowError | null;

const COLLECTED: Record<NonNullable<StageKindRules['collects']>, CollectedRefusal> = {
  qa: qaRefusal,
  partners: partnersRefusal,
  executives: executivesRefusal,
};

/** Whether the sign-offs a stage collects are all in, for the content as it is now. */
export function completionRefusal(
  kind: StageKind,
  g: Governance,
  content: PlanSnapshot,
  facts?: ContentFacts,
): WorkflowError | null {
  const collects = STAGE_KIND_RULES[kind].collects;
  return collects ? COLLECTED[collects](g, content, facts) : null;
}

type LeaveRule = (
  from: StageConfig,
  g: Governance,
  content: PlanSnapshot,
  note: string,
  facts?: ContentFacts,
) => WorkflowError | null;

const signOffsIn: LeaveRule = (from, g, content, _note, facts) => completionRefusal(from.kind, g, content, facts);

/** What must be true before a plan admin moves the plan on from a stage of each kind. */
const LEAVE_RULES: Record<StageKind, LeaveRule> = {
  drafting: (_from, _g, content, _note, facts) =>
    (facts ? facts.withActions.length : content.actions.length) === 0
      ? refusal('WORKFLOW.NO_ACTIONS', 'Partners have not added any actions yet.')
      : null,
  'agency-qa': signOffsIn,
  collation: signOffsIn,
  review: signOffsIn,
  amendments: signOffsIn,
  'partnership-approval': signOffsIn,
  'executive-sign-off': signOffsIn,
  meeting: (from, _g, _content, note) =>
    note.trim()
      ? null
      : refusal('WORKFLOW.NOTE_REQUIRED', `Record what ${from.label} decided, e.g. the date and minute reference.`),
  submission: () => refusal('WORKFLOW.NOT_SUBMITTED', 'Record the submission to Ofsted to move on to monitoring.'),
  monitoring: () => refusal('WORKFLOW.WRONG_STAGE', 'Close the plan when delivery is complete.'),
  closed: () => refusal('WORKFLOW.WRONG_STAGE', 'The plan is closed.'),
};

/** What must be true before the admin moves the plan on from `from`. */
export const leaveRefusal: LeaveRule = (from, g, content, note, facts) =>
  LEAVE_RULES[from.kind](from, g, content, note, facts);

export const openComments = (g: Governance) => {
  const resolved = new Set(g.resolutions.map((r) => r.commentId));
  return g.comments.filter((c) => !resolved.has(c.id));
};

/** Nobody is asked to approve a draft while comments on it are still open. */
export function enterRefusal(to: StageConfig, g: Governance): WorkflowError | null {
  if (!rulesOf(to).asksForSignature) return null;
  const open = openComments(g).length;
  if (open === 0) return null;
  return refusal(
    'WORKFLOW.COMMENTS_OPEN',
    `${open === 1 ? '1 review comment is' : `${open} review comments are`} still open; resolve them before ${to.label}.`,
  );
}
