import type { Member, Role } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import type { SignOff } from '../sign-off';
import { contentFacts, type ContentFacts } from './content-facts';
import type { Governance } from './governance';
import { EXECUTIVE_ROLES, executiveSlot, partnerSlot, slotStatus, supersededIds } from './sign-off-status';

/** The parts of a member that decide whether they are asked to sign. */
export type Signer = Pick<Member, 'userId' | 'role'>;

/** The stages at which a person signs the whole plan (agency QA signs one agency's actions). */
export type PlanSigningStage = 'partnership-approval' | 'executive-sign-off';

/** A signature the plan is waiting for from one person, now. */
export interface SignatureRequest {
  readonly stage: PlanSigningStage;
  /** The role they sign in. */
  readonly role: Role;
  /** The content they are asked to approve: the hash their sign-off will carry. */
  readonly contentHash: string;
  /** The latest decision in their place at this stage, on whatever content; null if none yet. */
  readonly previous: SignOff | null;
}

function signingStageOf(g: Governance, me: Signer): PlanSigningStage | null {
  if (g.stage === 'partnership-approval' && me.role === 'safeguarding-partner') return 'partnership-approval';
  if (g.stage === 'executive-sign-off' && EXECUTIVE_ROLES.includes(me.role)) return 'executive-sign-off';
  return null;
}

/**
 * Whether `me` is asked to sign now: a safeguarding partner at partnership approval, or the Lead
 * Member or Chief Executive at executive sign-off, whose place has no approval of the content as
 * it is now. Null for everyone else, and once they (or, for an executive role, anyone in it) have.
 */
export function signatureRequest(
  g: Governance,
  content: PlanSnapshot,
  me: Signer | null,
  facts?: ContentFacts,
): SignatureRequest | null {
  if (!me) return null;
  const stage = signingStageOf(g, me);
  if (!stage) return null;
  // Hashing the plan is not free: only for someone who may be asked.
  const hash = (facts ?? contentFacts(content)).plan;
  const slot = stage === 'partnership-approval' ? partnerSlot(me) : executiveSlot(me.role);
  const previous = g.signOffs.findLast(slot) ?? null;
  if (slotStatus(previous, supersededIds(g), hash).state === 'approved') return null;
  return { stage, role: me.role, contentHash: hash, previous };
}
