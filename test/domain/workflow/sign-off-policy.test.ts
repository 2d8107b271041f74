import { describe, expect, it } from 'vitest';
import type { SignOffId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { SignOff } from '../../../src/domain/sign-off';
import { contentHash, contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import { signOffPolicy, staleSignOffRefusal } from '../../../src/domain/workflow/sign-off-rules';
import { CONTENT, NOW, PLAN_ID, governanceAt, mustApply, people, withAction } from './workflow-fixtures';

function aSignOff(signer: Member, overrides: Partial<SignOff> = {}): SignOff {
  return {
    id: 'sig-forged-1' as SignOffId,
    planId: PLAN_ID,
    stage: 'partnership-approval',
    userId: signer.userId,
    name: signer.displayName,
    role: signer.role,
    agency: null,
    at: NOW,
    decision: 'approve',
    comment: '',
    contentHash: contentHash(CONTENT),
    ...overrides,
  };
}

describe('the server-side sign-off policy', () => {
  const atApproval = governanceAt('partnership-approval');

  it('accepts a partner’s approval at partnership approval', () => {
    expect(signOffPolicy([people.councilPartner], aSignOff(people.councilPartner), atApproval)).toBeNull();
  });

  it.each<[string, readonly Member[], SignOff, string]>([
    [
      'a role the signer does not hold',
      [people.policeOwner],
      aSignOff(people.policeOwner, { role: 'safeguarding-partner' }),
      'You cannot sign as Safeguarding partner: that is not your role in this plan.',
    ],
    [
      'a role not signing at this stage',
      [people.leadMember],
      aSignOff(people.leadMember),
      'Only the safeguarding partners can sign at Partnership approval.',
    ],
    [
      'a stage the plan is not at',
      [people.leadMember],
      aSignOff(people.leadMember, { stage: 'executive-sign-off' }),
      'Lead Member and Chief Executive sign-off is not open: the plan is at Partnership approval.',
    ],
    [
      'a stage nobody signs at',
      [people.dcs],
      aSignOff(people.dcs, { stage: 'collation' }),
      'No one signs at Collation by the DCS.',
    ],
    [
      'another plan',
      [people.councilPartner],
      aSignOff(people.councilPartner, { planId: 'plan-other' as SignOff['planId'] }),
      'This sign-off names a different plan.',
    ],
    [
      'a return with no comment',
      [people.councilPartner],
      aSignOff(people.councilPartner, { decision: 'return' }),
      'Say what needs to change when you return the plan.',
    ],
    [
      'QA for another agency',
      [people.healthQa],
      aSignOff(people.healthQa, { stage: 'agency-qa', agency: 'police' }),
      'You cannot sign as Agency QA lead: that is not your role in this plan.',
    ],
    [
      'QA naming no agency',
      [people.healthQa],
      aSignOff(people.healthQa, { stage: 'agency-qa' }),
      'An agency QA sign-off must name its agency.',
    ],
  ])('refuses %s', (_name, memberships, signOff, message) => {
    expect(signOffPolicy(memberships, signOff, atApproval)).toBe(message);
  });

  it('refuses a second approval of the same content', () => {
    const signed = mustApply(
      atApproval,
      {
        type: 'partner-approve',
        comment: '',
        contentHash: contentHash(CONTENT),
      },
      people.councilPartner,
    );
    expect(signOffPolicy([people.councilPartner], aSignOff(people.councilPartner), signed)).toBe(
      'You have already approved this version of the plan.',
    );
  });

  it('accepts an agency QA lead’s own agency during the QA window', () => {
    const signOff = aSignOff(people.policeQa, {
      stage: 'agency-qa',
      agency: 'police',
      contentHash: contentHashForAgency(CONTENT, 'police'),
    });
    expect(signOffPolicy([people.policeQa], signOff, governanceAt('agency-qa'))).toBeNull();
  });

  it('refuses a hash that is not the stored content’s', () => {
    const signOff = aSignOff(people.councilPartner);
    expect(staleSignOffRefusal(signOff, CONTENT)).toBeNull();
    expect(staleSignOffRefusal(signOff, withAction(CONTENT, 'act-1', { title: 'Changed' }))).toMatch(
      /changed after you opened it/,
    );
    const qa = aSignOff(people.policeQa, {
      stage: 'agency-qa',
      agency: 'police',
      contentHash: contentHashForAgency(CONTENT, 'police'),
    });
    expect(staleSignOffRefusal(qa, withAction(CONTENT, 'act-2', { title: 'Health changed' }))).toBeNull();
  });
});
