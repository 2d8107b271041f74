import type { ItemBody, KeyValuePair, TeamworkActivityTopic } from '@microsoft/microsoft-graph-types';
import type { NotificationTarget, OutgoingNotification } from '../../domain/notifications/notification';
import { sendBatch, type BatchRequest } from './batch';
import type { GraphApi } from './graph-api';

/** Teams shows the first 150 characters of an activity's preview text. */
const PREVIEW_LIMIT = 150;

/** How the app reaches Teams' activity feed; given only when the app runs inside Teams. */
export interface TeamsActivityOptions {
  /**
   * The Teams deep link (`https://teams.microsoft.com/l/entity/…`) that opens the tab on the
   * target; null when none can be made (then the inbox item is all that is sent).
   */
  readonly webUrlFor: (target: NotificationTarget) => string | null;
}

export const activityPath = (userId: string): string =>
  `/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`;

/**
 * The body of `sendActivityNotification` with a custom (text) topic: the plan's title, opening
 * `webUrl`, which for a text topic must be a Teams deep link. The activity type and its template
 * parameters are those the manifest declares.
 */
export function activityBody(
  outgoing: OutgoingNotification,
  webUrl: string,
): {
  readonly topic: TeamworkActivityTopic;
  readonly activityType: string;
  readonly previewText: ItemBody;
  readonly templateParameters: readonly KeyValuePair[];
} {
  const { notification, activity } = outgoing;
  const preview = notification.subject;
  return {
    topic: { source: 'text', value: notification.planTitle, webUrl },
    activityType: activity.type,
    previewText: { content: preview.length > PREVIEW_LIMIT ? `${preview.slice(0, PREVIEW_LIMIT - 1)}…` : preview },
    templateParameters: Object.entries(activity.parameters).map(([name, value]) => ({ name, value })),
  };
}

/**
 * Posts each notification to its recipient's Teams activity feed and counts those delivered.
 * Never rejects: the feed is a courtesy on top of the inbox, so a refusal (the app not installed
 * for the person, consent missing, throttling) leaves just the inbox item.
 */
export async function postActivities(
  api: GraphApi,
  options: TeamsActivityOptions,
  outgoing: readonly OutgoingNotification[],
): Promise<number> {
  const requests: BatchRequest[] = outgoing.flatMap((o) => {
    const webUrl = options.webUrlFor(o.notification.target);
    return webUrl
      ? [{ method: 'POST' as const, url: activityPath(o.notification.recipientId), body: activityBody(o, webUrl) }]
      : [];
  });
  if (requests.length === 0) return 0;
  try {
    const results = await sendBatch(api, requests);
    return results.filter((r) => r.ok).length;
  } catch {
    return 0;
  }
}
