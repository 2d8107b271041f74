import { describe, expect, it } from 'vitest';
import type { AddedBy } from '../../src/domain/action-standing';
import type { AgencyKey } from '../../src/domain/agency';
import { formatDateTime } from '../../src/domain/dates';
import { changeStanding } from '../../src/domain/change-standing';
import type { ActionId, MemberId, UserId } from '../../src/domain/ids';
import type { Member } from '../../src/domain/member';
import { checkBasis, type CheckBasis, type LeadVersion, type PastLeads } from '../../src/domain/standing';
import { membershipHistory } from '../../src/domain/workflow/membership-history';
import { AGENCIES } from './fixtures';
import { EVERYONE, aRecord, at, joined } from './workflow/replay-fixtures';
import { actionOf, people } from './workflow/workflow-fixtures';

const ACTION = 'act-mash' as ActionId;
const healthOwner: Member = {
  ...people.policeOwner,
  id: 'mem-health-owner' as MemberId,
  userId: 'u-health-owner' as UserId,
  agency: 'health',
  displayName: 'Hal Reed',
};
const everyone = membershipHistory(aRecord([], [...EVERYONE, joined(healthOwner)]));
const NOTHING_READ: PastLeads = new Map();
const basis = (pastLeads: PastLeads = NOTHING_READ, history = everyone): CheckBasis =>
  checkBasis(history, pastLeads, AGENCIES);
const lastChangedBy = (who: Member, minute: number): ReadonlyMap<ActionId, AddedBy> =>
  new Map([[ACTION, { userId: who.userId, name: who.displayName, at: at(minute) }]]);

/** The action's versions, oldest first: each saved by someone, ten minutes apart, leading an agency. */
const versions = (...saves: [Member, AgencyKey][]): PastLeads =>
  new Map([
    [
      ACTION,
      saves.map(([who, lead], i): LeadVersion => ({
        lead,
        at: at(5 + i * 10),
        by: { userId: who.userId, name: who.displayName },
        first: i === 0,
      })),
    ],
  ]);

const standing = (lead: AgencyKey, changed: ReadonlyMap<ActionId, AddedBy>, read: PastLeads = NOTHING_READ) =>
  changeStanding([actionOf(ACTION, lead)], changed, basis(read));

const NOTHING: ReturnType<typeof standing> = { toCheck: [], unallowed: [] };

