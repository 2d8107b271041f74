import { useEffect, useMemo, useState } from 'react';
import { App } from '../ui/app';
import { parseRoute } from '../ui/routing/route';
import { initialTheme, saveTheme, type ThemeName } from '../ui/theme/theme-preference';
import { buildServices, type ServiceDeps } from './build-services';
import { whenFirstViewSettled } from './first-view';

/** Holds the theme choice and builds the services once per signed-in person. */
export function Root({ deps }: { deps: ServiceDeps }) {
  const [theme, setThemeState] = useState<ThemeName>(() =>
    initialTheme(localStorage, (q) => window.matchMedia?.(q).matches ?? false),
  );
  const services = useMemo(() => buildServices(deps), [deps]);
  useRetryPendingEdits(services.planView);
  useStartUp(deps, services);
  const setTheme = (next: ThemeName) => {
    saveTheme(localStorage, next);
    setThemeState(next);
  };
  return <App services={{ ...services, theme, setTheme }} />;
}

const RETRY_EVERY_MS = 30_000;

/** Edits kept while offline or throttled are sent again when the browser comes back online, and every 30 s. */
function useRetryPendingEdits(planView: ReturnType<typeof buildServices>['planView']) {
  useEffect(() => {
    const retry = () => {
      if (Object.values(planView.getState().marks).includes('pending')) void planView.getState().retryPending();
    };
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [planView]);
}

/**
 * At start-up, opens the plan the address names at once, beside the plan list, rather than when
 * its screen has loaded; then, once the first screen has its data, runs `deps.afterFirstView`.
 */
export function useStartUp(deps: ServiceDeps, services: ReturnType<typeof buildServices>) {
  useEffect(() => {
    const route = parseRoute(window.location.hash);
    if ('planId' in route) void services.planView.getState().open(route.planId);
    const after = deps.afterFirstView;
    if (after) void whenFirstViewSettled(services, () => window.location.hash).then(after);
  }, [deps, services]);
}
