import { describe, expect, it } from 'vitest';
import { areaNumbersText, areasAwaitingAgency } from '../../../src/domain/areas-awaiting-agency';
import type { IsoDateTime } from '../../../src/domain/dates';
import type { Finding } from '../../../src/domain/finding';
import { idSource, type FindingId, type MemberId, type UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import { actionRequestNotifications, planActionRequests } from '../../../src/domain/notifications/action-requests';
import { aMember } from '../fixtures';
import { OWNER, PLAN, aFinding, action, snapshotOf } from '../monitoring/monitoring-fixtures';

const named = (n: number, type: Finding['type'], agencies: Finding['agencies']): Finding => ({
  ...aFinding(n, type),
  text: `Finding ${n}: the letter's words`,
  agencies,
});

// Priority action 1 (police, health), improvements 1 (police) and 2 (health, probation), a strength (police).
const FINDINGS = [
  named(1, 'priority-action', ['police', 'health']),
  named(2, 'improvement', ['police']),
  named(3, 'improvement', ['health', 'probation']),
  named(4, 'strength', ['police']),
];
const HEALTH_OWNER: Member = {
  ...aMember('agency-owner', 'health'),
  id: 'mem-health' as MemberId,
  userId: 'u-health' as UserId,
  displayName: 'Harry Health',
};
const POLICE_QA: Member = { ...aMember('agency-qa-lead', 'police'), id: 'mem-police-qa' as MemberId };

describe('asking agency owners for their actions', () => {
  const snapshot = snapshotOf({
    findings: FINDINGS,
    // Health act in improvement 2, so only priority action 1 still awaits them.
    actions: [action(1, { findingId: 'fnd-3' as FindingId, leadAgency: 'health' })],
    members: [HEALTH_OWNER, OWNER, POLICE_QA],
  });

  it('asks each owner (not QA leads) about their own agency’s areas, and names agencies with no owner to ask', () => {
    const preview = planActionRequests(snapshot);
    expect(
      preview.requests.map((r) => [r.recipient.displayName, r.agency.key, r.areas.map((a) => a.reference)]),
    ).toEqual([
      ['Harry Health', 'health', ['Area for priority action 1']],
      ['Pat Police', 'police', ['Area for priority action 1', 'Area for improvement 1']],
    ]);
    // Probation is named in improvement 2 and acts nowhere, but has no owner in the plan.
    expect(preview.unreached.map((row) => [row.agency.key, row.awaiting.map((a) => a.reference)])).toEqual([
      ['probation', ['Area for improvement 2']],
    ]);
  });

  it('words each request with the areas by reference and name, opening the owner’s own actions', () => {
    const outgoing = actionRequestNotifications(planActionRequests(snapshot), {
      plan: PLAN,
      sender: { userId: 'u-dcs' as UserId, displayName: 'Dana DCS' },
      now: '2018-02-05T09:00:00.000Z' as IsoDateTime,
      ids: idSource(() => 'x'),
    });
    const police = outgoing.find((o) => o.notification.recipientId === OWNER.userId)!;
    expect(police.notification).toMatchObject({
      kind: 'plan-step',
      subject: 'The letter names Police in 2 areas with no Police action yet',
      target: { view: 'my-actions', planId: PLAN.id },
      senderName: 'Dana DCS',
      read: false,
    });
    expect(police.notification.body.split('\n')).toEqual([
      'Dana DCS asks for Police’s actions on Testshire JTAI 2018, in:',
      "• Area for priority action 1: Finding 1: the letter's words",
      "• Area for improvement 1: Finding 2: the letter's words",
      'Add an action to each from My actions, or tell the plan admin if another agency’s action covers it.',
    ]);
    expect(police.activity).toEqual({
      type: 'planStepNeedsYou',
      parameters: { step: 'Writing Police’s actions', plan: 'Testshire JTAI 2018' },
    });
  });

  it('asks no one when every area has an action from each agency it names', () => {
    const covered = snapshotOf({
      findings: FINDINGS,
      actions: [
        action(1, { findingId: 'fnd-1' as FindingId, leadAgency: 'police', contributingAgencies: ['health'] }),
        action(2, { findingId: 'fnd-2' as FindingId, leadAgency: 'police' }),
        action(3, { findingId: 'fnd-3' as FindingId, leadAgency: 'probation', contributingAgencies: ['health'] }),
      ],
      members: [HEALTH_OWNER, OWNER],
    });
    expect(planActionRequests(covered)).toEqual({ requests: [], unreached: [] });
  });
});

describe('areas by number', () => {
  it('lists numbers type by type, in the letter’s order', () => {
    const areas = areasAwaitingAgency({ findings: FINDINGS, actions: [] }, 'police');
    expect(areaNumbersText(areas)).toBe('Areas for priority action 1; Areas for improvement 1');
    expect(areaNumbersText([])).toBe('');
  });
});
