import type { AgencyKey } from '../agency';
import type { MemberId, UserId } from '../ids';
import type { Member, Role } from '../member';

/** Who did something, frozen as they were at the time (a later change of role does not rewrite history). */
export interface ActorRef {
  readonly memberId: MemberId;
  readonly userId: UserId;
  readonly name: string;
  readonly role: Role;
  readonly agency: AgencyKey | null;
}

export const actorRef = (member: Member): ActorRef => ({
  memberId: member.id,
  userId: member.userId,
  name: member.displayName,
  role: member.role,
  agency: member.agency,
});

const ADMIN_ROLES: readonly Role[] = ['plan-admin', 'improvement-lead'];

export const isAdminRole = (role: Role): boolean => ADMIN_ROLES.includes(role);

/** Who submits the written statement: a role (the DCS's by default) or one named member. */
export type Principal =
  { readonly kind: 'role'; readonly role: Role } | { readonly kind: 'member'; readonly memberId: MemberId };

export const DEFAULT_PRINCIPAL: Principal = { kind: 'role', role: 'plan-admin' };

export const isPrincipal = (member: Member, principal: Principal): boolean =>
  principal.kind === 'role' ? member.role === principal.role : member.id === principal.memberId;
