import type { AgencyKey } from '../agency';
import type { SignOffId } from '../ids';
import type { Member, Role } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import type { SignOff } from '../sign-off';
import type { StageKey } from './stage-vocabulary';
import type { ContentScope } from './canonical-content';
import { canonicalContentInScope } from './content-hash';
import { contentFacts, factsHash, type ContentFacts } from './content-facts';
import { changesSince, type ContentChanges } from './changes-since';
import type { Governance } from './governance';

/** Where one signer (an agency, a partner, an executive role) stands on the content as it is now. */
export type SlotState = 'awaiting' | 'approved' | 'returned' | 'changed-since-approval';

export interface SlotStatus {
  readonly state: SlotState;
  /** The latest decision in this slot, superseded or not; null before anyone has decided. */
  readonly latest: SignOff | null;
}

export const EXECUTIVE_ROLES: readonly Role[] = ['lead-member', 'chief-executive'];

export const supersededIds = (g: Governance): ReadonlySet<SignOffId> =>
  new Set(g.supersessions.map((s) => s.signOffId));

/** A QA sign-off binds to its agency's actions; every other sign-off to the whole plan. */
export const signOffScope = (signOff: SignOff): ContentScope =>
  signOff.stage === 'agency-qa' && signOff.agency !== null
    ? { kind: 'agency', agency: signOff.agency }
    : { kind: 'plan' };

export function slotStatus(
  latest: SignOff | null,
  superseded: ReadonlySet<SignOffId>,
  currentHash: string,
): SlotStatus {
  if (latest === null) return { state: 'awaiting', latest };
  // A return that the content has since moved past has been answered: the slot waits again.
  const stillBinds = !superseded.has(latest.id) && latest.contentHash === currentHash;
  if (!stillBinds) return { state: latest.decision === 'approve' ? 'changed-since-approval' : 'awaiting', latest };
  return { state: latest.decision === 'approve' ? 'approved' : 'returned', latest };
}

const latestWhere = (g: Governance, match: (s: SignOff) => boolean): SignOff | null =>
  g.signOffs.findLast(match) ?? null;

export const qaSlot = (stage: StageKey, agency: AgencyKey) => (s: SignOff) => s.stage === stage && s.agency === agency;
export const partnerSlot = (member: Pick<Member, 'userId'>) => (s: SignOff) =>
  s.stage === 'partnership-approval' && s.role === 'safeguarding-partner' && s.userId === member.userId;
export const executiveSlot = (role: Role) => (s: SignOff) => s.stage === 'executive-sign-off' && s.role === role;

export interface AgencyQaStatus extends SlotStatus {
  readonly agency: AgencyKey;
}

/**
 * Each agency that leads actions, and whether its QA lead has approved them as they are now (or,
 * given `facts`, as they were at that moment).
 */
export function qaStatus(g: Governance, content: PlanSnapshot, facts = contentFacts(content)): AgencyQaStatus[] {
  const superseded = supersededIds(g);
  return facts.withActions.map((agency) => ({
    agency,
    ...slotStatus(
      latestWhere(g, qaSlot('agency-qa', agency)),
      superseded,
      factsHash(facts, { kind: 'agency', agency }),
    ),
  }));
}

export interface PartnerStatus extends SlotStatus {
  readonly member: Member;
}

export function partnerStatus(g: Governance, content: PlanSnapshot, facts?: ContentFacts): PartnerStatus[] {
  const superseded = supersededIds(g);
  const hash = (facts ?? contentFacts(content)).plan;
  return content.members
    .filter((m) => m.role === 'safeguarding-partner')
    .map((member) => ({ member, ...slotStatus(latestWhere(g, partnerSlot(member)), superseded, hash) }));
}

export interface ExecutiveStatus extends SlotStatus {
  readonly role: Role;
}

export function executiveStatus(g: Governance, content: PlanSnapshot, facts?: ContentFacts): ExecutiveStatus[] {
  const superseded = supersededIds(g);
  const hash = (facts ?? contentFacts(content)).plan;
  return EXECUTIVE_ROLES.map((role) => ({
    role,
    ...slotStatus(latestWhere(g, executiveSlot(role)), superseded, hash),
  }));
}

export const isApproved = (status: SlotStatus): boolean => status.state === 'approved';

/**
 * "What changed since you signed": the content behind the sign-off's hash against the same
 * scope now. Null when that content was never kept, so no diff can honestly be shown.
 */
export function changesSinceSignOff(signOff: SignOff, g: Governance, current: PlanSnapshot): ContentChanges | null {
  const signed = g.signedContent.find((c) => c.hash === signOff.contentHash);
  if (!signed) return null;
  return changesSince(signed.content, canonicalContentInScope(current, signOffScope(signOff)));
}
