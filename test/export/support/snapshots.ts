import type { Action } from '../../../src/domain/action';
import { isoDate, type IsoDate, type IsoDateTime } from '../../../src/domain/dates';
import type { Finding } from '../../../src/domain/finding';
import type { ActionId, FindingId, SignOffId, UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import type { SignOff } from '../../../src/domain/sign-off';
import { DEMO_PERSONAS } from '../../../src/emulator/seed/demo-directory';
import {
  HARINGEY_ACTIONS,
  HARINGEY_FINDINGS,
  HARINGEY_PLAN,
  HARINGEY_PLAN_ID,
  haringeyMemberId,
} from '../../../src/emulator/seed/haringey-2018';
import type { SubmissionOptions } from '../../../src/export/submission-model.types';
import { DEFAULT_CHAIN } from '../../../src/domain/workflow/stage-chain';

export const HARINGEY_MEMBERS: readonly Member[] = DEMO_PERSONAS.map((p) => ({
  id: haringeyMemberId(p.id),
  planId: HARINGEY_PLAN_ID,
  userId: p.id,
  displayName: p.displayName,
  email: p.email,
  jobTitle: p.jobTitle,
  role: p.role,
  agency: p.agency,
}));

export const SPECIAL_TEXT = 'Children & young people <script>alert("x")</script> say "it\'s" > 5';

/**
 * The Haringey seed, with what the seed lacks: a priority action ahead of the improvements, a
 * strength, sub-items, a letter sub-heading, milestones, evidence and markup-like text.
 */
export function haringeySnapshot(): PlanSnapshot {
  const priority: Finding = {
    id: 'fnd-haringey-p1' as FindingId,
    planId: HARINGEY_PLAN_ID,
    type: 'priority-action',
    text: SPECIAL_TEXT,
    subItems: ['First sub-point', 'Second − sub-point'],
    heading: 'Health',
    agencies: ['health'],
    order: -1,
  };
  const strength: Finding = {
    ...priority,
    id: 'fnd-haringey-s1' as FindingId,
    type: 'strength',
    text: 'Schools value the advice line.',
    subItems: [],
    heading: null,
    order: 99,
  };
  const extra: Action = {
    ...HARINGEY_ACTIONS[0]!,
    id: 'act-haringey-p1' as ActionId,
    findingId: priority.id,
    title: 'Audit <every> health referral & report',
    leadAgency: 'health',
    contributingAgencies: ['police', 'childrens-social-care'],
    sponsoringDirector: 'Director of Nursing',
    milestones: [{ title: 'Audit tool agreed', due: isoDate('2018-03-01'), done: true }],
    measuredBy: 'Monthly audit',
    evidence: [{ title: 'Audit report', url: 'https://example.gov.uk/audit?a=1&b=2' }],
    updatedAt: '2018-03-05T14:30:00.000Z' as IsoDateTime,
    updatedBy: 'u-health-owner' as UserId,
  };
  return {
    plan: HARINGEY_PLAN,
    findings: [...HARINGEY_FINDINGS, priority, strength],
    actions: [...HARINGEY_ACTIONS, extra],
    updates: [],
    members: HARINGEY_MEMBERS,
    signOffs: [],
  };
}

/** A content hash as a sign-off carries one: 64 hex characters, distinct per signer. */
export const hashFor = (n: number): string => `${String(n).repeat(12).slice(0, 12)}${'ab'.repeat(26)}`;

export function aSignOff(n: number, name: string, role: SignOff['role'], at: string): SignOff {
  return {
    id: `sig-${n}` as SignOffId,
    planId: HARINGEY_PLAN_ID,
    stage: role === 'lead-member' || role === 'chief-executive' ? 'executive-sign-off' : 'partnership-approval',
    userId: `u-${n}` as UserId,
    name,
    role,
    agency: null,
    at: at as IsoDateTime,
    decision: 'approve',
    comment: '',
    contentHash: hashFor(n),
  };
}

/** The Chief Executive's and the Lead Member's sign-offs, made by the demo people who hold those roles. */
export const SIGN_OFFS: readonly SignOff[] = [
  {
    ...aSignOff(2, 'Robert Lang', 'chief-executive', '2018-05-09T16:00:00.000Z'),
    userId: 'u-chief-executive' as UserId,
  },
  {
    ...aSignOff(1, 'Cllr Grace Adeyemi', 'lead-member', '2018-05-08T10:00:00.000Z'),
    userId: 'u-lead-member' as UserId,
  },
];

export function options(overrides: Partial<SubmissionOptions> = {}): SubmissionOptions {
  return {
    generatedAt: '2018-05-10T09:30:00.000Z' as IsoDateTime,
    final: false,
    signOffs: SIGN_OFFS,
    today: '2018-05-10' as IsoDate,
    chain: DEFAULT_CHAIN,
    ...overrides,
  };
}
