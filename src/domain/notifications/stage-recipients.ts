import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { isPrincipal } from '../workflow/actor';
import { mayQualityAssure } from '../workflow/agency-qa-signers';
import type { Governance } from '../workflow/governance';
import { executiveStatus, isApproved, partnerStatus, qaStatus } from '../workflow/sign-off-status';
import { stageOf, type StageConfig } from '../workflow/stage-chain';
import { rulesOf, type StageKindRules } from '../workflow/stage-kind-rules';

/** Whom a stage is waiting for, and what it asks of them. */
export interface StageCall {
  readonly stage: StageConfig;
  readonly recipients: readonly Member[];
  readonly ask: string;
}

const ASKS = {
  'agency-qa': 'Check your agency’s actions, then approve them or return them with a comment.',
  'partnership-approval': 'Review the plan, then approve it or return it saying what needs to change.',
  'executive-sign-off': 'Review the plan, then sign it off or return it saying what needs to change.',
  submission: 'Export the written statement, send it to Ofsted, then record the submission.',
} as const;

/** Who may assure each agency that leads actions and has not yet approved them as they are now. */
function qaLeadsAwaited(g: Governance, content: PlanSnapshot): Member[] {
  const awaited = new Set(
    qaStatus(g, content)
      .filter((s) => !isApproved(s))
      .map((s) => s.agency),
  );
  return content.members.filter((m) => [...awaited].some((a) => mayQualityAssure(m, a, g.partnershipQaRole)));
}

function executivesAwaited(g: Governance, content: PlanSnapshot): Member[] {
  const awaited = new Set(
    executiveStatus(g, content)
      .filter((s) => !isApproved(s))
      .map((s) => s.role),
  );
  return content.members.filter((m) => awaited.has(m.role));
}

type Awaited = (g: Governance, content: PlanSnapshot) => Member[];

const AWAITED: Record<NonNullable<StageKindRules['collects']>, Awaited> = {
  qa: qaLeadsAwaited,
  partners: (g, content) =>
    partnerStatus(g, content)
      .filter((p) => !isApproved(p))
      .map((p) => p.member),
  executives: executivesAwaited,
};

function recipientsAt(stage: StageConfig, g: Governance, content: PlanSnapshot): Member[] | null {
  const rules = rulesOf(stage);
  if (rules.collects) return AWAITED[rules.collects](g, content);
  if (rules.recordsSubmission) return content.members.filter((m) => isPrincipal(m, g.principal));
  return null;
}

/** One membership per person: someone with two roles is told once. */
function onePerPerson(members: readonly Member[]): Member[] {
  const byUser = new Map<string, Member>();
  for (const member of members) if (!byUser.has(member.userId)) byUser.set(member.userId, member);
  return [...byUser.values()];
}

/**
 * Who the plan's current stage waits for (QA leads, partners, the Lead Member and Chief
 * Executive, the principal who submits), or null at a stage that waits for no one in particular.
 */
export function whoStageNeeds(g: Governance, content: PlanSnapshot): StageCall | null {
  const stage = stageOf(g.chain, g.stage);
  if (!stage) return null;
  const recipients = recipientsAt(stage, g, content);
  if (recipients === null || !(stage.kind in ASKS)) return null;
  return { stage, recipients: onePerPerson(recipients), ask: ASKS[stage.kind as keyof typeof ASKS] };
}
