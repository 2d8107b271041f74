import type { NotificationStore } from '../data/notification.port';
import type { IdSource } from '../domain/ids';
import type { DirectoryUser } from '../domain/persona';
import { createInboxStore } from '../state/inbox-store';
import { createStageNotifier } from '../state/stage-notifier';

/** The inbox, reminders and stage notifications, all over one notification store. */
export function notificationServices(deps: {
  readonly notifications: NotificationStore;
  readonly user: DirectoryUser;
  readonly ids: IdSource;
  readonly now: () => Date;
}) {
  const { notifications, user, ids, now } = deps;
  return {
    inbox: createInboxStore({ notifications, userId: user.id }),
    reminders: { notifications, sender: { userId: user.id, displayName: user.displayName }, ids, now },
    stageNotifier: createStageNotifier({ notifications, ids, now }),
  };
}
