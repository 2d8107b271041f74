import { useEffect, useMemo, useState } from 'react';
import { App } from '../ui/app';
import { initialTheme, saveTheme, type ThemeName } from '../ui/theme/theme-preference';
import { buildServices, type ServiceDeps } from './build-services';

/** Holds the theme choice and builds the services once per signed-in person. */
export function Root({ deps }: { deps: ServiceDeps }) {
  const [theme, setThemeState] = useState<ThemeName>(() =>
    initialTheme(localStorage, (q) => window.matchMedia?.(q).matches ?? false),
  );
  const services = useMemo(() => buildServices(deps), [deps]);
  useRetryPendingEdits(services.planView);
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
