import type * as TeamsJs from '@microsoft/teams-js';

export type TeamsSdk = typeof TeamsJs;

/**
 * SharePoint serves a Teams tab (full page or web part) from the tenant's own origin, which is
 * not on teams-js's list of Microsoft 365 hosts; these patterns let the handshake accept it.
 */
export const SHAREPOINT_ORIGINS: readonly string[] = [
  'https://*.sharepoint.com',
  'https://*.sharepoint.us',
  'https://*.sharepoint-mil.us',
];

let initialized: Promise<TeamsSdk> | null = null;

/** Loads teams-js: its own chunk, so a standalone start never downloads it. */
export const loadTeamsSdk = (): Promise<TeamsSdk> => import(/* webpackChunkName: "teams-host" */ '@microsoft/teams-js');

/**
 * Loads teams-js (its own chunk, so a standalone start never downloads it) and runs the host
 * handshake once. Everything that needs the host (context, theme, NAA, deep links) waits on this,
 * so nested app authentication is only ever created after `app.initialize()` has resolved.
 */
export function initializeTeams(): Promise<TeamsSdk> {
  if (initialized) return initialized;
  const attempt = loadTeamsSdk().then(async (sdk) => {
    await sdk.app.initialize([...SHAREPOINT_ORIGINS]);
    return sdk;
  });
  initialized = attempt;
  // A failed handshake may be tried again (e.g. after a host restart); a pending one is shared.
  attempt.catch(() => {
    if (initialized === attempt) initialized = null;
  });
  return attempt;
}
