import type { Agency, AgencyKey } from '../agency';
import type { UserId } from '../ids';
import type { Member, Role } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import type { SignOff } from '../sign-off';
import type { StageKey } from '../workflow/stage-vocabulary';
import { stageOf, type StageChain } from '../workflow/stage-chain';
import { agencyRoleWords, statutoryPartners } from './statement-names';

/** The stages whose signatures the statement carries: the partners' approval and the executives'. */
export type SignatureStage = Extract<StageKey, 'partnership-approval' | 'executive-sign-off'>;

/** Someone whose signature the statement needs, named when the plan knows who holds the role. */
export interface ExpectedSigner {
  readonly stage: SignatureStage;
  readonly role: Role;
  /** The role in plain words: `Chief Executive`, `Safeguarding partner (police)`. */
  readonly description: string;
  readonly name: string | null;
  readonly jobTitle: string | null;
  readonly userId: UserId | null;
}

const EXECUTIVES: readonly Role[] = ['lead-member', 'chief-executive'];

/** A role in the words a reader outside the app uses, with the agency where one is involved. */
export function signerDescription(role: Role, agency: AgencyKey | null, agencies: readonly Agency[]): string {
  const of = (words: string) => (agency ? `${words} (${agencyRoleWords(agencies, agency)})` : words);
  switch (role) {
    case 'lead-member':
      return "Lead Member for Children's Services";
    case 'chief-executive':
      return 'Chief Executive';
    case 'plan-admin':
      return "Director of Children's Services";
    case 'safeguarding-partner':
      return of('Safeguarding partner');
    case 'agency-qa-lead':
      return of('Quality assurance lead');
    case 'agency-owner':
      return of('Lead officer');
    case 'improvement-lead':
      return 'Leads the improvement programme';
    case 'reader':
      return of('Partner');
  }
}

const active = (chain: StageChain, key: SignatureStage): boolean => {
  const stage = stageOf(chain, key);
  return stage !== null && !stage.skipped;
};

const fromMember = (stage: SignatureStage, m: Member, agencies: readonly Agency[]): ExpectedSigner => ({
  stage,
  role: m.role,
  description: signerDescription(m.role, m.agency, agencies),
  name: m.displayName,
  jobTitle: m.jobTitle.trim() || null,
  userId: m.userId,
});

const unnamed = (stage: SignatureStage, role: Role, agency: AgencyKey | null, agencies: readonly Agency[]) => ({
  stage,
  role,
  description: signerDescription(role, agency, agencies),
  name: null,
  jobTitle: null,
  userId: null,
});

function partnerSigners(snapshot: PlanSnapshot): ExpectedSigner[] {
  const { agencies } = snapshot.plan;
  const partners = snapshot.members.filter((m) => m.role === 'safeguarding-partner');
  const statutory = statutoryPartners(agencies);
  const rank = (m: Member) => {
    const i = statutory.findIndex((p) => p.key === m.agency);
    return i < 0 ? statutory.length : i;
  };
  const named = [...partners]
    .sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, 'en-GB'))
    .map((m) => fromMember('partnership-approval', m, agencies));
  const missing = statutory
    .filter((p) => !partners.some((m) => m.agency === p.key))
    .map((p) => unnamed('partnership-approval', 'safeguarding-partner', p.key, agencies));
  return [...named, ...missing];
}

function executiveSigners(snapshot: PlanSnapshot): ExpectedSigner[] {
  const { agencies } = snapshot.plan;
  return EXECUTIVES.flatMap((role) => {
    const holders = snapshot.members.filter((m) => m.role === role);
    if (holders.length === 0) return [unnamed('executive-sign-off', role, null, agencies)];
    return holders.map((m) => fromMember('executive-sign-off', m, agencies));
  });
}

/**
 * Everyone whose signature the statement needs under the plan's chain: each safeguarding partner
 * (and, unnamed, any statutory partner the plan has no member for) when the partners approve it,
 * then the Lead Member and the Chief Executive when they sign it off.
 */
export function expectedSigners(snapshot: PlanSnapshot, chain: StageChain): ExpectedSigner[] {
  return [
    ...(active(chain, 'partnership-approval') ? partnerSigners(snapshot) : []),
    ...(active(chain, 'executive-sign-off') ? executiveSigners(snapshot) : []),
  ];
}

/** The latest of the given sign-offs that this signer made, or null. */
export function signOffOf(signer: ExpectedSigner, signOffs: readonly SignOff[]): SignOff | null {
  const theirs = signOffs.filter((s) =>
    signer.stage === 'executive-sign-off'
      ? s.stage === 'executive-sign-off' && s.role === signer.role
      : s.stage === 'partnership-approval' && signer.userId !== null && s.userId === signer.userId,
  );
  return theirs.reduce<SignOff | null>((latest, s) => (latest && latest.at >= s.at ? latest : s), null);
}

/**
 * Plain descriptions of the signatures still missing (no approval among `signOffs`), e.g.
 * "Chief Executive"; the name is added where two signers share a description.
 */
export function outstandingSigners(snapshot: PlanSnapshot, chain: StageChain, signOffs: readonly SignOff[]): string[] {
  const signers = expectedSigners(snapshot, chain);
  const shared = (d: string) => signers.filter((s) => s.description === d).length > 1;
  return signers
    .filter((s) => signOffOf(s, signOffs)?.decision !== 'approve')
    .map((s) => (s.name && shared(s.description) ? `${s.description} (${s.name})` : s.description));
}
