import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanId } from '../domain/ids';
import type {
  PermissionSyncResult,
  SetupProgress,
  SetupResult,
  SiteSetup,
  SiteSetupStatus,
} from '../data/site-setup.port';
import { describeStoreError, type Problem } from './describe-store-error';

export type { PermissionSyncResult, SetupProgress, SetupResult, SiteSetupStatus } from '../data/site-setup.port';

export type InspectionState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly site: SiteSetupStatus }
  | { readonly status: 'error'; readonly problem: Problem };

export type SetupRunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: SetupProgress | null }
  | { readonly status: 'done'; readonly result: SetupResult }
  | { readonly status: 'failed'; readonly problem: Problem };

export type PermissionRunState =
  | { readonly status: 'idle' | 'running' }
  | { readonly status: 'done'; readonly result: PermissionSyncResult }
  | { readonly status: 'failed'; readonly problem: Problem };

export interface SiteSetupState {
  readonly inspection: InspectionState;
  readonly run: SetupRunState;
  /** The last "Re-apply permissions" a person asked for. */
  readonly reapply: PermissionRunState;
  /** A background permission sync that failed after a change, noted for the setup page. */
  readonly backgroundProblem: string | null;
  inspect(): Promise<void>;
  setUp(): Promise<void>;
  reapplyPermissions(planId: PlanId): Promise<void>;
  noteBackgroundProblem(message: string | null): void;
}

/** Whether the app must stop at the setup page: the site lacks what this build needs. */
export const needsSetup = (site: SiteSetupStatus): boolean =>
  site.state === 'not-set-up' || site.state === 'upgrade-needed';

/** The setup page's state over the `SiteSetup` port; `initial` is an inspection made at start-up. */
export function createSiteSetupStore(setup: SiteSetup, initial?: SiteSetupStatus): StoreApi<SiteSetupState> {
  return createStore<SiteSetupState>()((set, get) => ({
    inspection: initial ? { status: 'ready', site: initial } : { status: 'idle' },
    run: { status: 'idle' },
    reapply: { status: 'idle' },
    backgroundProblem: null,
    async inspect() {
      set({ inspection: { status: 'loading' } });
      try {
        set({ inspection: { status: 'ready', site: await setup.inspect() } });
      } catch (error) {
        set({ inspection: { status: 'error', problem: describeStoreError(error) } });
      }
    },
    async setUp() {
      if (get().run.status === 'running') return;
      set({ run: { status: 'running', progress: null } });
      try {
        const result = await setup.setUp((progress) => set({ run: { status: 'running', progress } }));
        set({ run: { status: 'done', result } });
      } catch (error) {
        set({ run: { status: 'failed', problem: describeStoreError(error) } });
      }
      await get().inspect();
    },
    async reapplyPermissions(planId) {
      if (get().reapply.status === 'running') return;
      set({ reapply: { status: 'running' } });
      try {
        set({ reapply: { status: 'done', result: await setup.reapplyPermissions(planId) }, backgroundProblem: null });
      } catch (error) {
        set({ reapply: { status: 'failed', problem: describeStoreError(error) } });
      }
    },
    noteBackgroundProblem: (message) => set({ backgroundProblem: message }),
  }));
}
