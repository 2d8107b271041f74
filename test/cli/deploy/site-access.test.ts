import { describe, expect, it } from 'vitest';
import { deployMain } from '../../../src/cli/deploy/deploy-main';
import { ARGS, SITE, TENANT, testIo } from './deploy-fixtures';
import { FakeTenant } from './fake-tenant';

const SELECTED = ['--site-access', 'selected'];

async function deploy(tenant: FakeTenant, extra: readonly string[] = []) {
  const { io, out, err } = testIo(tenant.run);
  const code = await deployMain([...ARGS, ...extra], io);
  return { code, out, err };
}

const numbered = (out: readonly string[]) => out.filter((line) => /^ *\d+\. /.test(line));

const ENVIRONMENT =
  '    environment: JTAI_CLIENT_ID={{clientId}} JTAI_HOST_URL=https://jtai.haringey.example' +
  ' JTAI_SITE_URL=https://haringey.sharepoint.com/sites/lscp JTAI_TENANT_ID=6f1e2d3c-4b5a-4987-8abc-def012345678' +
  ' JTAI_APP_ID=6b1f4a57-2c1e-4d3a-9f0b-7e8d9c0a1b2c JTAI_APP_VERSION=0.1.0 JTAI_SITE_ACCESS=selected';

describe('npm run deploy -- --site-access selected', () => {
  it('--what-if registers Sites.Selected instead of the tenant-wide permissions and grants the app fullcontrol on the site', async () => {
    const { io, out, err } = testIo();
    expect(await deployMain([...ARGS, '--app-version', '0.1.0', '--what-if', ...SELECTED], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.slice(3, 9)).toEqual([
      'A run first reads the tenant (these commands change nothing):',
      '    m365 tenant id get --output json',
      '    m365 entra app list --properties appId,displayName --output json',
      '    m365 teams app list --distributionMethod organization --output json',
      '    m365 spo app list --appCatalogScope tenant --output json',
      `    m365 spo site apppermission list --siteUrl ${SITE} --output json`,
    ]);
    expect(numbered(out)).toEqual([
      ' 1. Create the app registration "JTAI Action Plan": single-tenant, SPA sign-in, its permissions and exposed API',
      ' 2. Read the id of the new access_as_user scope',
      ' 3. Pre-authorise the Teams, Microsoft 365 and Outlook clients for the scope',
      ` 4. Grant the app fullcontrol on ${SITE} (Sites.Selected; needs a SharePoint Administrator)`,
      ' 5. Build the app for the tenant into dist/',
      ' 6. Package the Teams app into appPackage/build/appPackage.zip',
      ' 7. Publish the app to the Teams app catalog',
      ' 8. Add the package to the SharePoint tenant app catalog',
      ' 9. Deploy the app to every site from the SharePoint tenant app catalog',
      '10. Admin consent',
      '11. Next',
    ]);
    const add = out.find((line) => line.startsWith('    m365 entra app add'))!;
    expect(add).toContain(
      ' --apisDelegated https://graph.microsoft.com/User.Read,https://graph.microsoft.com/User.ReadBasic.All,' +
        'https://graph.microsoft.com/Sites.Selected,https://graph.microsoft.com/TeamsActivity.Send,' +
        'https://microsoft.sharepoint-df.com/Sites.Selected ',
    );
    expect(out.join('\n')).not.toMatch(/Sites\.ReadWrite\.All|Sites\.Manage\.All|AllSites\.FullControl/);
    const at = out.indexOf(numbered(out)[3]!);
    expect(out.slice(at + 1, at + 5)).toEqual([
      `    m365 spo site apppermission add --siteUrl ${SITE} --appId {{clientId}} --appDisplayName 'JTAI Action Plan' --permission fullcontrol`,
      ' 5. Build the app for the tenant into dist/',
      '    npm run build:tenant',
      ENVIRONMENT,
    ]);
  });

  it('--what-if on an existing registration first reads the site app permissions', async () => {
    const { io, out } = testIo();
    const clientId = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';
    expect(await deployMain([...ARGS, '--what-if', ...SELECTED, '--client-id', clientId], io)).toBe(0);
    expect(out).toContain(`    m365 spo site apppermission list --siteUrl ${SITE} --output json`);
    expect(out).toContain(
      `    m365 spo site apppermission add --siteUrl ${SITE} --appId ${clientId} --appDisplayName 'JTAI Action Plan' --permission fullcontrol`,
    );
  });

  it('sets up an empty tenant with Sites.Selected and the site grant; run again, changes nothing', async () => {
    const tenant = new FakeTenant(TENANT);
    const first = await deploy(tenant, [...SELECTED, '--grant-consent']);
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    const app = tenant.apps[0]!;
    expect(app.permissions.map((p) => p.name)).toEqual([
      'User.Read',
      'User.ReadBasic.All',
      'Sites.Selected',
      'TeamsActivity.Send',
      'Sites.Selected',
    ]);
    expect(tenant.grants.map((grant) => grant.scope)).toEqual([
      'User.Read User.ReadBasic.All Sites.Selected TeamsActivity.Send',
      'Sites.Selected',
    ]);
    expect(tenant.sitePermissions.get(SITE)).toEqual([
      expect.objectContaining({ roles: ['fullcontrol'], app: { id: app.appId, displayName: 'JTAI Action Plan' } }),
    ]);
    expect(tenant.builtWith).toMatchObject({ JTAI_SITE_ACCESS: 'selected' });

    const writes = [...tenant.writes];
    const second = await deploy(tenant, [...SELECTED, '--grant-consent']);
    expect(second.code).toBe(0);
    expect(tenant.writes).toEqual(writes);
    expect(second.out).toContain('The tenant already matches: nothing to change there.');
    expect(tenant.calls).toContain(`m365 spo site apppermission list --siteUrl ${SITE} --output json`);
  });

  it('grants the site even before admin consent, when the registration has no enterprise application yet', async () => {
    const tenant = new FakeTenant(TENANT);
    const { code, out } = await deploy(tenant, SELECTED);
    expect(code).toBe(0);
    expect(tenant.servicePrincipals.some((sp) => sp.appId === tenant.apps[0]!.appId)).toBe(false);
    expect(tenant.sitePermissions.get(SITE)!.map((p) => p.roles)).toEqual([['fullcontrol']]);
    expect(out.join('\n')).toContain('adminconsent?client_id=');
  });

  it('raises a lower grant on the site to fullcontrol, once', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant, SELECTED);
    const grant = tenant.sitePermissions.get(SITE)![0]!;
    grant.roles = ['write'];
    const writes = tenant.writes.length;

    const { code, out } = await deploy(tenant, SELECTED);
    expect(code).toBe(0);
    expect(tenant.writes.slice(writes)).toEqual([
      `m365 spo site apppermission set --siteUrl ${SITE} --id ${grant.id} --permission fullcontrol`,
    ]);
    expect(numbered(out)[0]).toBe(
      ` 1. Raise the app's permission on ${SITE} from write to fullcontrol (Sites.Selected; needs a SharePoint Administrator)`,
    );
    expect(grant.roles).toEqual(['fullcontrol']);
    expect((await deploy(tenant, SELECTED)).out).toContain('The tenant already matches: nothing to change there.');
  });

  it('moves a tenant-wide registration to Sites.Selected, taking away the tenant-wide permissions and their consent', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant, ['--grant-consent']);
    const app = tenant.apps[0]!;
    const [graphGrant, sharePointGrant] = tenant.grants;
    const writes = tenant.writes.length;

    const { code } = await deploy(tenant, [...SELECTED, '--grant-consent']);
    expect(code).toBe(0);
    expect(tenant.writes.slice(writes)).toEqual([
      `m365 entra app permission add --appId ${app.appId} --delegatedPermissions 'https://graph.microsoft.com/Sites.Selected https://microsoft.sharepoint-df.com/Sites.Selected'`,
      `m365 entra app permission remove --appId ${app.appId} --delegatedPermissions 'https://graph.microsoft.com/Sites.ReadWrite.All https://graph.microsoft.com/Sites.Manage.All https://microsoft.sharepoint-df.com/AllSites.FullControl' --force`,
      `m365 entra oauth2grant set --grantId=${graphGrant!.id} --scope 'User.Read User.ReadBasic.All TeamsActivity.Send Sites.Selected'`,
      `m365 entra oauth2grant set --grantId=${sharePointGrant!.id} --scope Sites.Selected`,
      `m365 spo site apppermission add --siteUrl ${SITE} --appId ${app.appId} --appDisplayName 'JTAI Action Plan' --permission fullcontrol`,
    ]);
    expect(app.permissions.map((p) => p.name).sort()).toEqual(
      ['Sites.Selected', 'Sites.Selected', 'TeamsActivity.Send', 'User.Read', 'User.ReadBasic.All'].sort(),
    );
    expect((await deploy(tenant, [...SELECTED, '--grant-consent'])).out).toContain(
      'The tenant already matches: nothing to change there.',
    );
  });

  it('without --grant-consent, says the tenant-wide consent still stands and how to withdraw it', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant, ['--grant-consent']);
    await deploy(tenant, SELECTED);
    tenant.grants.find((grant) => grant.resourceId === 'sp-sharepoint')!.scope = 'AllSites.FullControl Sites.Selected';
    tenant.grants.find((grant) => grant.resourceId === 'sp-graph')!.scope =
      'User.Read User.ReadBasic.All Sites.ReadWrite.All Sites.Manage.All TeamsActivity.Send Sites.Selected';

    const { out } = await deploy(tenant, SELECTED);
    const at = out.indexOf(' 3. Admin consent');
    expect(out.slice(at, at + 3)).toEqual([
      ' 3. Admin consent',
      '    The tenant-wide admin consent still grants Microsoft Graph Sites.ReadWrite.All, Sites.Manage.All; SharePoint AllSites.FullControl, which Sites.Selected replaces.',
      '    An administrator who may grant tenant-wide consent withdraws it by running npm run deploy again with --grant-consent.',
    ]);
  });

  it('run by someone who is not a SharePoint Administrator, does the rest and says who grants the site, and how', async () => {
    const tenant = new FakeTenant(TENANT);
    tenant.sharePointAdmin = false;
    const { code, out } = await deploy(tenant, [...SELECTED, '--grant-consent']);
    expect(code).toBe(0);
    const appId = tenant.apps[0]!.appId;
    expect(tenant.apps[0]!.permissions.map((p) => p.name)).toContain('Sites.Selected');
    expect(tenant.sitePermissions.get(SITE)).toEqual([]);

    const at = out.findIndex((line) => line.endsWith('Site permission'));
    expect(out.slice(at + 1, at + 4)).toEqual([
      `    The app's permissions on ${SITE} could not be read: Error: Access denied`,
      '    Reading and granting them needs a SharePoint Administrator, who runs npm run deploy again with --site-access selected, or:',
      `    m365 spo site apppermission add --siteUrl ${SITE} --appId ${appId} --appDisplayName 'JTAI Action Plan' --permission fullcontrol`,
    ]);
    const second = await deploy(tenant, [...SELECTED, '--grant-consent']);
    expect(second.out).toContain('The tenant already matches: nothing to change there.');
    expect(second.out.some((line) => line.endsWith('Site permission'))).toBe(true);

    tenant.sharePointAdmin = true;
    await deploy(tenant, [...SELECTED, '--grant-consent']);
    expect(tenant.sitePermissions.get(SITE)!.map((p) => p.roles)).toEqual([['fullcontrol']]);
  });
});
