import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGraphNotificationStore,
  type GraphNotificationStoreOptions,
} from '../../src/data/graph/graph-notification-store';
import type { NotificationStore } from '../../src/data/notification.port';
import type { IsoDateTime } from '../../src/domain/dates';
import type { NotificationId, PlanId, UserId } from '../../src/domain/ids';
import type { NotificationTarget, OutgoingNotification } from '../../src/domain/notifications/notification';
import { EMULATOR_SITE_ID } from '../../src/emulator/start-emulator';
import { startPlan } from './support/plan-setup';
import { recordingFetch, type RecordedRequest } from './support/recording-fetch';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';

/** The NotificationStore contract, over HTTP to the emulator. */

let emulator: TestEmulator;
let planId: PlanId;
let serial = 0;

beforeAll(async () => {
  emulator = await startTestEmulator();
  const dcs = emulator.storeAs('u-dcs').store;
  await dcs.ensureSchema();
  planId = (await startPlan(dcs, ['u-police-owner', 'u-health-owner'])).plan.value.id;
});
afterAll(() => emulator.stop());

const TEAMS_LINK = (target: NotificationTarget) =>
  `https://teams.microsoft.com/l/entity/app-id/plans?context=${encodeURIComponent(JSON.stringify({ subEntityId: `plan:${target.planId}` }))}`;

function notificationStore(userId: string, options: Partial<GraphNotificationStoreOptions> = {}): NotificationStore {
  return createGraphNotificationStore({
    graphBaseUrl: emulator.graphBaseUrl(),
    siteId: EMULATOR_SITE_ID,
    getToken: async () => `demo.${userId}`,
    retry: { maxRetries: 0, delaySeconds: 0 },
    ...options,
  });
}

function reminderTo(recipientId: string, at: string): OutgoingNotification {
  serial += 1;
  return {
    notification: {
      id: `ntf-contract-${serial}` as NotificationId,
      planId,
      planTitle: 'Test plan',
      recipientId: recipientId as UserId,
      kind: 'reminder',
      subject: `Reminder ${serial}: 1 action overdue`,
      body: '• Action 1 (target 10 May 2018; overdue by 2 working days)',
      target: { view: 'my-actions', planId },
      createdAt: at as IsoDateTime,
      senderId: 'u-dcs' as UserId,
      senderName: 'Amara Okafor',
      read: false,
    },
    activity: { type: 'actionOverdue', parameters: { summary: '1 action overdue', plan: 'Test plan' } },
  };
}

const control = (path: string, method = 'GET') => emulator.control(path, { method });
const activityFor = async (userId: string) =>
  ((await (await control(`activity?user=${userId}`)).json()) as { value: unknown[] }).value;

describe('inboxes', () => {
  it('stores each notification in its recipient’s inbox, newest first, and nobody else’s', async () => {
    const older = reminderTo('u-police-owner', '2018-05-14T09:00:00.000Z');
    const newer = reminderTo('u-police-owner', '2018-05-15T09:00:00.000Z');
    const other = reminderTo('u-health-owner', '2018-05-15T09:00:00.000Z');
    const report = await notificationStore('u-dcs').send([older, newer, other]);
    expect(report).toEqual({ stored: 3, teamsDelivered: 0 });

    const inbox = await notificationStore('u-police-owner').listInbox('u-police-owner' as UserId);
    expect(inbox.map((v) => v.value.id)).toEqual([newer.notification.id, older.notification.id]);
    expect(inbox[0]!.value).toMatchObject({ subject: newer.notification.subject, senderName: 'Amara Okafor' });
    expect(await activityFor('u-police-owner')).toEqual([]);
  });

  it('shows the sender SharePoint recorded, whatever name the notification claims', async () => {
    const forged = reminderTo('u-health-owner', '2018-05-16T09:00:00.000Z');
    const claimed = {
      ...forged,
      notification: { ...forged.notification, senderId: 'u-ofsted' as UserId, senderName: 'Ofsted Inspector (HMI)' },
    };
    await notificationStore('u-police-owner').send([claimed]);
    const inbox = await notificationStore('u-health-owner').listInbox('u-health-owner' as UserId);
    const shown = inbox.find((v) => v.value.id === forged.notification.id)!.value;
    expect(shown).toMatchObject({ senderId: 'u-police-owner', senderName: 'Sarah Mitchell' });
  });

  it('lets the recipient mark a notification read', async () => {
    const sent = reminderTo('u-health-owner', '2018-05-16T09:00:00.000Z');
    await notificationStore('u-dcs').send([sent]);
    const owner = notificationStore('u-health-owner');
    const stored = (await owner.listInbox('u-health-owner' as UserId)).find(
      (v) => v.value.id === sent.notification.id,
    )!;

    const read = await owner.markRead(stored.value, stored.version);
    expect(read.value).toMatchObject({ id: sent.notification.id, read: true });
    const again = (await owner.listInbox('u-health-owner' as UserId)).find((v) => v.value.id === sent.notification.id);
    expect(again?.value.read).toBe(true);
  });
});

describe('Teams activity', () => {
  it('posts each notification to the recipient’s activity feed with a Teams deep link', async () => {
    await control('activity', 'DELETE');
    const sent = reminderTo('u-police-owner', '2018-05-17T09:00:00.000Z');
    const report = await notificationStore('u-dcs', { teams: { webUrlFor: TEAMS_LINK } }).send([sent]);
    expect(report).toEqual({ stored: 1, teamsDelivered: 1 });
    expect(await activityFor('u-police-owner')).toEqual([
      expect.objectContaining({
        senderId: 'u-dcs',
        activityType: 'actionOverdue',
        topic: { source: 'text', value: 'Test plan', webUrl: TEAMS_LINK(sent.notification.target) },
        previewText: sent.notification.subject,
        templateParameters: [
          { name: 'summary', value: '1 action overdue' },
          { name: 'plan', value: 'Test plan' },
        ],
      }),
    ]);
  });

  it.each([
    ['Graph refuses the activity (no Teams deep link)', () => 'https://example.org/not-teams', undefined],
    [
      'the activity request fails outright',
      TEAMS_LINK,
      (r: RecordedRequest) =>
        r.body?.includes('sendActivityNotification')
          ? new Response(JSON.stringify({ error: { code: 'Forbidden', message: 'Missing consent' } }), { status: 403 })
          : fetch(r.url, { method: r.method, headers: r.headers, body: r.body }),
    ],
  ])('keeps the inbox item, quietly, when %s', async (_name, webUrlFor, intercept) => {
    await control('activity', 'DELETE');
    const sent = reminderTo('u-police-owner', '2018-05-18T09:00:00.000Z');
    const store = notificationStore('u-dcs', {
      teams: { webUrlFor },
      ...(intercept ? { fetch: recordingFetch(intercept).fetch } : {}),
    });
    expect(await store.send([sent])).toEqual({ stored: 1, teamsDelivered: 0 });
    const inbox = await notificationStore('u-police-owner').listInbox('u-police-owner' as UserId);
    expect(inbox.map((v) => v.value.id)).toContain(sent.notification.id);
    expect(await activityFor('u-police-owner')).toEqual([]);
  });
});
