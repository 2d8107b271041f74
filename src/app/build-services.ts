import type { PlanStore } from '../data/plan-store.port';
import { londonDateOf } from '../domain/dates';
import { idSource, type IdSource } from '../domain/ids';
import type { DirectoryUser } from '../domain/persona';
import { createPlanListStore } from '../state/plan-list-store';
import { createPlanViewStore } from '../state/plan-view-store';
import type { PendingEditStorage } from '../state/pending-edits';
import type { AppServices } from '../ui/app-services';

export interface ServiceDeps {
  readonly store: PlanStore;
  readonly user: DirectoryUser;
  readonly host: 'teams' | 'standalone';
  readonly pending: PendingEditStorage;
  readonly now?: () => Date;
  readonly ids?: IdSource;
  readonly switchPerson?: () => void;
}

/** Builds the stores the UI runs on; fresh ones for every signed-in person (and every test). */
export function buildServices(deps: ServiceDeps): Omit<AppServices, 'theme' | 'setTheme'> {
  const now = deps.now ?? (() => new Date());
  return {
    user: deps.user,
    planList: createPlanListStore({ store: deps.store, userId: deps.user.id }),
    planView: createPlanViewStore({
      store: deps.store,
      userId: deps.user.id,
      userName: deps.user.displayName,
      ids: deps.ids ?? idSource(randomSuffix),
      now,
      pending: deps.pending,
    }),
    today: () => londonDateOf(now()),
    host: deps.host,
    switchPerson: deps.switchPerson,
  };
}

/** Random enough to never collide across partners editing at once; short enough to read. */
function randomSuffix(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}
