import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { siteScopeOf } from '../deploy/app-registration-spec';

/** The settings the manifest template takes (`${{NAME}}`), as written in manifest/.env. */
export const MANIFEST_SETTINGS = [
  'JTAI_APP_ID',
  'JTAI_APP_VERSION',
  'JTAI_CLIENT_ID',
  'JTAI_HOST_URL',
  'JTAI_DEVELOPER_NAME',
  'JTAI_DEVELOPER_URL',
  'JTAI_PRIVACY_URL',
  'JTAI_TERMS_URL',
] as const;

/**
 * Derived values: the host's domain, and the site permission the manifest's nested app
 * authentication prefetches (the first Graph scope the build asks for: Sites.ReadWrite.All, or
 * Sites.Selected with JTAI_SITE_ACCESS=selected, so the prefetch matches the app's requests).
 */
export type ManifestValues = Record<
  (typeof MANIFEST_SETTINGS)[number] | 'JTAI_HOST_DOMAIN' | 'JTAI_NAA_SITE_SCOPE',
  string
>;

export type Env = Readonly<Record<string, string | undefined>>;

/** Reads an env file if there is one; values already in the environment win over the file's. */
export function loadEnv(file: string, environment: Env): Env {
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(environment)) if (value !== undefined && value !== '') merged[key] = value;
  return merged;
}

/** Problems with the settings, each saying which setting and what to put there. */
export class ManifestSettingsError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The app package settings are not complete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ManifestSettingsError';
    this.problems = problems;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * Checks the settings and derives the rest: the host's domain (for validDomains and the
 * `api://` resource) and defaults for the developer links (the app's own address).
 */
export function manifestValues(env: Env, defaults: { readonly version: string }): ManifestValues {
  const problems: string[] = [];
  const get = (name: string) => env[name]?.trim() ?? '';
  const guid = (name: string, what: string) => {
    const value = get(name);
    if (!value) problems.push(`${name} is not set: ${what}.`);
    else if (!GUID.test(value)) problems.push(`${name} "${value}" is not a GUID: ${what}.`);
    return value.toLowerCase();
  };
  const https = (name: string, value: string) => {
    if (!/^https:\/\/[^/\s]+/i.test(value)) problems.push(`${name} "${value}" must be an https:// address.`);
    return value.replace(/\/+$/, '');
  };

  const appId = guid('JTAI_APP_ID', 'the Teams app id, a GUID of your own that stays the same for every version');
  const clientId = guid('JTAI_CLIENT_ID', "the Application (client) ID of the app's Entra registration");
  const hostValue = get('JTAI_HOST_URL');
  if (!hostValue)
    problems.push(
      'JTAI_HOST_URL is not set: the https:// address where dist/ is served, e.g. https://jtai.contoso.org.',
    );
  const hostUrl = hostValue ? https('JTAI_HOST_URL', hostValue) : '';
  const version = get('JTAI_APP_VERSION') || defaults.version;
  if (!SEMVER.test(version)) problems.push(`JTAI_APP_VERSION "${version}" must be a version like 1.2.0.`);
  const developerName = get('JTAI_DEVELOPER_NAME') || 'Safeguarding partnership';
  if (developerName.length > 32)
    problems.push(`JTAI_DEVELOPER_NAME is ${developerName.length} characters; Teams allows 32.`);
  const link = (name: string) => (get(name) ? https(name, get(name)) : hostUrl);
  const siteAccess = get('JTAI_SITE_ACCESS').toLowerCase() || 'all';
  if (siteAccess !== 'all' && siteAccess !== 'selected')
    problems.push(`JTAI_SITE_ACCESS "${get('JTAI_SITE_ACCESS')}" must be "all" (the default) or "selected".`);
  const siteScope = siteScopeOf(siteAccess === 'selected' ? 'selected' : 'all');

  const values: ManifestValues = {
    JTAI_APP_ID: appId,
    JTAI_APP_VERSION: version,
    JTAI_CLIENT_ID: clientId,
    JTAI_HOST_URL: hostUrl,
    JTAI_HOST_DOMAIN: hostUrl ? new URL(hostUrl).host : '',
    JTAI_DEVELOPER_NAME: developerName,
    JTAI_DEVELOPER_URL: link('JTAI_DEVELOPER_URL'),
    JTAI_PRIVACY_URL: link('JTAI_PRIVACY_URL'),
    JTAI_TERMS_URL: link('JTAI_TERMS_URL'),
    JTAI_NAA_SITE_SCOPE: siteScope,
  };
  if (problems.length > 0) throw new ManifestSettingsError(problems);
  return values;
}

const PLACEHOLDER = /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g;

/** Fills `${{NAME}}` placeholders (JSON-escaped) and parses the result; unknown names are an error. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): unknown {
  const unknown = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0)
    throw new ManifestSettingsError([...unknown].map((name) => `The template uses ${name}, which has no value.`));
  return JSON.parse(filled) as unknown;
}
