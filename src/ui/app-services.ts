import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../domain/dates';
import type { DirectoryUser } from '../domain/persona';
import type { InboxState } from '../state/inbox-store';
import type { LetterImportState } from '../state/letter-import/state';
import type { PlanListState } from '../state/plan-list-store';
import type { PlanViewState } from '../state/plan-view/plan-view-store';
import type { ReminderDeps } from '../state/notification-batches';
import type { SiteSetupState } from '../state/site-setup-store';
import type { SubmissionLibrary } from '../state/submission-library';
import type { ThemeName } from './theme/theme-preference';

/** What the composition root hands the UI: stores, the person, and host capabilities. */
export interface AppServices {
  readonly user: DirectoryUser;
  readonly planList: StoreApi<PlanListState>;
  readonly planView: StoreApi<PlanViewState>;
  /** The findings-letter import, loaded on first use so the parser, pdf.js and mammoth stay out of the first view. */
  readonly letterImport: () => Promise<StoreApi<LetterImportState>>;
  /** Saves built submission files to the site's document library. */
  readonly submissionLibrary: SubmissionLibrary;
  /** "Set up this site" and item permissions; absent where the app cannot reach the site's setup. */
  readonly siteSetup?: StoreApi<SiteSetupState>;
  /** The signed-in person's notifications; absent where the app has no notification store. */
  readonly inbox?: StoreApi<InboxState>;
  /** Reminders to owners of overdue and soon-due actions; present with the inbox. */
  /** What reminders are sent with; the dashboard (a lazy chunk) builds the commands from it. */
  readonly reminders?: ReminderDeps;
  readonly today: () => IsoDate;
  /** How often an open, visible plan looks for changes others made. */
  readonly liveChangesEveryMs: number;
  readonly host: 'teams' | 'standalone';
  /** Standalone only: leave the demo persona to pick another. */
  readonly switchPerson?: () => void;
  readonly theme: ThemeName;
  readonly setTheme: (theme: ThemeName) => void;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useServices needs an AppServicesContext provider');
  return services;
}
