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
  return createStore<InboxState>()((set, get) => {
    const show = (items: readonly Notification[]) => set({ items: newestFirst(items) });
    return {
      load: { status: 'idle' },
      items: [],
      problem: null,
      async refresh() {
        if (get().load.status !== 'ready') set({ load: { status: 'loading' } });
        try {
          const loaded = await deps.notifications.listInbox(deps.userId);
          versions.clear();
          loaded.forEach((v) => versions.set(v.value.id, v.version));
          show(loaded.map((v) => v.value));
          set({ load: { status: 'ready' } });
        } catch (error) {
          set({ load: { status: 'error', problem: describeStoreError(error) } });
        }
      },
      async markRead(id) {
        const item = get().items.find((n) => n.id === id);
        const version = versions.get(id);
        if (!item || item.read || !version) return;
        show(get().items.map((n) => (n.id === id ? { ...n, read: true } : n)));
        set({ problem: null });
        try {
          const saved = await deps.notifications.markRead(item, version);
          versions.set(id, saved.version);
        } catch (error) {
          show(get().items.map((n) => (n.id === id ? { ...n, read: false } : n)));
          set({ problem: describeStoreError(error) });
        }
      },
    };
  });
}
