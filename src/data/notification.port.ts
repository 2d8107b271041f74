import type { UserId } from '../domain/ids';
import type { Notification, OutgoingNotification } from '../domain/notifications/notification';
import type { StoreVersion, Versioned } from './plan-store.port';

/** What a send achieved. The inbox items are the record; the Teams activity feed is a courtesy on top. */
export interface SendReport {
  /** Inbox items written (every one sent: a failure rejects instead). */
  readonly stored: number;
  /** Teams activity notifications delivered; 0 outside Teams. A failed one is not an error. */
  readonly teamsDelivered: number;
}

/**
 * Notifications in domain terms: each person's in-app inbox, and (inside Teams) their activity
 * feed. Every method rejects with `StoreError` on failure.
 */
export interface NotificationStore {
  /**
   * Adds each notification to its recipient's inbox, then, where the app runs in Teams, posts it to
   * their activity feed. Sending the same notifications again (same ids) after a failure adds
   * only those not yet stored.
   */
  send(notifications: readonly OutgoingNotification[]): Promise<SendReport>;
  /** The person's inbox across every plan on the site, newest first. */
  listInbox(userId: UserId): Promise<readonly Versioned<Notification>[]>;
  /** Marks one notification read; only its recipient may. */
  markRead(notification: Notification, version: StoreVersion): Promise<Versioned<Notification>>;
}
