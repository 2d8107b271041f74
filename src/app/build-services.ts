import type { NotificationStore } from '../data/notification.port';
import type { PlanStore } from '../data/plan-store.port';
import { londonDateOf } from '../domain/dates';
import { idSource, type IdSource } from '../domain/ids';
import type { DirectoryUser } from '../domain/persona';
import type { LetterFile } from '../letter-text/extract-letter-text';
import type { PdfProgress } from '../letter-text/extract-pdf-text';
import { lazyLetterImport } from '../state/letter-import/lazy';
import { createPlanListStore } from '../state/plan-list-store';
import { createPlanViewStore } from '../state/plan-view/plan-view-store';
import type { SiteSetupState } from '../state/site-setup-store';
import type { StoreApi } from 'zustand/vanilla';
import { createSubmissionLibrary } from '../state/submission-library';
import type { PendingEditStorage } from '../state/pending-edits';
import type { AppServices } from '../ui/app-services';
import { DEFAULT_LIVE_CHANGES_MS } from './live-changes-interval';
import { notificationServices } from './notification-services';

export interface ServiceDeps {
  readonly store: PlanStore;
  readonly user: DirectoryUser;
  readonly host: 'teams' | 'standalone';
  readonly pending: PendingEditStorage;
  readonly now?: () => Date;
  readonly ids?: IdSource;
  readonly switchPerson?: () => void;
  /** Keeps a half-reviewed letter import across reloads; the browser's localStorage unless given. */
  readonly draftStorage?: Storage | null;
  /** Inboxes, reminders and stage notifications; without it the app notifies no one. */
  readonly notifications?: NotificationStore;
  /** "Set up this site" and item permissions (see site-services.ts). */
  readonly siteSetup?: StoreApi<SiteSetupState>;
  /** The plans' SharePoint site: links into it (the document library) are the only ones offered as links. */
  readonly siteUrl?: string;
  /** How often an open plan looks for others' changes (20 seconds unless set). */
  readonly liveChangesEveryMs?: number;
  /** Runs once the first screen has its data: checks that must not hold up the first paint. */
  readonly afterFirstView?: () => Promise<void>;
}

/** Text extraction loads on first use and runs in a Web Worker the import can stop. */
async function extractLetterTextLazily(file: LetterFile, onProgress: PdfProgress, signal: AbortSignal) {
  const { extractLetterTextInWorker } = await import(
    /* webpackChunkName: "letter-text" */ '../letter-text/browser-extraction'
  );
  return extractLetterTextInWorker(file, onProgress, signal);
}

const browserStorage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/** Builds the stores the UI runs on; fresh ones for every signed-in person (and every test). */
export function buildServices(deps: ServiceDeps): Omit<AppServices, 'theme' | 'setTheme'> {
  const now = deps.now ?? (() => new Date());
  const ids = deps.ids ?? idSource(randomSuffix);
  const notifying = deps.notifications
    ? notificationServices({ notifications: deps.notifications, user: deps.user, ids, now })
    : null;
  return {
    user: deps.user,
    planList: createPlanListStore({ store: deps.store, userId: deps.user.id, user: deps.user, ids }),
    planView: createPlanViewStore({
      store: deps.store,
      userId: deps.user.id,
      userName: deps.user.displayName,
      ids,
      now,
      pending: deps.pending,
      ...(notifying && { stageNotifier: notifying.stageNotifier }),
    }),
    ...(notifying && { inbox: notifying.inbox, reminders: notifying.reminders }),
    submissionLibrary: createSubmissionLibrary(deps.store, deps.siteUrl ?? null),
    ...(deps.siteSetup && { siteSetup: deps.siteSetup }),
    letterImport: lazyLetterImport({
      store: deps.store,
      user: deps.user,
      extractText: extractLetterTextLazily,
      ids,
      now,
      webStorage: deps.draftStorage === undefined ? browserStorage() : deps.draftStorage,
    }),
    today: () => londonDateOf(now()),
    liveChangesEveryMs: deps.liveChangesEveryMs ?? DEFAULT_LIVE_CHANGES_MS,
    host: deps.host,
    switchPerson: deps.switchPerson,
  };
}

/** Random enough to never collide across partners editing at once; short enough to read. */
function randomSuffix(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}
