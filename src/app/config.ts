import { readSiteAccess, type SiteAccess } from '../host/auth/site-access';

/**
 * Where Graph is and which site holds the lists. Locally (the default, `npm start`): the emulator
 * on the dev server's origin. In a tenant the same code is pointed at graph.microsoft.com by
 * build-time settings (webpack's DefinePlugin), checked here when the app starts.
 */
export interface LocalConfig {
  readonly mode: 'local';
  readonly graphBaseUrl: string;
  readonly emulatorUrl: string;
  readonly siteId: string;
  /** The Teams app's own id (`JTAI_APP_ID`), which notification links name; null when not built in. */
  readonly appId: string | null;
}

export interface TenantConfig {
  readonly mode: 'tenant';
  readonly graphBaseUrl: string;
  /** The Entra app registration's Application (client) id. */
  readonly clientId: string;
  /** Where `dist/` is served: the tab's pages and the sign-in redirect bridge. */
  readonly hostUrl: string;
  /** The site for a personal tab or a plain browser, which have no team site in their context. */
  readonly siteUrl: string | null;
  /**
   * The Entra tenant the app is registered in, for sign-in wherever the host names none (a plain
   * browser): a single-tenant registration refuses the `organizations` authority (AADSTS50194).
   */
  readonly tenantId: string | null;
  /** Where people sign in: `https://login.microsoftonline.com`, or a national cloud's (GCC High: `.us`). */
  readonly authorityHost: string;
  /**
   * The Teams app's own id from its manifest (`JTAI_APP_ID`): the deep links in Teams activity
   * notifications name it. Null when the build has none; then no activity is sent, only inbox items.
   */
  readonly appId: string | null;
  /** `all`: tenant-wide site permissions; `selected`: Sites.Selected (JTAI_SITE_ACCESS). */
  readonly siteAccess: SiteAccess;
}

export type AppConfig = LocalConfig | TenantConfig;

/** The build-time environment the app reads (see webpack.config.js and README, "Deploy to a tenant"). */
export interface BuildEnv {
  /** `local` (default) or `tenant`; a client id or host URL alone also means `tenant`. */
  readonly JTAI_TARGET?: string;
  readonly JTAI_CLIENT_ID?: string;
  readonly JTAI_HOST_URL?: string;
  readonly JTAI_GRAPH_BASE_URL?: string;
  readonly JTAI_SITE_URL?: string;
  /** The Directory (tenant) ID of the app registration. */
  readonly JTAI_TENANT_ID?: string;
  /** The sign-in host, for a national cloud (e.g. `https://login.microsoftonline.us`). */
  readonly JTAI_LOGIN_HOST?: string;
  /** How often an open plan looks for others' changes, in seconds (see live-changes-interval.ts). */
  readonly JTAI_LIVE_CHANGES_SECONDS?: string;
  /** The Teams app's own GUID, the manifest's `id`; notification links open the app by it. */
  readonly JTAI_APP_ID?: string;
  /** `all` (default) or `selected`: the site permissions the app asks for (src/host/auth/site-access.ts). */
  readonly JTAI_SITE_ACCESS?: string;
}

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_LOGIN_HOST = 'https://login.microsoftonline.com';

/** The emulator's one site (see src/emulator). */
export const LOCAL_SITE_ID = 'localhost,5f2a1c3e-8a4b-4c1d-9e2f-000000000001,5f2a1c3e-8a4b-4c1d-9e2f-000000000002';

/** Where the emulator serves its site's SharePoint REST, below `emulatorUrl` (the site's web URL path). */
export const LOCAL_SITE_PATH = '/sites/jtai-partnership';

export function localConfig(origin: string, appId: string | null = null): LocalConfig {
  return {
    mode: 'local',
    graphBaseUrl: `${origin}/graph/v1.0`,
    emulatorUrl: `${origin}/graph`,
    siteId: LOCAL_SITE_ID,
    appId,
  };
}

