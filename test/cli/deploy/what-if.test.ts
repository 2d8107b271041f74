import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deployMain } from '../../../src/cli/deploy/deploy-main';
import { ARGS, testIo } from './deploy-fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const WHAT_IF = [...ARGS, '--app-version', '0.1.0', '--what-if'];

const PRE_AUTHORIZED = [
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  '4765445b-32c6-49b0-83e6-1d93765276ca',
  '0ec893e0-5785-4de6-99da-4ed124e5296c',
  'd3590ed6-52b3-4102-aeff-aad2292ab01c',
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3',
  '27922004-5251-4030-b22d-91ecd9a37ea4',
].map((appId) => `{"appId":"${appId}","delegatedPermissionIds":["{{scopeId}}"]}`);

const ENVIRONMENT =
  '    environment: JTAI_CLIENT_ID={{clientId}} JTAI_HOST_URL=https://jtai.haringey.example' +
  ' JTAI_SITE_URL=https://haringey.sharepoint.com/sites/lscp JTAI_TENANT_ID=6f1e2d3c-4b5a-4987-8abc-def012345678' +
  ' JTAI_APP_ID=6b1f4a57-2c1e-4d3a-9f0b-7e8d9c0a1b2c JTAI_APP_VERSION=0.1.0 JTAI_SITE_ACCESS=all';

/** What an administrator reads before letting the script near their tenant. */
const EXPECTED = [
  'What if: nothing is called. Deploying JTAI Action Plan 0.1.0 to tenant 6f1e2d3c-4b5a-4987-8abc-def012345678,',
  'served from https://jtai.haringey.example, plans on https://haringey.sharepoint.com/sites/lscp.',
  '',
  'A run first reads the tenant (these commands change nothing):',
  '    m365 tenant id get --output json',
  '    m365 entra app list --properties appId,displayName --output json',
  '    m365 teams app list --distributionMethod organization --output json',
  '    m365 spo app list --appCatalogScope tenant --output json',
  '',
  'Then, on a tenant where none of it exists yet, it runs:',
  ' 1. Create the app registration "JTAI Action Plan": single-tenant, SPA sign-in, its permissions and exposed API',
  "    m365 entra app add --name 'JTAI Action Plan' --platform spa" +
    ' --redirectUris https://jtai.haringey.example/redirect.html,https://jtai.haringey.example/,brk-multihub://jtai.haringey.example' +
    ' --apisDelegated https://graph.microsoft.com/User.Read,https://graph.microsoft.com/User.ReadBasic.All,' +
    'https://graph.microsoft.com/Sites.ReadWrite.All,https://graph.microsoft.com/Sites.Manage.All,' +
    'https://graph.microsoft.com/TeamsActivity.Send,https://microsoft.sharepoint-df.com/AllSites.FullControl' +
    ' --uri api://jtai.haringey.example/_appId_ --scopeName access_as_user --scopeConsentBy adminsAndUsers' +
    " --scopeAdminConsentDisplayName 'Use JTAI Action Plan as the signed-in user'" +
    " --scopeAdminConsentDescription 'Lets Teams, Outlook and the Microsoft 365 app sign people in to JTAI Action Plan.'" +
    ' --output json',
  "    keeps {{clientId}}: the new registration's client id",
  "    keeps {{objectId}}: the new registration's object id",
  ' 2. Read the id of the new access_as_user scope',
  '    m365 entra app get --appId {{clientId}} --properties api --output json',
  '    keeps {{scopeId}}: the id of the access_as_user scope',
  ' 3. Pre-authorise the Teams, Microsoft 365 and Outlook clients for the scope',
  '    m365 request --method patch --url https://graph.microsoft.com/v1.0/applications/{{objectId}}' +
    ` --content-type application/json --body '{"api":{"preAuthorizedApplications":[${PRE_AUTHORIZED.join(',')}]}}'`,
  ' 4. Build the app for the tenant into dist/',
  '    npm run build:tenant',
  ENVIRONMENT,
  ' 5. Package the Teams app into appPackage/build/appPackage.zip',
  '    npm run package',
  ENVIRONMENT,
  ' 6. Publish the app to the Teams app catalog',
  '    m365 teams app publish --filePath appPackage/build/appPackage.zip',
  ' 7. Add the package to the SharePoint tenant app catalog',
  '    m365 spo app add --filePath appPackage/build/appPackage.zip --appCatalogScope tenant --output json',
  "    keeps {{sharePointAppId}}: the package's id in the catalog",
  ' 8. Deploy the app to every site from the SharePoint tenant app catalog',
  '    m365 spo app deploy --id {{sharePointAppId}} --appCatalogScope tenant --skipFeatureDeployment',
  ' 9. Admin consent',
  '    Before anyone signs in, the new registration needs admin consent. An administrator who may grant tenant-wide consent opens:',
  '    https://login.microsoftonline.com/6f1e2d3c-4b5a-4987-8abc-def012345678/adminconsent?client_id={{clientId}}',
  '    or runs npm run deploy again with --grant-consent.',
  '10. Next',
  '    Keep JTAI_CLIENT_ID={{clientId}} in manifest/.env, so later builds and packages use this registration.',
  '    Serve dist/ at https://jtai.haringey.example (README, "Serve dist/").',
  '',
  'Where some of it exists, only the steps that differ run; run twice, the second changes nothing in the tenant.',
];

describe('npm run deploy -- --what-if', () => {
  it('prints every read and every step with its exact command and environment, and calls nothing', async () => {
    const { io, out, err } = testIo();
    expect(await deployMain(WHAT_IF, io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual(EXPECTED);
  });

  it('with --grant-consent, creates the registration with admin consent instead of printing the link', async () => {
    const { io, out } = testIo();
    expect(await deployMain([...WHAT_IF, '--grant-consent'], io)).toBe(0);
    expect(out.find((line) => line.includes('entra app add'))).toMatch(/ --grantAdminConsent --output json$/);
    expect(out.join('\n')).not.toContain('adminconsent?client_id');
  });

  it('with --skip-sharepoint-catalog, neither reads nor publishes to the SharePoint catalog', async () => {
    const { io, out } = testIo();
    expect(await deployMain([...WHAT_IF, '--skip-sharepoint-catalog'], io)).toBe(0);
    expect(out.join('\n')).not.toContain('m365 spo');
    expect(out.join('\n')).toContain('m365 teams app publish');
  });

  it('the real entry point prints the same plan and exits 0', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('JTAI_')));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/deploy.ts', ...WHAT_IF],
      { cwd: root, env: { ...env, JTAI_ENV_FILE: 'test/cli/deploy/no-such.env' } },
    );
    expect(stdout.trimEnd().split('\n')).toEqual(EXPECTED);
  }, 60_000);
});
