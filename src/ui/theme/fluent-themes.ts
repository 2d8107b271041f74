import { webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ThemeName } from './theme-preference';

export const THEME_LABEL: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** Dark and high-contrast token sets load on first use, keeping them out of the first view. */
const loaders: Record<Exclude<ThemeName, 'light'>, () => Promise<Theme>> = {
  dark: () => import(/* webpackChunkName: "theme-dark" */ './dark-theme').then((m) => m.darkTheme),
  'high-contrast': () =>
    import(/* webpackChunkName: "theme-contrast" */ './contrast-theme').then((m) => m.contrastTheme),
};
const loaded = new Map<ThemeName, Theme>([['light', webLightTheme]]);

export const isThemeName = (value: string): value is ThemeName => value === 'light' || value in loaders;

export function useFluentTheme(name: ThemeName): Theme {
  const [, rerender] = useState(0);
  useEffect(() => {
    if (loaded.has(name) || name === 'light') return;
    void loaders[name]().then((theme) => {
      loaded.set(name, theme);
      rerender((n) => n + 1);
    });
  }, [name]);
  return loaded.get(name) ?? webLightTheme;
}