/** A configuration that cannot work, with every problem found, in words that say how to fix it. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`This build of JTAI Action Plan is not configured correctly: ${problems.join(' ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

declare const __JTAI_BUILD_ENV__: BuildEnv | undefined;

/** What webpack baked in; empty where nothing did (tests, `npm start` without settings). */
export function buildEnv(): BuildEnv {
  return typeof __JTAI_BUILD_ENV__ === 'undefined' ? {} : __JTAI_BUILD_ENV__;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Chooses local or tenant and validates the settings; throws ConfigError listing every problem. */
export function readConfig(env: BuildEnv, origin: string): AppConfig {
  const target = (
    env.JTAI_TARGET?.trim() || (env.JTAI_CLIENT_ID || env.JTAI_HOST_URL ? 'tenant' : 'local')
  ).toLowerCase();
  if (target === 'local') {
    const problems: string[] = [];
    const appId = checkAppId(env.JTAI_APP_ID, problems);
    if (problems.length > 0) throw new ConfigError(problems);
    return localConfig(origin, appId);
  }
  if (target !== 'tenant') throw new ConfigError([`JTAI_TARGET is "${env.JTAI_TARGET}"; use "local" or "tenant".`]);

  const problems: string[] = [];
  const clientId = env.JTAI_CLIENT_ID?.trim() ?? '';
  if (!clientId) {
    problems.push(
      'JTAI_CLIENT_ID is not set: a tenant build needs the Application (client) ID of its Entra app registration. Rebuild with JTAI_CLIENT_ID=<guid> (see README, "Deploy to a tenant").',
    );
  } else if (!GUID.test(clientId)) {
    problems.push(
      `JTAI_CLIENT_ID "${clientId}" is not a GUID; copy the Application (client) ID from the app registration.`,
    );
  }
  const hostUrl = checkUrl('JTAI_HOST_URL', env.JTAI_HOST_URL || origin, problems);
  const graphBaseUrl = checkUrl('JTAI_GRAPH_BASE_URL', env.JTAI_GRAPH_BASE_URL || DEFAULT_GRAPH_BASE_URL, problems);
  const siteUrl = env.JTAI_SITE_URL ? checkUrl('JTAI_SITE_URL', env.JTAI_SITE_URL, problems) : null;
  const authorityHost = checkUrl('JTAI_LOGIN_HOST', env.JTAI_LOGIN_HOST || DEFAULT_LOGIN_HOST, problems);
  const tenantId = env.JTAI_TENANT_ID?.trim() || null;
  if (tenantId !== null && !GUID.test(tenantId)) {
    problems.push(
      `JTAI_TENANT_ID "${tenantId}" is not a GUID; copy the Directory (tenant) ID from the app registration's overview.`,
    );
  }
  const appId = checkAppId(env.JTAI_APP_ID, problems);
  const siteAccess = readSiteAccess(env.JTAI_SITE_ACCESS);
  if (!siteAccess.ok) problems.push(siteAccess.problem);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode: 'tenant',
    clientId: clientId.toLowerCase(),
    hostUrl,
    graphBaseUrl,
    siteUrl,
    tenantId: tenantId?.toLowerCase() ?? null,
    authorityHost,
    appId,
    siteAccess: siteAccess.ok ? siteAccess.access : 'all',
  };
}

/** The Teams app id, lower-case, or null when unset; a value that is not a GUID is a problem. */
function checkAppId(value: string | undefined, problems: string[]): string | null {
  const appId = value?.trim() ?? '';
  if (!appId) return null;
  if (!GUID.test(appId)) {
    problems.push(
      `JTAI_APP_ID "${appId}" is not a GUID; use the Teams app's own id, the "id" of the manifest that npm run package builds.`,
    );
    return null;
  }
  return appId.toLowerCase();
}

/** An https URL without a trailing slash (http only for localhost, for trying a tenant build locally). */
function checkUrl(name: string, value: string, problems: string[]): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    problems.push(`${name} "${value}" is not a URL.`);
    return value;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    problems.push(`${name} "${value}" must start with https://.`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
