import { ROLE_LABEL, isRole } from '../../domain/member';
import { SIGN_OFF_COLUMNS, UPDATE_COLUMNS } from './schema-columns';
import { checkSignOffAgainstGovernance } from './governance-rules';
import type { PlanFacts } from './plan-facts';
import { allow, deny, textOf, type Verdict, type WriteAttempt } from './write-attempt';

const POSTING_ROLES = ['agency-owner', 'agency-qa-lead'];

/**
 * Progress is history: posted once, never edited, always in the poster's own name, by the
 * admins or by the owners and QA leads of the action's agency.
 */
export function checkUpdateWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  if (attempt.op !== 'create' || !attempt.after) return deny('Progress updates cannot be changed once posted.');
  const update = attempt.after;
  if (textOf(update, UPDATE_COLUMNS.authorId) !== attempt.callerId) {
    return deny("You cannot post a progress update in someone else's name.");
  }
  const planId = textOf(update, UPDATE_COLUMNS.planId);
  if (planId === null) return deny('A progress update must belong to a plan.');
  const agency = textOf(update, UPDATE_COLUMNS.agency);
  const actionId = textOf(update, UPDATE_COLUMNS.actionId);
  const actionAgency = actionId === null ? null : facts.actionAgency(planId, actionId);
  if (agency !== null && actionAgency !== null && agency !== actionAgency) {
    return deny(
      `This update is for ${facts.agencyLabel(planId, agency)} but the action belongs to ${facts.agencyLabel(planId, actionAgency)}.`,
    );
  }
  if (facts.isAdmin(planId, attempt.callerId)) return allow();
  const mayPost = facts
    .membershipsOf(planId, attempt.callerId)
    .some((m) => POSTING_ROLES.includes(m.role) && agency !== null && m.agency === agency);
  if (mayPost) return allow();
  if (agency === null) return deny('Only plan admins can post progress that names no agency.');
  return deny(
    `Only ${facts.agencyLabel(planId, agency)} owners, QA leads and plan admins can post progress on this action.`,
  );
}

/**
 * A sign-off is a permanent record, made by the signer in person, in a role they hold in the
 * plan, at a point of the workflow where that role signs, over the plan as it is stored.
 */
export function checkSignOffWrite(facts: PlanFacts, attempt: WriteAttempt): Verdict {
  if (attempt.op !== 'create' || !attempt.after) return deny('Sign-offs are a permanent record and cannot be changed.');
  const signOff = attempt.after;
  if (textOf(signOff, SIGN_OFF_COLUMNS.userId) !== attempt.callerId) return deny('You cannot sign as someone else.');
  const planId = textOf(signOff, SIGN_OFF_COLUMNS.planId) ?? '';
  const role = textOf(signOff, SIGN_OFF_COLUMNS.role) ?? '';
  const agency = textOf(signOff, SIGN_OFF_COLUMNS.agency);
  const holds = facts
    .membershipsOf(planId, attempt.callerId)
    .some((m) => m.role === role && (agency === null || m.agency === agency));
  if (holds) return checkSignOffAgainstGovernance(facts, attempt.callerId, signOff);
  const roleLabel = isRole(role) ? ROLE_LABEL[role] : role || 'no role';
  const forAgency = agency === null ? '' : ` for ${facts.agencyLabel(planId, agency)}`;
  return deny(`You cannot sign as ${roleLabel}${forAgency}: that is not your role in this plan.`);
}
