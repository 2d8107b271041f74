import { describe, expect, it } from 'vitest';
import type { AddedBy } from '../../src/domain/action-standing';
import type { AgencyKey } from '../../src/domain/agency';
import { formatDateTime } from '../../src/domain/dates';
import { handOverStanding } from '../../src/domain/hand-over-standing';
import type { ActionId, MemberId, UserId } from '../../src/domain/ids';
import type { Member } from '../../src/domain/member';
import type { CheckBasis, LeadVersion, PastLeads } from '../../src/domain/standing';
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
const basis = (pastLeads: PastLeads = NOTHING_READ, history = everyone): CheckBasis => ({
  history,
  pastLeads,
  agencies: AGENCIES,
});
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
  handOverStanding([actionOf(ACTION, lead)], changed, basis(read));

describe('who handed an action to its lead agency', () => {
  it('reads nothing for an action last changed by a plan admin or by an owner of its lead agency', () => {
    expect(standing('health', lastChangedBy(people.dcs, 30))).toEqual({ toCheck: [], unconfirmed: [] });
    expect(standing('health', lastChangedBy(people.improvementLead, 30))).toEqual({ toCheck: [], unconfirmed: [] });
    expect(standing('police', lastChangedBy(people.policeOwner, 30))).toEqual({ toCheck: [], unconfirmed: [] });
    expect(standing('police', new Map())).toEqual({ toCheck: [], unconfirmed: [] });
  });

  it('reads the versions of an action last changed by someone who could not edit it as it is now', () => {
    expect(standing('health', lastChangedBy(people.policeOwner, 30)).toCheck).toEqual([ACTION]);
    expect(standing('police', lastChangedBy(people.policeQa, 30)).toCheck).toEqual([ACTION]);
    expect(standing('police', lastChangedBy(people.reader, 30)).toCheck).toEqual([ACTION]);
  });

  it('reports an owner who moved their agency’s action to another agency, with who, when and what to do', () => {
    const read = versions([people.dcs, 'police'], [people.policeOwner, 'police'], [people.policeOwner, 'health']);
    const { toCheck, unconfirmed } = standing('health', lastChangedBy(people.policeOwner, 25), read);
    expect(toCheck).toEqual([]);
    expect(unconfirmed).toEqual([
      {
        action: actionOf(ACTION, 'health'),
        from: 'police',
        by: { userId: people.policeOwner.userId, name: 'Pat Owen' },
        at: at(25),
        reason: `Pat Owen moved it from Police to Health on ${formatDateTime(at(25))}, straight in SharePoint; only plan admins hand actions to another agency. A plan admin should hand it back, or save it as it is to confirm the move.`,
      },
    ]);
  });

  it('reports nothing when the versions show no move, or only moves a plan admin made', () => {
    const qaSaved = versions([people.policeOwner, 'police'], [people.policeQa, 'police']);
    expect(standing('police', lastChangedBy(people.policeQa, 15), qaSaved).unconfirmed).toEqual([]);

    const handedOn = versions([people.policeOwner, 'police'], [people.dcs, 'health'], [people.policeOwner, 'health']);
    expect(standing('health', lastChangedBy(people.policeOwner, 25), handedOn).unconfirmed).toEqual([]);
  });

  it('takes a plan admin’s later save as confirming the agency, and a move back as undoing the move', () => {
    const confirmed = versions([people.dcs, 'police'], [people.policeOwner, 'health'], [people.dcs, 'health']);
    expect(standing('health', lastChangedBy(people.dcs, 25), confirmed).unconfirmed).toEqual([]);

    const undone = versions([people.dcs, 'police'], [people.policeOwner, 'health'], [people.policeOwner, 'police']);
    expect(standing('police', lastChangedBy(people.policeOwner, 25), undone).unconfirmed).toEqual([]);
  });

  it('still reports the move after another who may not edit the action saves it', () => {
    const read = versions([people.dcs, 'police'], [people.policeOwner, 'health'], [people.reader, 'health']);
    expect(standing('health', lastChangedBy(people.reader, 25), read).unconfirmed).toEqual([
      expect.objectContaining({ from: 'police', at: at(15), by: expect.objectContaining({ name: 'Pat Owen' }) }),
    ]);
  });

  it('judges each person by their role when they saved, not now', () => {
    const later = membershipHistory(
      aRecord([], [...EVERYONE, joined({ ...people.policeOwner, role: 'plan-admin', agency: null }, 40)]),
    );
    const read = versions([people.dcs, 'police'], [people.policeOwner, 'health']);
    const { unconfirmed } = handOverStanding(
      [actionOf(ACTION, 'health')],
      lastChangedBy(people.policeOwner, 15),
      basis(read, later),
    );
    expect(unconfirmed).toEqual([expect.objectContaining({ from: 'police' })]);
  });
});
