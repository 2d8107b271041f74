import { isAgencyKey } from '../../../domain/agency';
import type { MemberId, PlanId, UserId } from '../../../domain/ids';
import { isRole, type Member } from '../../../domain/member';
import type { FieldValues, ItemFields } from '../list-item';
import { entityCodec, type EntityCodec } from './entity-codec';
import { readGuarded, readText, textOrEmpty } from './field-readers';

export function memberToFields(member: Member): FieldValues {
  return {
    Title: member.id,
    PlanId: member.planId,
    UserId: member.userId,
    DisplayName: member.displayName,
    Email: member.email,
    JobTitle: member.jobTitle,
    Role: member.role,
    Agency: textOrEmpty(member.agency),
    Removed: false,
  };
}

export function memberFromFields(fields: ItemFields): Member {
  return {
    id: readText(fields, 'Title') as MemberId,
    planId: readText(fields, 'PlanId') as PlanId,
    userId: readText(fields, 'UserId') as UserId,
    displayName: readText(fields, 'DisplayName'),
    email: readText(fields, 'Email'),
    jobTitle: readText(fields, 'JobTitle'),
    // An unreadable role grants the least: the person still appears, as a reader.
    role: readGuarded(fields, 'Role', isRole, 'reader'),
    agency: readGuarded(fields, 'Agency', isAgencyKey, null),
  };
}

export const memberCodec: EntityCodec<Member> = entityCodec('members', memberToFields, memberFromFields);
