import { DEFAULT_APP_NAME, DEFAULT_LOGIN_HOST, type DeploySettings, type SiteAccess } from './deploy-settings';

type Env = Readonly<Record<string, string | undefined>>;

export type ParsedArguments =
  | { readonly kind: 'settings'; readonly settings: DeploySettings }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

export const DEPLOY_USAGE = `Usage: npm run deploy -- --tenant <tenant id> --site <site url> --host <https url> [options]

  --tenant <id>              Directory (tenant) ID (JTAI_TENANT_ID)
  --site <url>               SharePoint site of the plans, https://<tenant>.sharepoint.com/sites/<site> (JTAI_SITE_URL)
  --host <url>               where dist/ is served, https://<your-domain> (JTAI_HOST_URL)
  --app-id <guid>            the Teams app's own id, kept for every version (JTAI_APP_ID)
  --client-id <guid>         an existing app registration to use (JTAI_CLIENT_ID); otherwise found by name or created
  --app-version <x.y.z>      version of the package (JTAI_APP_VERSION; defaults to package.json's)
  --name <text>              display name of the app registration (default "${DEFAULT_APP_NAME}")
  --site-access <mode>       "all" (default): tenant-wide site permissions; "selected": Sites.Selected, with the
                             app granted full control of --site only, by a SharePoint Administrator (JTAI_SITE_ACCESS)
  --grant-consent            grant tenant-wide admin consent (run as an administrator) instead of printing the link
  --skip-sharepoint-catalog  do not publish to the SharePoint tenant app catalog
  --what-if                  print every step with its exact command, and call nothing
  --help                     this text

Values not given come from manifest/.env and the environment.`;

const VALUE_OPTIONS = {
  '--tenant': 'JTAI_TENANT_ID',
  '--site': 'JTAI_SITE_URL',
  '--host': 'JTAI_HOST_URL',
  '--app-id': 'JTAI_APP_ID',
  '--client-id': 'JTAI_CLIENT_ID',
  '--app-version': 'JTAI_APP_VERSION',
  '--name': 'name',
  '--site-access': 'JTAI_SITE_ACCESS',
} as const;
const FLAGS = ['--grant-consent', '--skip-sharepoint-catalog', '--what-if', '--help', '-h'] as const;

type ValueKey = (typeof VALUE_OPTIONS)[keyof typeof VALUE_OPTIONS];
type Flag = (typeof FLAGS)[number];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * Reads `npm run deploy` arguments over the defaults in `env` (manifest/.env merged with the
 * environment). Every problem is reported at once, each naming the option and what to give.
 */
export function parseDeployArguments(argv: readonly string[], env: Env, packageVersion: string): ParsedArguments {
  const problems: string[] = [];
  const { values, flags } = readArgv(argv, problems);
  if (flags.has('--help') || flags.has('-h')) return { kind: 'help' };

  const get = (key: ValueKey) => (values.get(key) ?? (key === 'name' ? undefined : env[key]) ?? '').trim();
  const tenantId = requireGuid(
    get('JTAI_TENANT_ID'),
    '--tenant',
    'JTAI_TENANT_ID',
    'the Directory (tenant) ID, which npx m365 tenant id get --domainName <your domain> prints',
    problems,
  );
  const siteUrl = requireHttps(
    get('JTAI_SITE_URL'),
    '--site',
    'JTAI_SITE_URL',
    'the SharePoint site of the plans, e.g. https://contoso.sharepoint.com/sites/lscp',
    problems,
  );
  const hostUrl = requireHttps(
    get('JTAI_HOST_URL'),
    '--host',
    'JTAI_HOST_URL',
    'where dist/ is served, e.g. https://jtai.contoso.org.uk',
    problems,
  );
  const teamsAppId = requireGuid(
    get('JTAI_APP_ID'),
    '--app-id',
    'JTAI_APP_ID',
    'the Teams app id, a GUID of your own kept for every version (node -e "console.log(crypto.randomUUID())")',
    problems,
  );
  const clientIdText = get('JTAI_CLIENT_ID');
  if (clientIdText && !GUID.test(clientIdText))
    problems.push(
      `--client-id "${clientIdText}" is not a GUID: give the Application (client) ID of the registration, or leave it out to find or create one.`,
    );
  const appVersion = get('JTAI_APP_VERSION') || packageVersion;
  if (!SEMVER.test(appVersion)) problems.push(`--app-version "${appVersion}" must be a version like 1.2.0.`);
  const appName = values.get('name')?.trim() ?? DEFAULT_APP_NAME;
  if (!appName) problems.push('--name is empty: give the display name of the app registration.');
  const loginHost = (env.JTAI_LOGIN_HOST?.trim() || DEFAULT_LOGIN_HOST).replace(/\/+$/, '');
  const siteAccess = readSiteAccess(get('JTAI_SITE_ACCESS'), problems);

  if (problems.length > 0) return { kind: 'invalid', problems };
  return {
    kind: 'settings',
    settings: {
      tenantId: tenantId.toLowerCase(),
      siteUrl,
      hostUrl,
      hostDomain: new URL(hostUrl).host,
      appName,
      clientId: clientIdText ? clientIdText.toLowerCase() : null,
      teamsAppId: teamsAppId.toLowerCase(),
      appVersion,
      grantConsent: flags.has('--grant-consent'),
      sharePointCatalog: !flags.has('--skip-sharepoint-catalog'),
      whatIf: flags.has('--what-if'),
      loginHost,
      siteAccess,
    },
  };
}

function readArgv(argv: readonly string[], problems: string[]) {
  const values = new Map<ValueKey, string>();
  const flags = new Set<Flag>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    if ((FLAGS as readonly string[]).includes(name)) {
      if (inline !== undefined) problems.push(`${name} takes no value.`);
      flags.add(name as Flag);
    } else if (name in VALUE_OPTIONS) {
      const next = argv[i + 1];
      const value = inline ?? (next !== undefined && !next.startsWith('--') ? next : undefined);
      if (inline === undefined && value !== undefined) i++;
      if (value === undefined) problems.push(`${name} needs a value.`);
      else values.set(VALUE_OPTIONS[name as keyof typeof VALUE_OPTIONS], value);
    } else {
      problems.push(`"${arg}" is not an option of npm run deploy (see npm run deploy -- --help).`);
    }
  }
  return { values, flags };
}

function readSiteAccess(value: string, problems: string[]): SiteAccess {
  const access = value.toLowerCase() || 'all';
  if (access === 'all' || access === 'selected') return access;
  problems.push(
    `--site-access "${value}" must be "all" (tenant-wide Sites.*.All permissions) or "selected" (Sites.Selected, granted on --site only).`,
  );
  return 'all';
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function requireGuid(value: string, option: string, setting: string, what: string, problems: string[]): string {
  if (!value) problems.push(`${option} is missing (or set ${setting} in manifest/.env): ${what}.`);
  else if (!GUID.test(value)) problems.push(`${option} "${value}" is not a GUID: ${what}.`);
  return value;
}

function requireHttps(value: string, option: string, setting: string, what: string, problems: string[]): string {
  if (!value) {
    problems.push(`${option} is missing (or set ${setting} in manifest/.env): ${what}.`);
    return value;
  }
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:') {
    problems.push(`${option} "${value}" must be an https:// address: ${what}.`);
    return value;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
