import { describe, expect, it } from 'vitest';
import { STAGE_KEYS } from '../../../src/domain/workflow/stage-vocabulary';
import { contentHash } from '../../../src/domain/workflow/content-hash';
import { initialGovernance, type Governance } from '../../../src/domain/workflow/governance';
import { DEFAULT_CHAIN, builtInStageOf, type StageChain } from '../../../src/domain/workflow/stage-chain';
import { customStageKey } from '../../../src/domain/workflow/stage-vocabulary';
import {
  CONTENT,
  HAPPY_PATH,
  NOW,
  PARTNERS,
  PLAN_ID,
  apply,
  executiveApprove,
  governanceAt,
  must,
  mustApply,
  partnerApprove,
  people,
  refused,
} from './workflow-fixtures';

const stagesVisited = (g: Governance) => [
  'drafting',
  ...g.audit.flatMap((e) => (e.kind === 'stage-changed' ? [e.to] : [])),
];

describe('the default chain, from drafting to closed', () => {
  const start = initialGovernance(PLAN_ID);
  const end = HAPPY_PATH().reduce((g, [event, actor]) => mustApply(g, event, actor), start);

  it('starts at drafting with the Haringey chain and the DCS as principal', () => {
    expect(start.stage).toBe('drafting');
    expect(start.chain.map((s) => s.key)).toEqual([...STAGE_KEYS]);
    expect(start.principal).toEqual({ kind: 'role', role: 'plan-admin' });
  });

  it('visits every stage in order', () => {
    expect(stagesVisited(end)).toEqual([...STAGE_KEYS]);
    expect(end.stage).toBe('closed');
  });

  it('moves on by itself when the last signature a stage waits for is given', () => {
    const causes = end.audit.flatMap((e) => (e.kind === 'stage-changed' ? [`${e.from}→${e.to}:${e.cause}`] : []));
    expect(causes).toEqual([
      'drafting→agency-qa:advanced',
      'agency-qa→collation:completed',
      'collation→partnership-review:advanced',
      'partnership-review→amendments:advanced',
      'amendments→partnership-approval:advanced',
      'partnership-approval→executive-sign-off:completed',
      'executive-sign-off→submitted:completed',
      'submitted→monitoring:submitted',
      'monitoring→closed:closed',
    ]);
  });

  it('keeps every sign-off with who, role, when, decision and the hash signed', () => {
    expect(end.signOffs).toHaveLength(8);
    const leadMember = end.signOffs.find((s) => s.role === 'lead-member');
    expect(leadMember).toMatchObject({
      stage: 'executive-sign-off',
      userId: people.leadMember.userId,
      name: 'Cllr Lee Ward',
      at: NOW,
      decision: 'approve',
      agency: null,
      contentHash: contentHash(CONTENT),
    });
    expect(end.signOffs.filter((s) => s.stage === 'agency-qa').map((s) => s.agency)).toEqual([
      'police',
      'health',
      'childrens-social-care',
    ]);
  });

  it('records the submission and keeps the content behind every signed hash', () => {
    expect(end.submission).toMatchObject({ date: '2018-04-10', documentRef: 'Haringey-WSoA-v3.docx' });
    const hashes = new Set(end.signOffs.map((s) => s.contentHash));
    expect(new Set(end.signedContent.map((c) => c.hash))).toEqual(hashes);
  });

  it('gives every record a unique id derived from the entry that made it, and never changes the input', () => {
    const ids = [...end.audit.map((e) => e.id), ...end.signOffs.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(end.signOffs.every((s) => /^sig-[A-Za-z0-9-]+-\d+$/.test(s.id))).toBe(true);
    expect(start.audit).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(end))).toEqual(end);
  });

  it('returns the audit events each transition added', () => {
    const g = governanceAt('partnership-approval');
    const result = must(apply(g, partnerApprove(), people.councilPartner));
    expect(result.emitted.map((e) => e.kind)).toEqual(['signed-off']);
    expect(result.governance.audit.slice(-1)).toEqual(result.emitted);
  });
});

const withCabinet = (chain: StageChain): StageChain => {
  const i = chain.findIndex((s) => s.key === 'executive-sign-off');
  const cabinet = { key: customStageKey('Cabinet'), label: 'Cabinet', kind: 'meeting' as const, skipped: false };
  return [...chain.slice(0, i + 1), cabinet, ...chain.slice(i + 1)].map((s) =>
    s.key === 'amendments' ? { ...s, skipped: true } : s,
  );
};

