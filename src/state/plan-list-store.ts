import { createStore, type StoreApi } from 'zustand/vanilla';
import { idSource, type IdSource, type PlanId, type UserId } from '../domain/ids';
import type { Member } from '../domain/member';
import { newPlan, type NewPlanIds } from '../domain/new-plan';
import { newPlanDetails, type NewPlanForm, type NewPlanProblems } from '../domain/new-plan-form';
import type { DirectoryUser } from '../domain/persona';
import type { Plan } from '../domain/plan';
import type { GovernanceSummary } from '../domain/workflow/governance-summary';
import { builtInStageOf, stageLabel } from '../domain/workflow/stage-chain';
import { STAGE_LABEL } from '../domain/workflow/stage-vocabulary';
import type { PlanStore } from '../data/plan-store.port';
import { describeStoreError, refusedOrFailed } from './describe-store-error';
import { writeImport } from './letter-import/writes';
import type { LoadState } from './load-state';
import type { Outcome } from './outcome';

/** What became of starting a plan without a letter. */
export type CreatePlanOutcome = Outcome<
  { readonly status: 'created'; readonly planId: PlanId },
  { readonly status: 'invalid'; readonly problems: NewPlanProblems }
>;

export interface PlanListState {
  readonly load: LoadState;
  /**
   * Every plan on the site, archived ones included (the list hides them unless asked), each with
   * `stage` taken from its governance (a stage a partnership added shows as the built-in one before it).
   */
  readonly plans: readonly Plan[];
  /** Each plan's stage in words, by plan id: the governance chain's own label, so an added stage shows its name. */
  readonly stageLabels: Readonly<Record<string, string>>;
  /** The signed-in person's part in each plan they belong to. */
  readonly memberships: readonly Member[];
  refresh(): Promise<void>;
  /** Starts a plan without a letter, its creator as plan admin; a retry after a failure finishes the same plan. */
  createPlan(form: NewPlanForm): Promise<CreatePlanOutcome>;
}

export interface PlanListDeps {
  readonly store: PlanStore;
  readonly userId: UserId;
  /** The signed-in person, who becomes a new plan's admin (read from the store when not given). */
  readonly user?: DirectoryUser;
  readonly ids?: IdSource;
}

/** Failures after which trying again finishes the plan (nothing is sent again by itself). */
const UNFINISHED = new Set(['offline', 'throttled', 'server']);
const NOT_FINISHED =
  'SharePoint could not be reached to finish the plan. Your details are kept: try again, and the same plan will be finished rather than a second one made.';

const randomIds = idSource(() => crypto.randomUUID().replace(/-/g, '').slice(0, 16));

/** The list still shows the plans when governance cannot be read; each falls back to its stored stage. */
const governanceOrNone = (store: PlanStore): Promise<readonly GovernanceSummary[]> =>
  store.listGovernance().catch(() => []);

export function createPlanListStore(deps: PlanListDeps): StoreApi<PlanListState> {
  const ids = deps.ids ?? randomIds;
  /** Ids of the plan being started, kept until it is stored so a retry cannot make a second plan. */
  let starting: NewPlanIds | null = null;
  /** The latest read asked for: an earlier one that answers after it shows nothing. */
  let reads = 0;
  return createStore<PlanListState>()((set, get) => ({
    load: { status: 'idle' },
    plans: [],
    stageLabels: {},
    memberships: [],
    async refresh() {
      const read = ++reads;
      set({ load: { status: 'loading' } });
      try {
        const [plans, memberships, governance] = await Promise.all([
          deps.store.listPlans(),
          deps.store.listMemberships(deps.userId),
          governanceOrNone(deps.store),
        ]);
        if (read !== reads) return;
        const byPlan = new Map(governance.map((g) => [g.planId as string, g]));
        const listed = plans.map(({ value: plan }) => {
          const g = byPlan.get(plan.id);
          return g ? { ...plan, stage: builtInStageOf(g.chain, g.stage) } : plan;
        });
        const stageLabels = Object.fromEntries(
          listed.map((plan) => {
            const g = byPlan.get(plan.id);
            return [plan.id, g ? stageLabel(g.chain, g.stage) : STAGE_LABEL[plan.stage]];
          }),
        );
        set({ load: { status: 'ready' }, plans: listed, stageLabels, memberships: memberships.map((m) => m.value) });
      } catch (error) {
        if (read === reads) set({ load: { status: 'error', problem: describeStoreError(error) } });
      }
    },
    async createPlan(form) {
      const details = newPlanDetails(form);
      if (!details.ok) return { status: 'invalid', problems: details.error };
      starting ??= { plan: ids('plan'), member: ids('member') };
      try {
        const creator = deps.user ?? (await deps.store.whoAmI());
        const { plan, creator: admin } = newPlan(details.value, starting, creator);
        await writeImport(deps.store, { plan, findings: [], creator: admin });
        starting = null;
        await get().refresh();
        return { status: 'created', planId: plan.id };
      } catch (error) {
        const outcome = refusedOrFailed(error);
        return UNFINISHED.has(describeStoreError(error).kind) ? { ...outcome, message: NOT_FINISHED } : outcome;
      }
    },
  }));
}
