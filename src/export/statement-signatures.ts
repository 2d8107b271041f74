import { formatLongDate, londonDateOf } from '../domain/dates';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { SignOff, SignOffDecision } from '../domain/sign-off';
import { expectedSigners, signerDescription, signOffOf } from '../domain/statement/statement-signers';
import type { StageChain } from '../domain/workflow/stage-chain';
import type { SignatureLine } from './statement-model.types';

const DECISION_TEXT: Record<SignOffDecision, string> = {
  approve: 'Approved',
  return: 'Returned for amendment',
};

export const AWAITING_SIGNATURE = 'Awaiting signature';

/** The first 12 hex characters of a content hash: enough to tell versions apart, short enough to read. */
export const contentReference = (hash: string): string => hash.slice(0, 12);

export const signedOn = (signOff: Pick<SignOff, 'at'>): string => formatLongDate(londonDateOf(new Date(signOff.at)));

const latestFirst = (a: SignOff, b: SignOff) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** The signer's job title as the plan records it; none for someone no longer in the plan. */
const jobTitleOf = (snapshot: PlanSnapshot, signOff: SignOff): string | null =>
  snapshot.members.find((m) => m.userId === signOff.userId)?.jobTitle.trim() || null;

function signedLine(signOff: SignOff, role: string, jobTitle: string | null): SignatureLine {
  return {
    name: signOff.name,
    jobTitle,
    role,
    decision: signOff.decision,
    decisionText: DECISION_TEXT[signOff.decision],
    date: signedOn(signOff),
    contentReference: contentReference(signOff.contentHash),
  };
}

/** Whose signature a sign-off is: an executive role's, or one partner's. */
const slot = (s: SignOff): string => (s.stage === 'executive-sign-off' ? `exec:${s.role}` : `user:${s.userId}`);

/** One sign-off per signer: the latest each person (or executive role, or agency) gave. */
function latestPer(signOffs: readonly SignOff[], key: (s: SignOff) => string): SignOff[] {
  const seen = new Set<string>();
  return [...signOffs].sort(latestFirst).filter((s) => {
    const k = key(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The signature block: every signer the chain expects, with their latest decision among the
 * given (verified, current) sign-offs or "Awaiting signature"; then anyone else who signed at
 * those stages, such as a partner who has since left the plan.
 */
export function signatureLines(
  snapshot: PlanSnapshot,
  chain: StageChain,
  signOffs: readonly SignOff[],
): SignatureLine[] {
  const { members, plan } = snapshot;
  const expected = expectedSigners(snapshot, chain);
  const used = new Set<string>();
  const lines = expected.map((signer): SignatureLine => {
    const signOff = signOffOf(signer, signOffs);
    if (signOff) {
      used.add(slot(signOff));
      return signedLine(signOff, signer.description, jobTitleOf(snapshot, signOff));
    }
    return {
      name: signer.name,
      jobTitle: signer.jobTitle,
      role: signer.description,
      decision: null,
      decisionText: AWAITING_SIGNATURE,
      date: null,
      contentReference: null,
    };
  });
  const others = latestPer(
    signOffs.filter((s) => s.stage === 'partnership-approval' || s.stage === 'executive-sign-off'),
    slot,
  )
    .filter((s) => !used.has(slot(s)))
    .map((s) => {
      const member = members.find((m) => m.userId === s.userId);
      return signedLine(s, signerDescription(s.role, member?.agency ?? null, plan.agencies), jobTitleOf(snapshot, s));
    });
  return [...lines, ...others];
}

/** Each lead agency's assurance of its own actions: the latest quality assurance decision, in the plan's agency order. */
export function assuranceLines(snapshot: PlanSnapshot, signOffs: readonly SignOff[]): SignatureLine[] {
  const { agencies } = snapshot.plan;
  const order = (s: SignOff) => {
    const i = agencies.findIndex((a) => a.key === s.agency);
    return i < 0 ? agencies.length : i;
  };
  return latestPer(
    signOffs.filter((s) => s.stage === 'agency-qa'),
    (s) => s.agency ?? '',
  )
    .sort((a, b) => order(a) - order(b))
    .map((s) => {
      return signedLine(s, signerDescription('agency-qa-lead', s.agency, agencies), jobTitleOf(snapshot, s));
    });
}
