import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanStore } from '../data/plan-store.port';
import { idSource, type IdSource, type PlanId } from '../domain/ids';
import { newPlan, titleOnlyDetails, type NewPlanIds } from '../domain/new-plan';
import type { DirectoryUser } from '../domain/persona';
import { describeStoreError, isPassingFailure, type Problem } from './describe-store-error';
import { writeImport } from './letter-import/writes';

/** A plan the tab can show. */
export interface PlanChoice {
  readonly id: PlanId;
  readonly title: string;
}

/** One of the site's owners, as SharePoint lists them: who a person is told to ask. */
export interface SiteOwner {
  readonly name: string;
  readonly email: string | null;
}

export type PlanChoicesState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly plans: readonly PlanChoice[] }
  | { readonly status: 'error'; readonly problem: Problem };

/** The site's owners, or `unknown` where the app could not read them. */
export type SiteOwnersState =
  | { readonly status: 'idle' | 'loading' | 'unknown' }
  | { readonly status: 'ready'; readonly owners: readonly SiteOwner[] };

export type StartPlanState =
  { readonly status: 'idle' | 'running' } | { readonly status: 'failed'; readonly message: string };

export interface ConfigureTabState {
  readonly choices: PlanChoicesState;
  readonly owners: SiteOwnersState;
  readonly start: StartPlanState;
  /** The id of the plan "Start a new plan" makes on this page; kept so a retry finishes it. */
  readonly startingPlanId: PlanId | null;
  /** The site's plans that are not archived. */
  loadPlans(): Promise<void>;
  loadOwners(): Promise<void>;
  /**
   * Starts a plan with its creator as plan admin. Every call on this page (a second Save, a retry
   * after a failure, a double click while one runs) finishes the one plan instead of adding another.
   * Rejects with an Error whose message says what to do.
   */
  startPlan(title: string): Promise<PlanChoice>;
}

export interface ConfigureTabDeps {
  readonly store: PlanStore;
  /** The signed-in person, who becomes the new plan's admin (read from the store when not given). */
  readonly user?: DirectoryUser;
  readonly ids?: IdSource;
  /** The site's owners; absent where the app cannot ask SharePoint. */
  readonly readOwners?: () => Promise<readonly SiteOwner[]>;
}

const randomIds = idSource(() => crypto.randomUUID().replace(/-/g, '').slice(0, 16));

const NOT_FINISHED =
  'SharePoint could not be reached to finish the new plan. Select Save again: the same plan will be finished rather than a second one made.';
const NOT_ALLOWED =
  'You cannot start a plan on this site: once the site is set up, only a site owner or an admin of an existing plan can. Choose an existing plan, or ask a site owner to start it.';

function startFailure(error: unknown): string {
  if (isPassingFailure(error)) return NOT_FINISHED;
  const problem = describeStoreError(error, 'not-saved');
  return problem.kind === 'forbidden' ? NOT_ALLOWED : problem.message;
}

/** A title as it is compared with others: case and spacing aside. */
const comparable = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

/** Another plan of the site already called this (case and spacing aside), other than the one being started. */
export function planWithTitle(
  plans: readonly PlanChoice[],
  title: string,
  startingPlanId: PlanId | null,
): PlanChoice | null {
  const wanted = comparable(title);
  if (!wanted) return null;
  return plans.find((p) => p.id !== startingPlanId && comparable(p.title) === wanted) ?? null;
}

/** The channel tab configuration page's state: the site's plans, its owners, and starting a plan. */
export function createConfigureTabStore(deps: ConfigureTabDeps): StoreApi<ConfigureTabState> {
  const ids = deps.ids ?? randomIds;
  let starting: NewPlanIds | null = null;
  let running: Promise<PlanChoice> | null = null;

  const finish = async (title: string): Promise<PlanChoice> => {
    starting ??= { plan: ids('plan'), member: ids('member') };
    const me = deps.user ?? (await deps.store.whoAmI());
    const { plan, creator } = newPlan(titleOnlyDetails(title), starting, me);
    await writeImport(deps.store, { plan, findings: [], creator });
    return { id: plan.id, title: plan.title };
  };

  return createStore<ConfigureTabState>()((set, get) => ({
    choices: { status: 'idle' },
    owners: { status: 'idle' },
    start: { status: 'idle' },
    startingPlanId: null,
    async loadPlans() {
      set({ choices: { status: 'loading' } });
      try {
        const plans = await deps.store.listPlans();
        const choices = plans.filter((p) => !p.value.archived).map((p) => ({ id: p.value.id, title: p.value.title }));
        set({ choices: { status: 'ready', plans: choices } });
      } catch (error) {
        set({ choices: { status: 'error', problem: describeStoreError(error) } });
      }
    },
    async loadOwners() {
      if (!deps.readOwners) return set({ owners: { status: 'unknown' } });
      set({ owners: { status: 'loading' } });
      try {
        set({ owners: { status: 'ready', owners: await deps.readOwners() } });
      } catch {
        set({ owners: { status: 'unknown' } });
      }
    },
    startPlan(title) {
      running ??= finish(title)
        .then(
          (plan) => {
            const { choices } = get();
            const listed = choices.status === 'ready' ? choices.plans.filter((p) => p.id !== plan.id) : [];
            set({ start: { status: 'idle' }, choices: { status: 'ready', plans: [...listed, plan] } });
            return plan;
          },
          (error: unknown) => {
            const message = startFailure(error);
            set({ start: { status: 'failed', message } });
            throw new Error(message);
          },
        )
        .finally(() => {
          running = null;
        });
      set({ start: { status: 'running' }, startingPlanId: starting?.plan ?? null });
      return running;
    },
  }));
}
