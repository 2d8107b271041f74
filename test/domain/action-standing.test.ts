import { describe, expect, it } from 'vitest';
import { actionStanding, type AddedBy } from '../../src/domain/action-standing';
import type { ActionId } from '../../src/domain/ids';
import type { Member } from '../../src/domain/member';
import { checkBasis, type CheckBasis, type LeadVersion, type PastLeads } from '../../src/domain/standing';
import { membershipHistory } from '../../src/domain/workflow/membership-history';
import { AGENCIES } from './fixtures';
import { aRecord, at, joined } from './workflow/replay-fixtures';
import { actionOf, people } from './workflow/workflow-fixtures';

const ACTION = 'act-mash' as ActionId;
const everyone = membershipHistory(aRecord([]));
const NOTHING_READ: PastLeads = new Map();
const basis = (pastLeads: PastLeads = NOTHING_READ, history = everyone): CheckBasis =>
  checkBasis(history, pastLeads, AGENCIES);
const addedBy = (who: Member, minute = 5): ReadonlyMap<ActionId, AddedBy> =>
  new Map([[ACTION, { userId: who.userId, name: who.displayName, at: at(minute) }]]);
const versions = (leads: ('police' | 'health')[], firstKept = true): LeadVersion[] =>
  leads.map((lead, i) => ({
    lead,
    at: at(5 + i * 10),
    by: { userId: people.dcs.userId, name: people.dcs.displayName },
    first: firstKept && i === 0,
  }));

describe('which actions count', () => {
  const health = actionOf(ACTION, 'health');

  it('counts an action a plan admin added for any agency, and one an owner added for their own', () => {
    expect(actionStanding([health], addedBy(people.dcs), basis()).counted).toEqual([health]);
    expect(actionStanding([health], addedBy(people.improvementLead), basis()).counted).toEqual([health]);
    const police = actionOf(ACTION, 'police');
    expect(actionStanding([police], addedBy(people.policeOwner), basis()).counted).toEqual([police]);
  });

  it('does not count an action a QA lead, partner or signer added, and says why', () => {
    for (const who of [people.healthQa, people.icbPartner, people.chiefExecutive]) {
      const { counted, uncounted } = actionStanding([health], addedBy(who), basis());
      expect(counted).toEqual([]);
      expect(uncounted).toEqual([
        expect.objectContaining({
          action: health,
          checking: false,
          reason: expect.stringMatching(
            new RegExp(
              `^When ${who.displayName} added it for Health, their role in this plan was .*; only that agency’s owners, and plan admins, add its actions\\.$`,
            ),
          ),
        }),
      ]);
    }
  });

  it('does not count an action added by someone who was not a member then', () => {
    const history = membershipHistory(aRecord([], [joined(people.dcs), joined(people.policeOwner, 30)]));
    const police = actionOf(ACTION, 'police');
    expect(actionStanding([police], addedBy(people.policeOwner, 10), basis(NOTHING_READ, history)).uncounted).toEqual([
      expect.objectContaining({ reason: 'Pat Owen was not a member of this plan when they added it.' }),
    ]);
  });

  it('checks an action another agency’s owner added against the agency it was first added for', () => {
    const first = actionStanding([health], addedBy(people.policeOwner), basis());
    expect(first.uncounted).toEqual([expect.objectContaining({ checking: true })]);

    const handedOn = new Map([[ACTION, versions(['police', 'health'])]]);
    expect(actionStanding([health], addedBy(people.policeOwner), basis(handedOn)).counted).toEqual([health]);

    const addedForHealth = new Map([[ACTION, versions(['health'])]]);
    const forged = actionStanding([health], addedBy(people.policeOwner), basis(addedForHealth));
    expect(forged.uncounted).toEqual([
      expect.objectContaining({
        checking: false,
        reason:
          'When Pat Owen added it for Health, their role in this plan was Agency owner (Police); only that agency’s owners, and plan admins, add its actions.',
      }),
    ]);
  });

  it('counts an action whose first version SharePoint no longer keeps, and one with no stamp of who added it', () => {
    const oldestKeptOnly = new Map([[ACTION, versions(['health'], false)]]);
    expect(actionStanding([health], addedBy(people.policeOwner), basis(oldestKeptOnly)).counted).toEqual([health]);
    expect(actionStanding([health], new Map(), basis()).counted).toEqual([health]);
  });
});
