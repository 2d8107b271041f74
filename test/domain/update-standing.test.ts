import { describe, expect, it } from 'vitest';
import type { ActionId, PlanId, UpdateId } from '../../src/domain/ids';
import type { Member } from '../../src/domain/member';
import type { ProgressUpdate } from '../../src/domain/progress-update';
import { checkBasis, type LeadVersion, type PastLeads } from '../../src/domain/standing';
import { actionsToCheck, leadAgencyAt, updateStanding } from '../../src/domain/update-standing';
import { membershipHistory } from '../../src/domain/workflow/membership-history';
import { AGENCIES } from './fixtures';
import { aRecord, at, joined, EVERYONE } from './workflow/replay-fixtures';
import { actionOf, people } from './workflow/workflow-fixtures';

const ACTION = 'act-mash' as ActionId;
const policeAction = actionOf(ACTION, 'police');
const healthAction = actionOf(ACTION, 'health');

let n = 0;
function anUpdate(author: Member, minute: number, status: ProgressUpdate['status'] = 'on-track'): ProgressUpdate {
  n += 1;
  return {
    id: `upd-${n}` as UpdateId,
    planId: 'plan-test' as PlanId,
    actionId: ACTION,
    authorId: author.userId,
    authorName: author.displayName,
    at: at(minute),
    text: 'Daily MASH meetings held all month.',
    status,
  };
}

const version = (leadAgency: 'police' | 'health', minute: number, first = false): LeadVersion => ({
  lead: leadAgency,
  at: at(minute),
  by: { userId: people.dcs.userId, name: people.dcs.displayName },
  first,
});

const everyone = membershipHistory(aRecord([]));
const NOTHING_READ: PastLeads = new Map();
const stand = (updates: ProgressUpdate[], action = policeAction, past = NOTHING_READ, history = everyone) =>
  updateStanding(updates, [action], checkBasis(history, past, AGENCIES));

