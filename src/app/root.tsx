import { useMemo, useState } from 'react';
import { App } from '../ui/app';
import { initialTheme, saveTheme, type ThemeName } from '../ui/theme/theme-preference';
import { buildServices, type ServiceDeps } from './build-services';

/** Holds the theme choice and builds the services once per signed-in person. */
export function Root({ deps }: { deps: ServiceDeps }) {
  const [theme, setThemeState] = useState<ThemeName>(() =>
    initialTheme(localStorage, (q) => window.matchMedia?.(q).matches ?? false),
  );
  const services = useMemo(() => buildServices(deps), [deps]);
  const setTheme = (next: ThemeName) => {
    saveTheme(localStorage, next);
    setThemeState(next);
  };
  return <App services={{ ...services, theme, setTheme }} />;
}
