import type { StoreApi } from 'zustand/vanilla';
import type { LoadState } from '../state/load-state';
import { parseRoute } from '../ui/routing/route';

interface Loading {
  readonly load: LoadState;
}

const settled = (store: StoreApi<Loading>) => {
  const { status } = store.getState().load;
  return status === 'ready' || status === 'error';
};

/**
 * Resolves once the screen the app is on has its data (or has shown why not): the plan's, on a
 * plan's screen; else the plan list's. Work that must not hold up the first paint waits for it.
 */
export function whenFirstViewSettled(
  stores: { readonly planView: StoreApi<Loading>; readonly planList: StoreApi<Loading> },
  currentHash: () => string,
): Promise<void> {
  return new Promise((resolve) => {
    const watched = () => ('planId' in parseRoute(currentHash()) ? stores.planView : stores.planList);
    const unsubscribes: (() => void)[] = [];
    const check = () => {
      if (!settled(watched())) return;
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      resolve();
    };
    unsubscribes.push(stores.planView.subscribe(check), stores.planList.subscribe(check));
    check();
  });
}
