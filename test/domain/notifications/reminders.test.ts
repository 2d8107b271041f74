import { describe, expect, it } from 'vitest';
import { holidayCalendarWith } from '../../../src/domain/calendar/working-days';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import { idSource, type MemberId, type UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import { reminderNotifications } from '../../../src/domain/notifications/reminder-notifications';
import { reasonText, reminderSummary } from '../../../src/domain/notifications/reminder-text';
import { planReminders } from '../../../src/domain/notifications/reminders';
import { aMember } from '../fixtures';
import { OWNER, PLAN, action, snapshotOf } from '../monitoring/monitoring-fixtures';

/** Monday 14 May 2018; Monday 28 May 2018 is the spring bank holiday. */
const TODAY = isoDate('2018-05-14');
const NOW = '2018-05-14T09:00:00.000Z' as IsoDateTime;

const HEALTH_LEAD: Member = {
  ...aMember('agency-owner', 'health'),
  id: 'mem-health-lead' as MemberId,
  userId: 'u-health-lead' as UserId,
  displayName: 'Hana Health',
};
const HEALTH_OWNER: Member = {
  ...aMember('agency-owner', 'health'),
  id: 'mem-health-owner' as MemberId,
  userId: 'u-health-owner' as UserId,
  displayName: 'Harry Health',
};

const due = (n: number, target: string | null, extra: Parameters<typeof action>[1] = {}) =>
  action(n, {
    title: `Action ${n}`,
    targetDate: target === null ? null : isoDate(target),
    leadOfficer: OWNER.id,
    ...extra,
  });

const reminded = (actions: ReturnType<typeof due>[], members: Member[] = [OWNER]) =>
  planReminders(snapshotOf({ actions, members }), TODAY);

describe('which actions a reminder covers (working days)', () => {
  it.each([
    ['overdue since Thursday', '2018-05-10', { kind: 'overdue', workingDays: 2 }],
    ['overdue since the Saturday before', '2018-05-12', { kind: 'overdue', workingDays: 1 }],
    ['due today', '2018-05-14', { kind: 'due-soon', workingDays: 0 }],
    ['due across the bank holiday (14 calendar days)', '2018-05-29', { kind: 'due-soon', workingDays: 10 }],
    ['due on the bank holiday itself', '2018-05-28', { kind: 'due-soon', workingDays: 9 }],
    ['11 working days away', '2018-05-30', null],
  ] as const)('%s', (_name, target, expected) => {
    const items = reminded([due(1, target)]).reminders[0]?.items ?? [];
    expect(items[0]?.reason ?? null).toEqual(expected);
  });

  it.each([
    ['complete', { status: 'complete' as const }],
    ['without a target date', { targetDate: null }],
  ])('leaves out an action %s', (_name, change) => {
    expect(reminded([due(1, '2018-05-01', change)]).reminders).toEqual([]);
  });

  it('takes a shorter window and another calendar when given', () => {
    const snapshot = snapshotOf({ actions: [due(1, '2018-05-16')] });
    const extraDayOff = holidayCalendarWith([isoDate('2018-05-15')]);
    expect(planReminders(snapshot, TODAY, { withinWorkingDays: 1 }).reminders).toEqual([]);
    expect(planReminders(snapshot, TODAY, { withinWorkingDays: 1, holidays: extraDayOff }).reminders).toHaveLength(1);
  });
});

describe('who is reminded', () => {
  it('groups each person’s actions into one reminder, overdue first', () => {
    const preview = reminded(
      [
        due(1, '2018-05-25'),
        due(2, '2018-05-01'),
        due(3, '2018-05-15', { leadAgency: 'health', leadOfficer: HEALTH_LEAD.id }),
        due(4, '2018-05-11'),
      ],
      [OWNER, HEALTH_LEAD],
    );
    expect(preview.reminders.map((r) => [r.recipient.displayName, r.items.map((i) => i.action.id)])).toEqual([
      ['Hana Health', ['act-3']],
      ['Pat Police', ['act-2', 'act-4', 'act-1']],
    ]);
    expect(preview.unreached).toEqual([]);
  });

  it('falls back to the lead agency’s owners when an action has no lead officer', () => {
    const preview = reminded(
      [due(1, '2018-05-01', { leadAgency: 'health', leadOfficer: null })],
      [OWNER, HEALTH_LEAD, HEALTH_OWNER],
    );
    expect(preview.reminders.map((r) => r.recipient.userId).sort()).toEqual(['u-health-lead', 'u-health-owner']);
  });

  it('lists actions nobody can be reminded about', () => {
    const preview = reminded([due(1, '2018-05-01', { leadAgency: 'probation', leadOfficer: null })]);
    expect(preview.reminders).toEqual([]);
    expect(preview.unreached.map((i) => i.action.id)).toEqual(['act-1']);
  });
});

describe('reminder wording', () => {
  it.each([
    [{ kind: 'overdue', workingDays: 1 }, 'overdue by 1 working day'],
    [{ kind: 'overdue', workingDays: 3 }, 'overdue by 3 working days'],
    [{ kind: 'overdue', workingDays: 0 }, 'overdue'],
    [{ kind: 'due-soon', workingDays: 0 }, 'due today'],
    [{ kind: 'due-soon', workingDays: 2 }, 'due in 2 working days'],
  ] as const)('%j reads "%s"', (reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });

  it('summarises and lists a person’s actions, linking to the one action or to their actions', () => {
    let n = 0;
    const ids = idSource(() => String(++n));
    const sender = { userId: 'u-dcs' as UserId, displayName: 'Amara Okafor' };
    const preview = reminded([due(1, '2018-05-10'), due(2, '2018-05-16')]);
    expect(reminderSummary(preview.reminders[0]!.items)).toBe('1 action overdue and 1 due soon');
    const [one] = reminderNotifications(preview, { plan: PLAN, sender, now: NOW, ids });
    expect(one?.notification).toMatchObject({
      id: 'ntf-1',
      recipientId: OWNER.userId,
      kind: 'reminder',
      subject: 'Reminder: 1 action overdue and 1 due soon',
      target: { view: 'my-actions', planId: PLAN.id },
      senderName: 'Amara Okafor',
      read: false,
    });
    expect(one?.notification.body.split('\n')).toEqual([
      'Amara Okafor sent a reminder about Testshire JTAI 2018:',
      '• Action 1 (target 10 May 2018; overdue by 2 working days)',
      '• Action 2 (target 16 May 2018; due in 2 working days)',
      expect.stringContaining('Post a progress update'),
    ]);
    expect(one?.activity).toEqual({
      type: 'actionOverdue',
      parameters: { summary: '1 action overdue and 1 due soon', plan: 'Testshire JTAI 2018' },
    });

    const single = reminderNotifications(reminded([due(5, '2018-05-10')]), { plan: PLAN, sender, now: NOW, ids });
    expect(single[0]?.notification.target).toEqual({ view: 'action', planId: PLAN.id, actionId: 'act-5' });
    expect(single[0]?.notification.subject).toBe('Reminder: 1 action overdue');
  });
});
