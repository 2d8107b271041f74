import { isAgencyKey } from '../../../domain/agency';
import type { PlanId, SignOffId, UserId } from '../../../domain/ids';
import { isRole } from '../../../domain/member';
import type { SignOff, SignOffDecision } from '../../../domain/sign-off';
import { isStageKey } from '../../../domain/stage';
import type { FieldValues, ItemFields } from '../list-item';
import { readDateTime, readGuarded, readText, textOrEmpty } from './field-readers';
import { UNKNOWN_INSTANT } from './progress-update.mapper';

const isDecision = (value: unknown): value is SignOffDecision => value === 'approve' || value === 'return';

export function signOffToFields(signOff: SignOff): FieldValues {
  return {
    Title: signOff.id,
    PlanId: signOff.planId,
    Stage: signOff.stage,
    UserId: signOff.userId,
    SignerName: signOff.name,
    Role: signOff.role,
    Agency: textOrEmpty(signOff.agency),
    At: signOff.at,
    Decision: signOff.decision,
    Comment: signOff.comment,
    ContentHash: signOff.contentHash,
  };
}

export function signOffFromFields(fields: ItemFields): SignOff {
  return {
    id: readText(fields, 'Title') as SignOffId,
    planId: readText(fields, 'PlanId') as PlanId,
    stage: readGuarded(fields, 'Stage', isStageKey, 'drafting'),
    userId: readText(fields, 'UserId') as UserId,
    name: readText(fields, 'SignerName'),
    role: readGuarded(fields, 'Role', isRole, 'reader'),
    agency: readGuarded(fields, 'Agency', isAgencyKey, null),
    at: readDateTime(fields, 'At') ?? UNKNOWN_INSTANT,
    // A decision that cannot be read must never count as an approval.
    decision: readGuarded(fields, 'Decision', isDecision, 'return'),
    comment: readText(fields, 'Comment'),
    contentHash: readText(fields, 'ContentHash'),
  };
}
