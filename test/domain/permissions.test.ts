import { describe, expect, it } from 'vitest';
import {
  actionEditRefusal,
  agenciesMemberCanLead,
  canArchivePlan,
  canEditFindings,
} from '../../src/domain/permissions';
import { AGENCIES, aMember, anAction } from './fixtures';

describe('who may change an action', () => {
  const policeAction = anAction({ leadAgency: 'police' });
  it.each([
    ['the DCS (plan admin)', aMember('plan-admin'), null],
    ['the improvement lead', aMember('improvement-lead'), null],
    ['the police owner', aMember('agency-owner', 'police'), null],
    [
      'the health owner',
      aMember('agency-owner', 'health'),
      'Only Police owners and plan admins can change this action.',
    ],
    [
      'the police QA lead',
      aMember('agency-qa-lead', 'police'),
      'Only Police owners and plan admins can change this action.',
    ],
    ['the Lead Member', aMember('lead-member'), 'Only Police owners and plan admins can change this action.'],
    ['someone outside the plan', null, 'You are not a member of this plan, so you can read it but not change it.'],
  ])('%s', (_who, member, refusal) => {
    expect(actionEditRefusal(member, policeAction, AGENCIES)).toBe(refusal);
  });

  it('stops an owner handing their action to another agency', () => {
    expect(actionEditRefusal(aMember('agency-owner', 'police'), policeAction, AGENCIES, 'health')).toMatch(
      /Only plan admins/,
    );
    expect(actionEditRefusal(aMember('plan-admin'), policeAction, AGENCIES, 'health')).toBeNull();
  });

  it('lets owners add actions only for their own agency', () => {
    expect(agenciesMemberCanLead(aMember('agency-owner', 'health'), AGENCIES).map((a) => a.key)).toEqual(['health']);
    expect(agenciesMemberCanLead(aMember('plan-admin'), AGENCIES)).toHaveLength(AGENCIES.length);
    expect(agenciesMemberCanLead(aMember('lead-member'), AGENCIES)).toHaveLength(0);
  });
});

describe('who may archive the plan and change its findings', () => {
  it.each([
    ['the DCS (plan admin)', aMember('plan-admin'), true],
    ['the improvement lead', aMember('improvement-lead'), true],
    ['the police owner', aMember('agency-owner', 'police'), false],
    ['a safeguarding partner', aMember('safeguarding-partner'), false],
    ['someone outside the plan', null, false],
  ])('%s: %s', (_who, member, allowed) => {
    expect(canArchivePlan(member)).toBe(allowed);
    expect(canEditFindings(member)).toBe(allowed);
  });
});
