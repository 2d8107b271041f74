import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NotificationId, UserId } from '../domain/ids';
import { newestFirst, type Notification } from '../domain/notifications/notification';
import type { NotificationStore } from '../data/notification.port';
import type { StoreVersion } from '../data/plan-store.port';
import { describeStoreError, type Problem } from './describe-store-error';
import type { LoadState } from './load-state';

export interface InboxState {
  readonly load: LoadState;
  /** Newest first. */
  readonly items: readonly Notification[];
  /** Why marking an item read failed, shown until the next attempt. */
  readonly problem: Problem | null;
  /** Reads the inbox again; keeps what is shown while it loads. */
  refresh(): Promise<void>;
  markRead(id: NotificationId): Promise<void>;
}

export interface InboxDeps {
  readonly notifications: NotificationStore;
  readonly userId: UserId;
}

/** The signed-in person's notifications across every plan on the site. */
export function createInboxStore(deps: InboxDeps): StoreApi<InboxState> {
  const versions = new Map<NotificationId, StoreVersion>();
  /**
   * Marked read here but not yet seen read in a loaded inbox. A read that started before the mark
   * (the page's own refresh, say) answers with the item unread; it stays shown read.
   */
  const markedRead = new Set<NotificationId>();
  /** The latest read asked for: an earlier one that answers after it shows nothing. */
  let reads = 0;
  return createStore<InboxState>()((set, get) => {
    const show = (items: readonly Notification[]) => set({ items: newestFirst(items) });
    const withLocalMarks = (loaded: readonly Notification[]) =>
      loaded.map((n) => (markedRead.has(n.id) && !n.read ? { ...n, read: true } : n));
    return {
      load: { status: 'idle' },
      items: [],
      problem: null,
      async refresh() {
        const read = ++reads;
        if (get().load.status !== 'ready') set({ load: { status: 'loading' } });
        try {
          const loaded = await deps.notifications.listInbox(deps.userId);
          if (read !== reads) return;
          loaded.forEach((v) => {
            if (v.value.read) markedRead.delete(v.value.id);
            if (!markedRead.has(v.value.id)) versions.set(v.value.id, v.version);
          });
          show(withLocalMarks(loaded.map((v) => v.value)));
          set({ load: { status: 'ready' } });
        } catch (error) {
          if (read === reads) set({ load: { status: 'error', problem: describeStoreError(error) } });
        }
      },
      async markRead(id) {
        const item = get().items.find((n) => n.id === id);
        const version = versions.get(id);
        if (!item || item.read || !version) return;
        markedRead.add(id);
        show(get().items.map((n) => (n.id === id ? { ...n, read: true } : n)));
        set({ problem: null });
        try {
          const saved = await deps.notifications.markRead(item, version);
          versions.set(id, saved.version);
        } catch (error) {
          markedRead.delete(id);
          show(get().items.map((n) => (n.id === id ? { ...n, read: false } : n)));
          set({ problem: describeStoreError(error) });
        }
      },
    };
  });
}