describe('which progress updates count', () => {
  it('counts the lead agency’s owner and QA lead, and plan admins on any action', () => {
    const updates = [
      anUpdate(people.policeOwner, 5),
      anUpdate(people.policeQa, 6),
      anUpdate(people.dcs, 7),
      anUpdate(people.improvementLead, 8),
    ];
    expect(stand(updates)).toEqual({ counted: updates, uncounted: [] });
  });

  it('does not count an update from a partner, a signer or a reader, and says whose role it was', () => {
    const partner = anUpdate(people.policePartner, 5, 'complete');
    const signer = anUpdate(people.chiefExecutive, 6, 'complete');
    const reader = anUpdate(people.reader, 7);
    const { counted, uncounted } = stand([partner, signer, reader]);
    expect(counted).toEqual([]);
    expect(uncounted.map((u) => u.update)).toEqual([partner, signer, reader]);
    expect(uncounted[0]!.reason).toBe(
      'When it was posted, Bo Stone’s role in this plan was Safeguarding partner (Police); only Police’s owners and QA leads, and plan admins, post progress on this action.',
    );
    expect(uncounted[1]!.reason).toMatch(/Cee Hart’s role in this plan was Chief Executive;/);
    expect(uncounted.every((u) => !u.checking)).toBe(true);
  });

  it('does not count another agency’s owner or QA lead', () => {
    const healthQa = anUpdate(people.healthQa, 5, 'complete');
    const first = stand([healthQa]);
    expect(first.counted).toEqual([]);
    expect(first.uncounted).toEqual([expect.objectContaining({ update: healthQa, checking: true })]);
    expect(actionsToCheck(first)).toEqual([ACTION]);

    const past: PastLeads = new Map([[ACTION, [version('police', 1, true)]]]);
    const settled = stand([healthQa], policeAction, past);
    expect(settled.uncounted).toEqual([
      expect.objectContaining({
        update: healthQa,
        checking: false,
        reason: expect.stringMatching(/Agency QA lead \(Health\)/),
      }),
    ]);
    expect(actionsToCheck(settled)).toEqual([]);
  });

  it('does not count someone who was not yet a member, or no longer one, when they posted', () => {
    const late = joined(people.policeOwner, 30);
    const removed = { ...joined(people.policeQa, 40), removed: true };
    const history = membershipHistory(aRecord([], [joined(people.dcs), late, joined(people.policeQa), removed]));
    const before = anUpdate(people.policeOwner, 20);
    const after = anUpdate(people.policeOwner, 31);
    const qaWhileMember = anUpdate(people.policeQa, 35);
    const qaAfterRemoval = anUpdate(people.policeQa, 45);
    const { counted, uncounted } = stand(
      [before, after, qaWhileMember, qaAfterRemoval],
      policeAction,
      NOTHING_READ,
      history,
    );
    expect(counted).toEqual([after, qaWhileMember]);
    expect(uncounted.map((u) => [u.update, u.reason])).toEqual([
      [before, 'Pat Owen was not a member of this plan when it was posted.'],
      [qaAfterRemoval, 'Quinn Adams was not a member of this plan when it was posted.'],
    ]);
  });

  it('follows a membership handed to another person: the first no longer counts, the second does', () => {
    const handedOn = joined({ ...people.policeOwner, userId: people.reader.userId, displayName: 'Rea Dale' }, 30);
    const history = membershipHistory(aRecord([], [joined(people.dcs), joined(people.policeOwner), handedOn]));
    const before = anUpdate(people.policeOwner, 20);
    const after = anUpdate(people.policeOwner, 40);
    const successor = anUpdate({ ...people.reader, displayName: 'Rea Dale' }, 41);
    const { counted, uncounted } = stand([before, after, successor], policeAction, NOTHING_READ, history);
    expect(counted).toEqual([before, successor]);
    expect(uncounted.map((u) => u.update)).toEqual([after]);
  });

  it('does not count a membership written by someone who is not a plan admin', () => {
    const selfMade = joined({ ...people.reader, role: 'agency-owner', agency: 'police' }, 5, people.reader);
    const history = membershipHistory(aRecord([], [...EVERYONE, selfMade]));
    const update = anUpdate(people.reader, 10);
    expect(stand([update], policeAction, NOTHING_READ, history).uncounted).toEqual([
      expect.objectContaining({
        update,
        checking: false,
        reason: expect.stringMatching(/^When it was posted, Rea Dale’s role in this plan was Reader;/),
      }),
    ]);
  });

  it('counts an update posted by the agency that led the action then, after it was handed to another', () => {
    const policeBefore = anUpdate(people.policeOwner, 10);
    const policeAfter = anUpdate(people.policeOwner, 25);
    const healthAfter = anUpdate(people.healthQa, 26);
    const past: PastLeads = new Map([[ACTION, [version('police', 1, true), version('health', 20)]]]);
    const { counted, uncounted } = stand([policeBefore, policeAfter, healthAfter], healthAction, past);
    expect(counted).toEqual([policeBefore, healthAfter]);
    expect(uncounted.map((u) => u.update)).toEqual([policeAfter]);
    expect(uncounted[0]!.reason).toMatch(/only Health’s owners and QA leads/);
  });

  it('counts an update on an action no longer in the plan: nothing shows it', () => {
    const update = { ...anUpdate(people.reader, 5), actionId: 'act-gone' as ActionId };
    expect(stand([update]).counted).toEqual([update]);
  });
});

describe('the agency leading an action at an instant', () => {
  const versions = [version('police', 1, true), version('health', 20), version('police', 40)];
  it('is the lead of the latest version saved by then', () => {
    expect(leadAgencyAt(versions, at(1))).toBe('police');
    expect(leadAgencyAt(versions, at(25))).toBe('health');
    expect(leadAgencyAt(versions, at(59))).toBe('police');
  });
  it('before the oldest version SharePoint keeps, is the oldest kept; with none, unknown', () => {
    expect(leadAgencyAt(versions.slice(1), at(0))).toBe('health');
    expect(leadAgencyAt([], at(0))).toBeNull();
  });
});