describe('who saved an action, and whether they could', () => {
  it('reads nothing for an action last saved by a plan admin or by an owner of its lead agency', () => {
    expect(standing('health', lastChangedBy(people.dcs, 30))).toEqual(NOTHING);
    expect(standing('health', lastChangedBy(people.improvementLead, 30))).toEqual(NOTHING);
    expect(standing('police', lastChangedBy(people.policeOwner, 30))).toEqual(NOTHING);
    expect(standing('police', new Map())).toEqual(NOTHING);
  });

  it('reads the versions of an action last saved by someone who could not save it as it is now', () => {
    expect(standing('health', lastChangedBy(people.policeOwner, 30)).toCheck).toEqual([ACTION]);
    expect(standing('police', lastChangedBy(people.policeQa, 30)).toCheck).toEqual([ACTION]);
    expect(standing('police', lastChangedBy(people.reader, 30)).toCheck).toEqual([ACTION]);
  });

  it('reports an owner who moved their agency’s action to another agency, with who, when and what to do', () => {
    const read = versions([people.dcs, 'police'], [people.policeOwner, 'police'], [people.policeOwner, 'health']);
    const { toCheck, unallowed } = standing('health', lastChangedBy(people.policeOwner, 25), read);
    expect(toCheck).toEqual([]);
    expect(unallowed).toEqual([
      {
        action: actionOf(ACTION, 'health'),
        kind: 'moved',
        from: 'police',
        by: { userId: people.policeOwner.userId, name: 'Pat Owen' },
        at: at(25),
        reason: `Pat Owen moved it from Police to Health on ${formatDateTime(at(25))}, straight in SharePoint; only plan admins hand actions to another agency. A plan admin should hand it back, or save it as it is to confirm the move.`,
      },
    ]);
  });

  it('reports a save by another agency’s owner (before the action had its own permissions), a QA lead or someone outside the plan', () => {
    const read = versions([people.dcs, 'health'], [people.policeOwner, 'health']);
    expect(standing('health', lastChangedBy(people.policeOwner, 15), read).unallowed).toEqual([
      expect.objectContaining({
        kind: 'changed',
        from: 'health',
        reason: `Pat Owen changed it on ${formatDateTime(at(15))}, straight in SharePoint, when their role in this plan was Agency owner (Police); only plan admins, and owners of the agency leading an action, change it. Its change history shows what changed. A plan admin should check it, and save the action as it is to confirm it.`,
      }),
    ]);
    const qaSaved = versions([people.policeOwner, 'police'], [people.policeQa, 'police']);
    expect(standing('police', lastChangedBy(people.policeQa, 15), qaSaved).unallowed).toEqual([
      expect.objectContaining({ kind: 'changed', by: expect.objectContaining({ name: 'Quinn Adams' }) }),
    ]);
    const outsider = versions([people.dcs, 'health'], [{ ...people.reader, userId: 'u-it' as UserId }, 'health']);
    expect(standing('health', new Map(), outsider).unallowed).toEqual([]);
    const itChanged = new Map([[ACTION, { userId: 'u-it' as UserId, name: 'IT Support', at: at(15) }]]);
    expect(standing('health', itChanged, outsider).unallowed[0]!.reason).toMatch(
      /, when they were not a member of this plan; only plan admins/,
    );
  });

  it('reports nothing when every save was one its author could make', () => {
    const handedOn = versions([people.policeOwner, 'police'], [people.dcs, 'health'], [healthOwner, 'health']);
    expect(standing('health', lastChangedBy(healthOwner, 25), handedOn)).toEqual(NOTHING);
    const ownSaves = versions([people.dcs, 'police'], [people.policeOwner, 'police']);
    expect(standing('police', lastChangedBy(people.policeQa, 15), ownSaves).unallowed).toEqual([]);
  });

  it('takes a plan admin’s later save as confirming the action as it is', () => {
    const confirmed = versions([people.dcs, 'police'], [people.policeOwner, 'health'], [people.dcs, 'health']);
    expect(standing('health', lastChangedBy(people.dcs, 25), confirmed)).toEqual(NOTHING);
  });

  it('calls a move its author undid a change, not a move', () => {
    const undone = versions([people.dcs, 'police'], [people.policeOwner, 'health'], [people.policeOwner, 'police']);
    expect(standing('police', lastChangedBy(people.reader, 25), undone).unallowed).toEqual([
      expect.objectContaining({ kind: 'changed', from: 'police', at: at(15) }),
    ]);
  });

  it('still reports the move after another who may not change the action saves it', () => {
    const read = versions([people.dcs, 'police'], [people.policeOwner, 'health'], [people.reader, 'health']);
    expect(standing('health', lastChangedBy(people.reader, 25), read).unallowed).toEqual([
      expect.objectContaining({ kind: 'moved', from: 'police', at: at(15) }),
    ]);
  });

  it('judges each person by their role when they saved, not now', () => {
    const later = membershipHistory(
      aRecord([], [...EVERYONE, joined({ ...people.policeOwner, role: 'plan-admin', agency: null }, 40)]),
    );
    const read = versions([people.dcs, 'police'], [people.policeOwner, 'health']);
    const { unallowed } = changeStanding(
      [actionOf(ACTION, 'health')],
      lastChangedBy(people.policeOwner, 15),
      basis(read, later),
    );
    expect(unallowed).toEqual([expect.objectContaining({ kind: 'moved', from: 'police' })]);
  });
});
