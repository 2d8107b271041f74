import { agencyLabel } from '../agency';
import { ROLE_LABEL } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import type { ContentFacts } from './content-facts';
import type { Governance } from './governance';
import { executiveStatus, isApproved, partnerStatus, qaStatus } from './sign-off-status';
import type { StageConfig, StageKind } from './stage-chain';
import { approvalsIncomplete, qaIncomplete, refusal, type WorkflowError } from './workflow-error';

const APPROVAL_KINDS: readonly StageKind[] = ['partnership-approval', 'executive-sign-off'];

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

/** Whether the sign-offs a stage collects are all in, for the content as it is now. */
export function completionRefusal(
  kind: StageKind,
  g: Governance,
  content: PlanSnapshot,
  facts?: ContentFacts,
): WorkflowError | null {
  if (kind === 'agency-qa') return qaRefusal(g, content, facts);
  if (kind === 'partnership-approval') return partnersRefusal(g, content, facts);
  if (kind === 'executive-sign-off') return executivesRefusal(g, content, facts);
  return null;
}

/** What must be true before the admin moves the plan on from `from`. */
export function leaveRefusal(
  from: StageConfig,
  g: Governance,
  content: PlanSnapshot,
  note: string,
  facts?: ContentFacts,
): WorkflowError | null {
  switch (from.kind) {
    case 'drafting':
      return (facts ? facts.withActions.length : content.actions.length) === 0
        ? refusal('WORKFLOW.NO_ACTIONS', 'Partners have not added any actions yet.')
        : null;
    case 'meeting':
      return note.trim()
        ? null
        : refusal('WORKFLOW.NOTE_REQUIRED', `Record what ${from.label} decided, e.g. the date and minute reference.`);
    case 'submission':
      return refusal('WORKFLOW.NOT_SUBMITTED', 'Record the submission to Ofsted to move on to monitoring.');
    case 'monitoring':
      return refusal('WORKFLOW.WRONG_STAGE', 'Close the plan when delivery is complete.');
    case 'closed':
      return refusal('WORKFLOW.WRONG_STAGE', 'The plan is closed.');
    default:
      return completionRefusal(from.kind, g, content, facts);
  }
}

export const openComments = (g: Governance) => {
  const resolved = new Set(g.resolutions.map((r) => r.commentId));
  return g.comments.filter((c) => !resolved.has(c.id));
};

/** Nobody is asked to approve a draft while comments on it are still open. */
export function enterRefusal(to: StageConfig, g: Governance): WorkflowError | null {
  if (!APPROVAL_KINDS.includes(to.kind)) return null;
  const open = openComments(g).length;
  if (open === 0) return null;
  return refusal(
    'WORKFLOW.COMMENTS_OPEN',
    `${open === 1 ? '1 review comment is' : `${open} review comments are`} still open; resolve them before ${to.label}.`,
  );
}