describe('a custom chain: Cabinet added, Amendments skipped', () => {
  const chain = withCabinet(DEFAULT_CHAIN);
  const edited = must(apply(initialGovernance(PLAN_ID), { type: 'edit-chain', chain }, people.dcs));

  it('records the edit in words', () => {
    expect(edited.emitted).toHaveLength(1);
    expect(edited.emitted[0]).toMatchObject({
      kind: 'chain-edited',
      changes: ['Skipped Amendments', 'Added Cabinet after Lead Member and Chief Executive sign-off'],
    });
  });

  it('goes from review straight to approval, and through Cabinet before submission', () => {
    let g = governanceAt('partnership-review', CONTENT, edited.governance);
    g = mustApply(g, { type: 'advance', note: '' }, people.dcs);
    expect(g.stage).toBe('partnership-approval');
    for (const partner of PARTNERS) g = mustApply(g, partnerApprove(), partner);
    g = mustApply(g, executiveApprove(), people.leadMember);
    g = mustApply(g, executiveApprove(), people.chiefExecutive);
    expect(g.stage).toBe('custom-cabinet');
    expect(builtInStageOf(g.chain, g.stage)).toBe('executive-sign-off');
    expect(refused(apply(g, { type: 'advance', note: ' ' }, people.dcs)).code).toBe('WORKFLOW.NOTE_REQUIRED');
    g = mustApply(g, { type: 'advance', note: 'Cabinet approved, 24 April 2018, minute 12' }, people.dcs);
    expect(g.stage).toBe('submitted');
    expect(g.audit.at(-1)?.summary).toBe(
      'Moved from Cabinet to Ready to submit: Cabinet approved, 24 April 2018, minute 12',
    );
  });

  it('cannot return to a skipped stage', () => {
    const g = governanceAt('partnership-approval', CONTENT, edited.governance);
    expect(refused(apply(g, { type: 'return-to', stage: 'amendments', reason: 'x' }, people.dcs)).code).toBe(
      'WORKFLOW.UNKNOWN_STAGE',
    );
  });

  it('ignores an edit that changes nothing', () => {
    const again = must(apply(edited.governance, { type: 'edit-chain', chain }, people.dcs));
    expect(again.emitted).toEqual([]);
  });
});

describe('editing the chain', () => {
  const g = initialGovernance(PLAN_ID);
  const skip = (key: string) => DEFAULT_CHAIN.map((s) => (s.key === key ? { ...s, skipped: true } : s));
  const cabinet = { key: customStageKey('Cabinet'), label: 'Cabinet', kind: 'meeting' as const, skipped: false };

  it.each<[string, StageChain, string]>([
    [
      'a standard stage removed',
      DEFAULT_CHAIN.filter((s) => s.key !== 'amendments'),
      /standard stages must all stay/.source,
    ],
    [
      'standard stages reordered',
      [DEFAULT_CHAIN[1]!, DEFAULT_CHAIN[0]!, ...DEFAULT_CHAIN.slice(2)],
      /usual order/.source,
    ],
    ['submission skipped', skip('submitted'), /Ready to submit cannot be skipped/.source],
    ['drafting skipped', skip('drafting'), /cannot be skipped/.source],
    ['a stage twice', [...DEFAULT_CHAIN, DEFAULT_CHAIN[3]!], /only once/.source],
    ['a stage with no name', DEFAULT_CHAIN.map((s, i) => (i === 2 ? { ...s, label: ' ' } : s)), /needs a name/.source],
    [
      'a standard stage given another kind',
      DEFAULT_CHAIN.map((s, i) => (i === 2 ? { ...s, kind: 'meeting' as const } : s)),
      /kind of stage/.source,
    ],
    [
      'an added stage after submission',
      [...DEFAULT_CHAIN.slice(0, 8), cabinet, ...DEFAULT_CHAIN.slice(8)],
      /before submission/.source,
    ],
    [
      'an added stage with a bad key',
      [DEFAULT_CHAIN[0]!, { ...cabinet, key: 'custom-Cab inet' as `custom-${string}` }, ...DEFAULT_CHAIN.slice(1)],
      /not a valid key/.source,
    ],
    [
      'an added stage that signs',
      [DEFAULT_CHAIN[0]!, { ...cabinet, kind: 'partnership-approval' as const }, ...DEFAULT_CHAIN.slice(1)],
      /meeting that decides/.source,
    ],
  ])('refuses %s', (_name, chain, message) => {
    const error = refused(apply(g, { type: 'edit-chain', chain }, people.dcs));
    expect(error.code).toBe('WORKFLOW.INVALID_CHAIN');
    expect(error.message).toMatch(new RegExp(message));
  });

  it('refuses to rewrite stages the plan has passed, or skip the one it is at', () => {
    const atReview = governanceAt('partnership-review');
    expect(refused(apply(atReview, { type: 'edit-chain', chain: skip('agency-qa') }, people.dcs)).message).toMatch(
      /already passed/,
    );
    expect(
      refused(apply(atReview, { type: 'edit-chain', chain: skip('partnership-review') }, people.dcs)).message,
    ).toMatch(/stage the plan is at/);
    expect(
      must(apply(atReview, { type: 'edit-chain', chain: skip('amendments') }, people.dcs)).governance.chain[4]?.skipped,
    ).toBe(true);
  });

  it('is for the DCS’s team only, and only before submission', () => {
    expect(refused(apply(g, { type: 'edit-chain', chain: skip('amendments') }, people.councilPartner)).code).toBe(
      'WORKFLOW.NOT_PERMITTED',
    );
    expect(
      must(apply(g, { type: 'edit-chain', chain: skip('amendments') }, people.improvementLead)).emitted,
    ).toHaveLength(1);
    const monitoring = governanceAt('monitoring');
    expect(refused(apply(monitoring, { type: 'edit-chain', chain: skip('amendments') }, people.dcs)).code).toBe(
      'WORKFLOW.ALREADY_SUBMITTED',
    );
  });

  it('makes keys for added stages from their names', () => {
    expect(customStageKey('Scrutiny Committee (April)')).toBe('custom-scrutiny-committee-april');
    expect(customStageKey('!!!')).toBe('custom-stage');
  });
});
