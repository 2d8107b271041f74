import { describe, expect, it } from 'vitest';
import { delegatedPermissions, PREAUTHORIZED_CLIENTS } from '../../../src/cli/deploy/app-registration-spec';
import { deployMain } from '../../../src/cli/deploy/deploy-main';
import { tenantChanges } from '../../../src/cli/deploy/deploy-plan';
import { observeTenant } from '../../../src/cli/deploy/observe-tenant';
import { planDeployment } from '../../../src/cli/deploy/plan-deployment';
import { tenantReader } from '../../../src/cli/deploy/tenant-reader';
import { emptyTenantReader } from '../../../src/cli/deploy/what-if';
import { ARGS, HOST, NEW_SCOPE_ID, settingsFor, TEAMS_APP_ID, TENANT, testIo } from './deploy-fixtures';
import { FakeTenant } from './fake-tenant';

async function deploy(tenant: FakeTenant, extra: readonly string[] = []) {
  const { io, out, err } = testIo(tenant.run);
  const code = await deployMain([...ARGS, ...extra], io);
  return { code, out, err };
}

describe('npm run deploy against a tenant', () => {
  it('sets everything up on an empty tenant, in the order planned', async () => {
    const tenant = new FakeTenant(TENANT);
    const { code, out, err } = await deploy(tenant);

    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.at(-1)).toBe('Deployed.');
    const [app] = tenant.apps;
    expect(tenant.apps).toHaveLength(1);
    expect(app!.signInAudience).toBe('AzureADMyOrg');
    expect(app!.spa.redirectUris).toEqual([
      `${HOST}/redirect.html`,
      `${HOST}/`,
      'brk-multihub://jtai.haringey.example',
    ]);
    expect(app!.identifierUris).toEqual([`api://jtai.haringey.example/${app!.appId}`]);
    const [scope] = app!.api.oauth2PermissionScopes as { id: string; value: string }[];
    expect(scope!.value).toBe('access_as_user');
    expect(app!.api.preAuthorizedApplications).toEqual(
      PREAUTHORIZED_CLIENTS.map((client) => ({ appId: client.appId, delegatedPermissionIds: [scope!.id] })),
    );
    expect(app!.permissions.map((p) => p.name)).toEqual(delegatedPermissions('all').map((p) => p.name));
    expect(tenant.builtWith).toMatchObject({ JTAI_CLIENT_ID: app!.appId, JTAI_TENANT_ID: TENANT, JTAI_HOST_URL: HOST });
    expect(tenant.teamsApps).toEqual([expect.objectContaining({ externalId: TEAMS_APP_ID, versions: ['0.1.0'] })]);
    expect(tenant.spoApps).toEqual([expect.objectContaining({ ProductId: TEAMS_APP_ID, Deployed: true })]);
    expect(out).toContain(`    https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${app!.appId}`);
  });

  it('plans changes for an empty tenant and none for the tenant after that plan has run', async () => {
    const settings = settingsFor();
    const empty = await observeTenant(settings, emptyTenantReader(settings, []));
    expect(tenantChanges(planDeployment(settings, empty, NEW_SCOPE_ID)).length).toBeGreaterThan(0);

    const tenant = new FakeTenant(TENANT);
    expect((await deploy(tenant)).code).toBe(0);
    const after = await observeTenant(settings, tenantReader(tenant.run));
    expect(tenantChanges(planDeployment(settings, after, NEW_SCOPE_ID))).toEqual([]);
  });

  it('run twice, the second run builds and packages again but changes nothing in the tenant', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant, ['--grant-consent']);
    const writes = [...tenant.writes];

    const second = await deploy(tenant, ['--grant-consent']);
    expect(second.code).toBe(0);
    expect(tenant.writes).toEqual(writes);
    expect(second.out).toContain('The tenant already matches: nothing to change there.');
    expect(second.out.filter((line) => /^ *\d+\. /.test(line))).toEqual([
      ' 1. Build the app for the tenant into dist/',
      ' 2. Package the Teams app into appPackage/build/appPackage.zip',
      ' 3. Next',
    ]);
  });

  it('with --grant-consent, grants tenant-wide consent for Graph and SharePoint when creating the registration', async () => {
    const tenant = new FakeTenant(TENANT);
    const { code, out } = await deploy(tenant, ['--grant-consent']);
    expect(code).toBe(0);
    const ownPrincipal = tenant.servicePrincipals.find((sp) => sp.appId === tenant.apps[0]!.appId)!;
    expect(tenant.grants).toEqual([
      expect.objectContaining({
        clientId: ownPrincipal.id,
        resourceId: 'sp-graph',
        scope: 'User.Read User.ReadBasic.All Sites.ReadWrite.All Sites.Manage.All TeamsActivity.Send',
      }),
      expect.objectContaining({
        clientId: ownPrincipal.id,
        resourceId: 'sp-sharepoint',
        scope: 'AllSites.FullControl',
      }),
    ]);
    expect(out.join('\n')).not.toContain('adminconsent');
  });

  it('on a registration made by hand, adds only what is missing and updates the catalogs', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant, ['--grant-consent']);
    const app = tenant.apps[0]!;
    app.spa.redirectUris = app.spa.redirectUris.filter((uri) => !uri.startsWith('brk-multihub'));
    app.permissions = app.permissions.filter((p) => p.name !== 'TeamsActivity.Send');
    const graphGrant = tenant.grants.find((grant) => grant.resourceId === 'sp-graph')!;
    graphGrant.scope = 'User.Read User.ReadBasic.All Sites.ReadWrite.All Sites.Manage.All';
    tenant.spoApps[0]!.Deployed = false;
    const writes = tenant.writes.length;

    const { code, out } = await deploy(tenant, ['--grant-consent', '--app-version', '0.2.0']);
    expect(code).toBe(0);
    expect(tenant.writes.slice(writes)).toEqual([
      `m365 entra app set --appId ${app.appId} --redirectUris brk-multihub://jtai.haringey.example --platform spa`,
      `m365 entra app permission add --appId ${app.appId} --delegatedPermissions https://graph.microsoft.com/TeamsActivity.Send`,
      `m365 entra oauth2grant set --grantId=${graphGrant.id} --scope 'User.Read User.ReadBasic.All Sites.ReadWrite.All Sites.Manage.All TeamsActivity.Send'`,
      `m365 teams app update --id ${tenant.teamsApps[0]!.id} --filePath appPackage/build/appPackage.zip`,
      'm365 spo app add --filePath appPackage/build/appPackage.zip --appCatalogScope tenant --overwrite --output json',
      `m365 spo app deploy --id ${tenant.spoApps[0]!.ID} --appCatalogScope tenant --skipFeatureDeployment`,
    ]);
    expect(out).toContain('6 changes to make in the tenant.');
    expect(tenant.teamsApps[0]!.versions).toEqual(['0.1.0', '0.2.0']);
    expect((await deploy(tenant, ['--grant-consent', '--app-version', '0.2.0'])).out).toContain(
      'The tenant already matches: nothing to change there.',
    );
  });

  it('refuses to publish a version older than the one in a catalog, and changes nothing', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant, ['--app-version', '1.2.0']);
    const writes = tenant.writes.length;
    const { code, err } = await deploy(tenant, ['--app-version', '1.1.0']);
    expect(code).toBe(1);
    expect(err).toEqual([
      'The Teams app catalog already has version 1.2.0, newer than 1.1.0: set --app-version (or JTAI_APP_VERSION) above 1.2.0.',
      'The SharePoint tenant app catalog already has version 1.2.0.0, newer than 1.1.0: set --app-version (or JTAI_APP_VERSION) above 1.2.0.0.',
    ]);
    expect(tenant.writes).toHaveLength(writes);
  });

  it('refuses to run when the CLI is signed in to another tenant', async () => {
    const tenant = new FakeTenant('0a0b0c0d-0000-4000-8000-000000000001');
    const { code, err } = await deploy(tenant);
    expect(code).toBe(1);
    expect(err[0]).toMatch(
      /signed in to tenant 0a0b0c0d-0000-4000-8000-000000000001, not 6f1e2d3c-.*npx m365 login --tenant 6f1e2d3c/,
    );
    expect(tenant.writes).toEqual([]);
  });

  it('asks for --client-id when two registrations have the name, and does not create a third', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant);
    tenant.apps.push({ ...tenant.apps[0]!, id: tenant.newGuid(), appId: tenant.newGuid() });
    const writes = tenant.writes.length;
    const { code, err } = await deploy(tenant);
    expect(code).toBe(1);
    expect(err[0]).toMatch(
      /^2 app registrations are called "JTAI Action Plan" \(.*\)\. Pass --client-id with the one to use\.$/,
    );
    expect(tenant.writes).toHaveLength(writes);
  });

  it('with --client-id of a registration that is not there, stops rather than creating another', async () => {
    const tenant = new FakeTenant(TENANT);
    const { code, err } = await deploy(tenant, ['--client-id', '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f']);
    expect(code).toBe(1);
    expect(err[0]).toMatch(
      /^There is no app registration with client id 0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f in tenant/,
    );
    expect(tenant.writes).toEqual([]);
  });
});
