import { describe, expect, it } from 'vitest';
import type { NotificationStore } from '../../src/data/notification.port';
import type { StoreVersion, Versioned } from '../../src/data/plan-store.port';
import { StoreError } from '../../src/data/store-error';
import type { NotificationId, PlanId, UserId } from '../../src/domain/ids';
import { unreadCount, type Notification } from '../../src/domain/notifications/notification';
import { createInboxStore } from '../../src/state/inbox-store';

const OWNER = 'u-police-owner' as UserId;

const reminder: Notification = {
  id: 'n-1' as NotificationId,
  planId: 'plan-1' as PlanId,
  planTitle: 'Haringey JTAI 2018',
  recipientId: OWNER,
  kind: 'reminder',
  subject: 'Reminder: 1 action overdue',
  body: 'Second two detective constables',
  target: { view: 'my-actions', planId: 'plan-1' as PlanId },
  createdAt: '2018-03-22T10:00:00Z' as Notification['createdAt'],
  senderId: 'u-dcs' as UserId,
  senderName: 'Amara Okafor',
  read: false,
};

/**
 * One person's inbox as a list that answers a read with what it held when the read began, and holds
 * each answer until `answerReads` (a read still on its way while the person acts).
 */
function slowInbox() {
  let stored: Versioned<Notification> = { value: reminder, version: '1' as StoreVersion };
  const later: Versioned<Notification>[] = [];
  const waiting: (() => void)[] = [];
  let failNextMark = false;
  const notifications: NotificationStore = {
    send: async () => ({ stored: 0, teamsDelivered: 0 }),
    listInbox: (userId) => {
      const snapshot = userId === OWNER ? [...later, stored] : [];
      return new Promise((resolve) => waiting.push(() => resolve(snapshot)));
    },
    markRead: async (n, version) => {
      if (failNextMark) {
        failNextMark = false;
        throw new StoreError('offline', 'SharePoint could not be reached.');
      }
      if (version !== stored.version) throw new StoreError('conflict', 'Changed by someone else.');
      stored = { value: { ...n, read: true }, version: `${Number(stored.version) + 1}` as StoreVersion };
      return stored;
    },
  };
  return {
    notifications,
    answerReads: () => waiting.splice(0).forEach((answer) => answer()),
    /** Answers the reads asked for, the last asked first. */
    answerReadsLastFirst: () =>
      waiting
        .splice(0)
        .reverse()
        .forEach((answer) => answer()),
    deliver: (n: Notification) => later.unshift({ value: n, version: '1' as StoreVersion }),
    failNextMark: () => (failNextMark = true),
    isReadInList: () => stored.value.read,
  };
}

async function loadedInbox(list: ReturnType<typeof slowInbox>) {
  const inbox = createInboxStore({ notifications: list.notifications, userId: OWNER });
  const first = inbox.getState().refresh();
  list.answerReads();
  await first;
  return inbox;
}

describe('the inbox store', () => {
  it('keeps an item read when a read that began before it was marked answers with it unread', async () => {
    const list = slowInbox();
    const inbox = await loadedInbox(list);
    expect(unreadCount(inbox.getState().items)).toBe(1);

    const staleRead = inbox.getState().refresh();
    await inbox.getState().markRead(reminder.id);
    expect(list.isReadInList()).toBe(true);
    list.answerReads();
    await staleRead;
    expect(unreadCount(inbox.getState().items)).toBe(0);

    const freshRead = inbox.getState().refresh();
    list.answerReads();
    await freshRead;
    expect(unreadCount(inbox.getState().items)).toBe(0);
  });

  it('shows an item unread again, with why, when marking it read fails; a later mark succeeds', async () => {
    const list = slowInbox();
    const inbox = await loadedInbox(list);
    list.failNextMark();
    await inbox.getState().markRead(reminder.id);
    expect(unreadCount(inbox.getState().items)).toBe(1);
    expect(inbox.getState().problem).not.toBeNull();

    const reread = inbox.getState().refresh();
    list.answerReads();
    await reread;
    expect(unreadCount(inbox.getState().items)).toBe(1);

    await inbox.getState().markRead(reminder.id);
    expect(list.isReadInList()).toBe(true);
    expect(inbox.getState().problem).toBeNull();
  });

  it('shows what the latest read found when an earlier read answers after it', async () => {
    const list = slowInbox();
    const inbox = await loadedInbox(list);
    const earlier = inbox.getState().refresh();
    list.deliver({ ...reminder, id: 'n-2' as NotificationId, subject: 'Progress update requested' });
    const latest = inbox.getState().refresh();
    list.answerReadsLastFirst();
    await Promise.all([earlier, latest]);
    expect(inbox.getState().items.map((n) => n.subject)).toEqual([
      'Progress update requested',
      'Reminder: 1 action overdue',
    ]);
  });
});
