import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/domain/member';
import { STAGE_KEYS, type StageKey } from '../../../src/domain/workflow/stage-vocabulary';
import { contentHash, contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { CONTENT, apply, governanceAt, people } from './workflow-fixtures';

const SIGNERS: Record<string, Member> = {
  'plan admin': people.dcs,
  'improvement lead': people.improvementLead,
  'police owner': people.policeOwner,
  'police QA lead': people.policeQa,
  'health QA lead': people.healthQa,
  'safeguarding partner': people.councilPartner,
  'Lead Member': people.leadMember,
  'Chief Executive': people.chiefExecutive,
  reader: people.reader,
};

const plan = contentHash(CONTENT);
const police = contentHashForAgency(CONTENT, 'police');
const comment = 'Needs a measurable target';

type Signer = keyof typeof SIGNERS;
interface SignCase {
  readonly event: WorkflowEvent;
  readonly may: readonly Signer[];
  readonly openAt: readonly StageKey[];
}

/** Agency QA stays open for re-approval until approval starts, where police QA has already approved. */
const QA_AFTER_ITS_STAGE: readonly StageKey[] = ['collation', 'partnership-review', 'amendments'];

const CASES: Record<string, SignCase> = {
  'qa-approve (police)': {
    event: { type: 'qa-approve', agency: 'police', comment: '', contentHash: police },
    may: ['police QA lead'],
    openAt: ['agency-qa'],
  },
  'qa-return (police)': {
    event: { type: 'qa-return', agency: 'police', comment, contentHash: police },
    may: ['police QA lead'],
    openAt: ['agency-qa'],
  },
  'partner-approve': {
    event: { type: 'partner-approve', comment: '', contentHash: plan },
    may: ['safeguarding partner'],
    openAt: ['partnership-approval'],
  },
  'partner-return': {
    event: { type: 'partner-return', comment, contentHash: plan },
    may: ['safeguarding partner'],
    openAt: ['partnership-approval'],
  },
  'executive-sign approve': {
    event: { type: 'executive-sign', decision: 'approve', comment: '', contentHash: plan },
    may: ['Lead Member', 'Chief Executive'],
    openAt: ['executive-sign-off'],
  },
  'executive-sign return': {
    event: { type: 'executive-sign', decision: 'return', comment, contentHash: plan },
    may: ['Lead Member', 'Chief Executive'],
    openAt: ['executive-sign-off'],
  },
};

function expected(c: SignCase, signer: Signer, stage: StageKey, isQa: boolean): string {
  if (!c.may.includes(signer)) return 'WORKFLOW.NOT_PERMITTED';
  if (c.openAt.includes(stage)) return 'ok';
  if (isQa && QA_AFTER_ITS_STAGE.includes(stage)) return 'WORKFLOW.ALREADY_SIGNED';
  return 'WORKFLOW.WRONG_STAGE';
}

const GOVERNANCE_AT = new Map(STAGE_KEYS.map((stage) => [stage, governanceAt(stage)]));

describe.each(Object.entries(CASES))('%s', (name, c) => {
  const rows = STAGE_KEYS.flatMap((stage) =>
    Object.keys(SIGNERS).map((signer) => [signer, stage, expected(c, signer, stage, name.startsWith('qa'))] as const),
  );
  it.each(rows)('by the %s at %s → %s', (signer, stage, outcome) => {
    const result = apply(GOVERNANCE_AT.get(stage)!, c.event, SIGNERS[signer]!);
    expect(result.ok ? 'ok' : result.error.code).toBe(outcome);
  });
});
