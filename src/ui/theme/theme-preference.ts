export type ThemeName = 'light' | 'dark' | 'high-contrast';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast'];

const KEY = 'jtai.theme';

/** The theme to start with: the user's saved choice, else what the operating system asks for. */
export function initialTheme(storage: Storage, media: (query: string) => boolean): ThemeName {
  const saved = storage.getItem(KEY);
  if (saved === 'light' || saved === 'dark' || saved === 'high-contrast') return saved;
  if (media('(forced-colors: active)')) return 'high-contrast';
  return media('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}

export function saveTheme(storage: Storage, theme: ThemeName): void {
  storage.setItem(KEY, theme);
}

/** Teams' theme names mapped to ours. */
export function themeFromHost(theme: 'default' | 'dark' | 'contrast'): ThemeName {
  return theme === 'contrast' ? 'high-contrast' : theme === 'dark' ? 'dark' : 'light';
}
