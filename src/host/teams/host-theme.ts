import type { HostTheme } from '../host-kind';
import { initializeTeams } from './teams-sdk';

/** Teams' theme names; anything new a host invents is shown in the default (light) theme. */
export function hostThemeOf(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * Calls `onChange` whenever the person switches theme in Teams, Outlook or the Microsoft 365 app.
 * Only for a hosted tab: it waits on the host handshake.
 */
export async function followHostTheme(onChange: (theme: HostTheme) => void): Promise<void> {
  const sdk = await initializeTeams();
  sdk.app.registerOnThemeChangeHandler((theme) => onChange(hostThemeOf(theme)));
}
