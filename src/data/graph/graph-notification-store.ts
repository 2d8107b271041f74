import type { NotificationStore } from '../notification.port';
import { createItemsOnce } from './create-once';
import { graphApi } from './graph-api';
import { createGraphClient } from './graph-client';
import type { GraphPlanStoreOptions } from './graph-plan-store';
import { itemPath } from './graph-paths';
import { queryItems, toVersioned } from './item-queries';
import { asRecord, eTagOf, type ItemFields } from './list-item';
import { notificationCodec, notificationFromItem } from './mappers/notification.mapper';
import { createStoreContext } from './store-context';
import { decodeVersion, encodeVersion } from './store-version';
import { postActivities, type TeamsActivityOptions } from './teams-activity';

export interface GraphNotificationStoreOptions extends GraphPlanStoreOptions {
  /** Given only inside Teams: also post each notification to the recipient's activity feed. */
  readonly teams?: TeamsActivityOptions;
}

/** Inboxes in the site's Notifications list, and Teams activity on top, through Microsoft Graph. */
export function createGraphNotificationStore(options: GraphNotificationStoreOptions): NotificationStore {
  const api = graphApi(createGraphClient(options));
  const ctx = createStoreContext(api, options.siteId, options.pageSize, options.knownLists);
  return {
    async send(outgoing) {
      if (outgoing.length === 0) return { stored: 0, teamsDelivered: 0 };
      const notifications = outgoing.map((o) => o.notification);
      await createItemsOnce(
        ctx,
        'notifications',
        notifications.map((n) => ({ planId: n.planId, title: n.id, fields: notificationCodec.toFields(n) })),
      );
      const teamsDelivered = options.teams ? await postActivities(api, options.teams, outgoing) : 0;
      return { stored: notifications.length, teamsDelivered };
    },
    async listInbox(userId) {
      const items = await queryItems(ctx, 'notifications', { RecipientId: userId });
      return items
        .map((item) => ({ ...toVersioned(notificationCodec, item), value: notificationFromItem(item) }))
        .sort((a, b) => b.value.createdAt.localeCompare(a.value.createdAt) || b.value.id.localeCompare(a.value.id));
    },
    // Marking read changes only `Read` and is the same whoever does it first, so it needs no If-Match.
    async markRead(_notification, version) {
      const { itemId } = decodeVersion(version);
      const path = `${itemPath(ctx.siteId, await ctx.lists.id('notifications'), itemId)}/fields`;
      const fields: ItemFields = asRecord(await api.patch(path, { Read: true }), 'the saved fields');
      return { value: notificationCodec.fromFields(fields), version: encodeVersion({ itemId, eTag: eTagOf(fields) }) };
    },
  };
}
