import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import type { Member } from '../../../src/domain/member';
import { contentHash } from '../../../src/domain/workflow/content-hash';
import { signatureRequest } from '../../../src/domain/workflow/signature-request';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import {
  CONTENT,
  PARTNERS,
  executiveApprove,
  governanceAt,
  mustApply,
  partnerApprove,
  people,
  withAction,
} from './workflow-fixtures';

const HASH = contentHash(CONTENT);
const partnerReturn: WorkflowEvent = {
  type: 'partner-return',
  comment: 'Add a measure for the MASH meeting.',
  contentHash: HASH,
};

describe('who is asked to sign now', () => {
  it('asks each safeguarding partner at partnership approval, on the content as it is now', () => {
    const g = governanceAt('partnership-approval');
    for (const partner of PARTNERS) {
      expect(signatureRequest(g, CONTENT, partner)).toEqual({
        stage: 'partnership-approval',
        role: 'safeguarding-partner',
        contentHash: HASH,
        previous: null,
      });
    }
  });

  it('asks the Lead Member and the Chief Executive at executive sign-off, and no partner', () => {
    const g = governanceAt('executive-sign-off');
    expect(signatureRequest(g, CONTENT, people.leadMember)).toMatchObject({
      stage: 'executive-sign-off',
      role: 'lead-member',
      contentHash: HASH,
    });
    expect(signatureRequest(g, CONTENT, people.chiefExecutive)).toMatchObject({ role: 'chief-executive' });
    expect(signatureRequest(g, CONTENT, people.councilPartner)).toBeNull();
  });

  it.each<[string, Member | null]>([
    ['the DCS', people.dcs],
    ['an agency owner', people.policeOwner],
    ['a QA lead', people.policeQa],
    ['a reader', people.reader],
    ['someone who is not a member', null],
  ])('never asks %s', (_who, member) => {
    expect(signatureRequest(governanceAt('partnership-approval'), CONTENT, member)).toBeNull();
    expect(signatureRequest(governanceAt('executive-sign-off'), CONTENT, member)).toBeNull();
  });

  it('asks no signer before or after their stage', () => {
    expect(signatureRequest(governanceAt('partnership-review'), CONTENT, people.councilPartner)).toBeNull();
    expect(signatureRequest(governanceAt('partnership-approval'), CONTENT, people.chiefExecutive)).toBeNull();
    expect(signatureRequest(governanceAt('submitted'), CONTENT, people.chiefExecutive)).toBeNull();
  });

  it('stops asking a partner once they have approved this content, while the others are still asked', () => {
    const g = mustApply(governanceAt('partnership-approval'), partnerApprove(), people.councilPartner);
    expect(signatureRequest(g, CONTENT, people.councilPartner)).toBeNull();
    expect(signatureRequest(g, CONTENT, people.icbPartner)).not.toBeNull();
  });

  it('stops asking an executive role once it has signed, and asks the other', () => {
    const g = mustApply(governanceAt('executive-sign-off'), executiveApprove(), people.leadMember);
    expect(signatureRequest(g, CONTENT, people.leadMember)).toBeNull();
    expect(signatureRequest(g, CONTENT, people.chiefExecutive)).toMatchObject({ role: 'chief-executive' });
  });

  it('asks again on the new content after an edit, with the approval it replaces to show what changed', () => {
    const g = mustApply(governanceAt('partnership-approval'), partnerApprove(), people.councilPartner);
    const edited = withAction(CONTENT, 'act-1', { targetDate: isoDate('2018-09-28') });
    const asked = signatureRequest(g, edited, people.councilPartner);
    expect(asked?.contentHash).toBe(contentHash(edited));
    expect(asked?.contentHash).not.toBe(HASH);
    expect(asked?.previous).toMatchObject({
      decision: 'approve',
      contentHash: HASH,
      userId: people.councilPartner.userId,
    });
  });

  it('asks a partner again when the plan comes back to them after they returned it', () => {
    const returned = mustApply(governanceAt('partnership-approval'), partnerReturn, people.policePartner);
    expect(returned.stage).toBe('amendments');
    const back = mustApply(returned, { type: 'advance', note: 'Measure added' }, people.dcs);
    expect(back.stage).toBe('partnership-approval');
    expect(signatureRequest(back, CONTENT, people.policePartner)).toMatchObject({
      contentHash: HASH,
      previous: { decision: 'return', comment: 'Add a measure for the MASH meeting.' },
    });
  });
});
