import { describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../../../src/domain/dates';
import type { UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { SignOff } from '../../../src/domain/sign-off';
import {
  expectedSigners,
  outstandingSigners,
  signerDescription,
  signOffOf,
} from '../../../src/domain/statement/statement-signers';
import { DEFAULT_AGENCIES } from '../../../src/domain/agency';
import { DEFAULT_CHAIN } from '../../../src/domain/workflow/stage-chain';
import { aSignOff, haringeySnapshot } from '../../export/support/snapshots';

const snapshot = haringeySnapshot();

describe('expectedSigners', () => {
  it('lists each safeguarding partner, then the Lead Member and the Chief Executive, in plain words', () => {
    const signers = expectedSigners(snapshot, DEFAULT_CHAIN);
    expect(signers.map((s) => [s.name, s.description])).toEqual([
      ['Catherine Ellis', 'Safeguarding partner (local authority)'],
      ['Ian Fletcher', 'Safeguarding partner (police)'],
      ['Nadia Rahman', 'Safeguarding partner (health)'],
      ['Cllr Grace Adeyemi', "Lead Member for Children's Services"],
      ['Robert Lang', 'Chief Executive'],
    ]);
  });

  it('keeps an unnamed line for a statutory partner or executive the plan has no member for', () => {
    const members = snapshot.members.filter((m) => m.userId !== 'u-partner-police' && m.role !== 'chief-executive');
    const signers = expectedSigners({ ...snapshot, members }, DEFAULT_CHAIN);
    expect(signers.filter((s) => s.name === null).map((s) => s.description)).toEqual([
      'Safeguarding partner (police)',
      'Chief Executive',
    ]);
  });

  it('leaves out signatures of stages the partnership skips', () => {
    const chain = DEFAULT_CHAIN.map((s) => (s.key === 'partnership-approval' ? { ...s, skipped: true } : s));
    expect(expectedSigners(snapshot, chain).map((s) => s.description)).toEqual([
      "Lead Member for Children's Services",
      'Chief Executive',
    ]);
  });
});

describe('outstandingSigners', () => {
  it('is everyone whose approval is not among the sign-offs given', () => {
    const ce = aSignOff(2, 'Robert Lang', 'chief-executive', '2018-05-09T16:00:00.000Z');
    const police: SignOff = {
      ...aSignOff(3, 'Ian Fletcher', 'safeguarding-partner', '2018-05-07T09:00:00.000Z'),
      userId: snapshot.members.find((m) => m.displayName === 'Ian Fletcher')!.userId,
    };
    expect(outstandingSigners(snapshot, DEFAULT_CHAIN, [ce, police])).toEqual([
      'Safeguarding partner (local authority)',
      'Safeguarding partner (health)',
      "Lead Member for Children's Services",
    ]);
  });

  it('counts a later return over an earlier approval', () => {
    const approved = aSignOff(2, 'Robert Lang', 'chief-executive', '2018-05-09T16:00:00.000Z');
    const returned: SignOff = {
      ...approved,
      id: 'sig-9' as SignOff['id'],
      decision: 'return',
      at: '2018-05-10T08:00:00.000Z' as IsoDateTime,
    };
    const signer = expectedSigners(snapshot, DEFAULT_CHAIN).at(-1)!;
    expect(signOffOf(signer, [returned, approved])?.decision).toBe('return');
    expect(outstandingSigners(snapshot, DEFAULT_CHAIN, [approved, returned])).toContain('Chief Executive');
  });

  it('adds the name where two signers share a description', () => {
    const police = snapshot.members.find((m) => m.displayName === 'Ian Fletcher')!;
    const second: Member = { ...police, userId: 'u-p2' as UserId, displayName: 'Jo Bell' };
    const names = outstandingSigners({ ...snapshot, members: [...snapshot.members, second] }, DEFAULT_CHAIN, []);
    expect(names).toContain('Safeguarding partner (police) (Ian Fletcher)');
    expect(names).toContain('Safeguarding partner (police) (Jo Bell)');
  });
});

describe('signerDescription', () => {
  it('never uses the app role labels', () => {
    expect(signerDescription('plan-admin', null, DEFAULT_AGENCIES)).toBe("Director of Children's Services");
    expect(signerDescription('agency-qa-lead', 'police', DEFAULT_AGENCIES)).toBe('Quality assurance lead (police)');
  });
});
