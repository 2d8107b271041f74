import { describe, expect, it } from 'vitest';
import { holidayCalendarWith } from '../../../src/domain/calendar/working-days';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import { idSource, type MemberId, type UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import {
  defaultNeededBy,
  planUpdateRequests,
  updateRequestNotifications,
} from '../../../src/domain/notifications/update-requests';
import { aMember } from '../fixtures';
import { OWNER, PLAN, action, anUpdate, snapshotOf } from '../monitoring/monitoring-fixtures';

const BY = isoDate('2018-05-25');
const NOW = '2018-05-14T09:00:00.000Z' as IsoDateTime;

const HEALTH_OWNER: Member = {
  ...aMember('agency-owner', 'health'),
  id: 'mem-health-owner' as MemberId,
  userId: 'u-health-owner' as UserId,
  displayName: 'Harry Health',
};

const owned = (n: number, extra: Parameters<typeof action>[1] = {}) =>
  action(n, { title: `Action ${n}`, leadOfficer: OWNER.id, ...extra });

describe('who is asked for progress updates', () => {
  it('asks each person once about every action of theirs not yet complete, the longest unreported first', () => {
    const snapshot = snapshotOf({
      actions: [
        owned(1),
        owned(2),
        owned(3, { status: 'complete' }),
        owned(4, { leadAgency: 'health', leadOfficer: null }),
        owned(5),
      ],
      updates: [
        anUpdate(1, 'act-1', '2018-05-02T10:00:00Z', null),
        anUpdate(2, 'act-1', '2018-04-03T10:00:00Z', null),
        anUpdate(3, 'act-2', '2018-03-20T10:00:00Z', 'on-track'),
        // 23:30 on 30 April in UTC is 1 May in England.
        anUpdate(4, 'act-4', '2018-04-30T23:30:00Z', null),
      ],
      members: [OWNER, HEALTH_OWNER],
    });
    const preview = planUpdateRequests(snapshot, BY);
    expect(preview.neededBy).toBe(BY);
    expect(
      preview.requests.map((r) => [r.recipient.displayName, r.items.map((i) => [i.action.id, i.lastUpdate])]),
    ).toEqual([
      ['Harry Health', [['act-4', '2018-05-01']]],
      [
        'Pat Police',
        [
          ['act-5', null],
          ['act-2', '2018-03-20'],
          ['act-1', '2018-05-02'],
        ],
      ],
    ]);
    expect(preview.unreached).toEqual([]);
  });

  it('lists the actions no one can be asked about', () => {
    const preview = planUpdateRequests(
      snapshotOf({ actions: [owned(1, { leadAgency: 'probation', leadOfficer: null })] }),
      BY,
    );
    expect(preview.requests).toEqual([]);
    expect(preview.unreached.map((i) => i.action.id)).toEqual(['act-1']);
  });

  it('asks by ten working days ahead unless told otherwise, skipping bank holidays', () => {
    // Monday 14 May 2018; Monday 28 May is the spring bank holiday.
    expect(defaultNeededBy(isoDate('2018-05-14'))).toBe('2018-05-29');
    expect(defaultNeededBy(isoDate('2018-05-14'), holidayCalendarWith([isoDate('2018-05-15')]))).toBe('2018-05-30');
  });
});

describe('the request as sent', () => {
  it('lists each action with its last update and the day it is needed by, and opens My actions', () => {
    let n = 0;
    const ids = idSource(() => String(++n));
    const sender = { userId: 'u-dcs' as UserId, displayName: 'Amara Okafor' };
    const preview = planUpdateRequests(
      snapshotOf({ actions: [owned(1), owned(2)], updates: [anUpdate(1, 'act-2', '2018-04-03T10:00:00Z', null)] }),
      BY,
    );
    const [one, ...others] = updateRequestNotifications(preview, { plan: PLAN, sender, now: NOW, ids });
    expect(others).toEqual([]);
    expect(one?.notification).toMatchObject({
      recipientId: OWNER.userId,
      kind: 'reminder',
      subject: 'Progress updates needed by 25 May 2018 on 2 actions',
      target: { view: 'my-actions', planId: PLAN.id },
      senderName: 'Amara Okafor',
      read: false,
    });
    expect(one?.notification.body.split('\n')).toEqual([
      'Amara Okafor asks for a progress update on each of your actions on Testshire JTAI 2018 by 25 May 2018, for the partnership’s review of delivery:',
      '• Action 1 (no update yet)',
      '• Action 2 (last update 3 April 2018)',
      expect.stringContaining('Post an update on each from My actions'),
    ]);
    expect(one?.activity).toEqual({
      type: 'planStepNeedsYou',
      parameters: { step: 'An update on 2 actions', plan: 'Testshire JTAI 2018' },
    });
  });
});
