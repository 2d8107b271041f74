import type { GraphServices } from './graph-request';

/** One Teams activity notification as the emulator received it. */
export interface RecordedActivity {
  readonly at: string;
  readonly senderId: string;
  readonly recipientId: string;
  readonly activityType: string;
  readonly topic: { readonly source: string; readonly value: string; readonly webUrl: string | null };
  readonly previewText: string;
  readonly templateParameters: readonly { readonly name: string; readonly value: string }[];
}

/**
 * Teams' activity feed is not part of the SharePoint site, so it is kept in memory, per emulated
 * site, only for tests and demos to look at (`GET /_emulator/activity?user=…`).
 */
const feeds = new WeakMap<GraphServices['site'], RecordedActivity[]>();

function feedOf(site: GraphServices['site']): RecordedActivity[] {
  let feed = feeds.get(site);
  if (!feed) feeds.set(site, (feed = []));
  return feed;
}

export function recordActivity(site: GraphServices['site'], activity: RecordedActivity): void {
  feedOf(site).push(activity);
}

/** Activity sent to one person (or to everyone when no user is given), oldest first. */
export function activitiesFor(site: GraphServices['site'], userId: string | null): RecordedActivity[] {
  return feedOf(site).filter((a) => userId === null || a.recipientId === userId);
}

export function clearActivities(site: GraphServices['site']): void {
  feedOf(site).length = 0;
}
