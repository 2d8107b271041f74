import { describe, expect, it } from 'vitest';
import { deployMain } from '../../../src/cli/deploy/deploy-main';
import { parseDeployArguments } from '../../../src/cli/deploy/parse-arguments';
import { ARGS, HOST, SITE, TEAMS_APP_ID, TENANT, testIo } from './deploy-fixtures';

const problemsOf = (argv: readonly string[], env: Record<string, string> = {}) => {
  const parsed = parseDeployArguments(argv, env, '0.1.0');
  return parsed.kind === 'invalid' ? parsed.problems : [];
};

describe('npm run deploy arguments', () => {
  it('names every missing setting at once, with the option and the manifest/.env name to use', () => {
    expect(problemsOf([])).toEqual([
      '--tenant is missing (or set JTAI_TENANT_ID in manifest/.env): the Directory (tenant) ID, which npx m365 tenant id get --domainName <your domain> prints.',
      '--site is missing (or set JTAI_SITE_URL in manifest/.env): the SharePoint site of the plans, e.g. https://contoso.sharepoint.com/sites/lscp.',
      '--host is missing (or set JTAI_HOST_URL in manifest/.env): where dist/ is served, e.g. https://jtai.contoso.org.uk.',
      '--app-id is missing (or set JTAI_APP_ID in manifest/.env): the Teams app id, a GUID of your own kept for every version (node -e "console.log(crypto.randomUUID())").',
    ]);
  });

  it('refuses a tenant domain, plain http, a malformed client id and version, saying what to give', () => {
    const problems = problemsOf([
      ...['--tenant', 'haringey.onmicrosoft.com', '--site', 'http://haringey.sharepoint.com/sites/lscp'],
      ...['--host', 'jtai.haringey.example', '--app-id', TEAMS_APP_ID],
      ...['--client-id', '1234', '--app-version', 'v2'],
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^--tenant "haringey.onmicrosoft.com" is not a GUID: .*m365 tenant id get/),
      expect.stringMatching(/^--site "http:\/\/haringey.sharepoint.com\/sites\/lscp" must be an https:\/\/ address/),
      expect.stringMatching(/^--host "jtai.haringey.example" must be an https:\/\/ address/),
      expect.stringMatching(/^--client-id "1234" is not a GUID/),
      '--app-version "v2" must be a version like 1.2.0.',
    ]);
  });

  it('reports an unknown option, an option without its value and a value given to a flag', () => {
    expect(problemsOf([...ARGS, '--tenat', TENANT, '--name', '--what-if=yes'])).toEqual([
      '"--tenat" is not an option of npm run deploy (see npm run deploy -- --help).',
      `"${TENANT}" is not an option of npm run deploy (see npm run deploy -- --help).`,
      '--name needs a value.',
      '--what-if takes no value.',
    ]);
  });

  it('takes defaults from manifest/.env and the environment; arguments win', () => {
    const env = {
      JTAI_TENANT_ID: TENANT.toUpperCase(),
      JTAI_SITE_URL: `${SITE}/`,
      JTAI_HOST_URL: 'https://old-host.example',
      JTAI_APP_ID: TEAMS_APP_ID,
      JTAI_APP_VERSION: '1.3.0',
      JTAI_LOGIN_HOST: 'https://login.microsoftonline.us/',
    };
    const parsed = parseDeployArguments(['--host', `${HOST}/`, '--name=Haringey JTAI'], env, '0.1.0');
    expect(parsed).toEqual({
      kind: 'settings',
      settings: {
        tenantId: TENANT,
        siteUrl: SITE,
        hostUrl: HOST,
        hostDomain: 'jtai.haringey.example',
        appName: 'Haringey JTAI',
        clientId: null,
        teamsAppId: TEAMS_APP_ID,
        appVersion: '1.3.0',
        grantConsent: false,
        sharePointCatalog: true,
        whatIf: false,
        loginHost: 'https://login.microsoftonline.us',
        siteAccess: 'all',
      },
    });
  });

  it('takes --site-access selected or JTAI_SITE_ACCESS, in any case; the option wins', () => {
    const settings = (argv: readonly string[], env: Record<string, string> = {}) => {
      const parsed = parseDeployArguments([...ARGS, ...argv], env, '0.1.0');
      return parsed.kind === 'settings' ? parsed.settings.siteAccess : parsed;
    };
    expect(settings([])).toBe('all');
    expect(settings(['--site-access', 'Selected'])).toBe('selected');
    expect(settings([], { JTAI_SITE_ACCESS: 'selected' })).toBe('selected');
    expect(settings(['--site-access=all'], { JTAI_SITE_ACCESS: 'selected' })).toBe('all');
  });

  it('refuses a --site-access other than all or selected, saying what each means', () => {
    expect(problemsOf([...ARGS, '--site-access', 'Sites.Selected'])).toEqual([
      '--site-access "Sites.Selected" must be "all" (tenant-wide Sites.*.All permissions) or "selected" (Sites.Selected, granted on --site only).',
    ]);
    expect(problemsOf([...ARGS], { JTAI_SITE_ACCESS: 'some' })).toHaveLength(1);
  });

  it('exits 2 with the problems and a pointer to --help, before reading anything', async () => {
    const { io, err, out } = testIo();
    expect(await deployMain(['--tenant', TENANT], io)).toBe(2);
    expect(err.at(-1)).toBe('See npm run deploy -- --help.');
    expect(err).toHaveLength(4);
    expect(out).toEqual([]);
  });

  it('--help prints the usage and exits 0', async () => {
    const { io, out } = testIo();
    expect(await deployMain(['--help'], io)).toBe(0);
    expect(out[0]).toMatch(/^Usage: npm run deploy -- --tenant <tenant id> --site <site url> --host <https url>/);
  });

  it('stops before any call when manifest/.env, which npm run build:tenant reads, is missing', async () => {
    const { io, err } = testIo();
    expect(await deployMain([...ARGS], { ...io, buildEnvFileExists: false })).toBe(2);
    expect(err).toContain('  cp manifest/.env.example manifest/.env');
  });
});
