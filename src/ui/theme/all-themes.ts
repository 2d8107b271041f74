import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './theme-preference';

/** Every theme at once, for code that is already in a lazy chunk (the tenant start-up). */
export const FLUENT_THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};
