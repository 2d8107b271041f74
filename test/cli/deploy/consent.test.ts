import { describe, expect, it } from 'vitest';
import { adminConsentUrl } from '../../../src/cli/deploy/app-registration-spec';
import { deployMain } from '../../../src/cli/deploy/deploy-main';
import { parseDeployArguments } from '../../../src/cli/deploy/parse-arguments';
import { ARGS, settingsFor, TEAMS_APP_ID, TENANT, testIo } from './deploy-fixtures';
import { FakeTenant } from './fake-tenant';

const CLIENT_ID = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';

async function deploy(tenant: FakeTenant, extra: readonly string[] = []) {
  const { io, out } = testIo(tenant.run);
  const code = await deployMain([...ARGS, ...extra], io);
  return { code, out };
}

describe('admin consent', () => {
  it('is the tenant-specific adminconsent link for the client id', () => {
    expect(adminConsentUrl(settingsFor(), CLIENT_ID)).toBe(
      `https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${CLIENT_ID}`,
    );
  });

  it('uses the sign-in host of a national cloud (JTAI_LOGIN_HOST)', () => {
    const parsed = parseDeployArguments(
      ['--tenant', TENANT, '--site', 'https://lscp.sharepoint.us/sites/jtai', '--host', 'https://jtai.example.gov.uk'],
      { JTAI_APP_ID: TEAMS_APP_ID, JTAI_LOGIN_HOST: 'https://login.microsoftonline.us' },
      '0.1.0',
    );
    if (parsed.kind !== 'settings') throw new Error('expected settings');
    expect(adminConsentUrl(parsed.settings, CLIENT_ID)).toBe(
      `https://login.microsoftonline.us/${TENANT}/adminconsent?client_id=${CLIENT_ID}`,
    );
  });

  it('on an existing registration, prints the link with what is missing, and nothing once granted', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant, ['--grant-consent']);
    const appId = tenant.apps[0]!.appId;
    tenant.grants.splice(
      tenant.grants.findIndex((grant) => grant.resourceId === 'sp-sharepoint'),
      1,
    );

    const { out } = await deploy(tenant);
    const at = out.indexOf(' 3. Admin consent');
    expect(out.slice(at, at + 4)).toEqual([
      ' 3. Admin consent',
      '    Before anyone signs in, admin consent is missing for SharePoint AllSites.FullControl. An administrator who may grant tenant-wide consent opens:',
      `    https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${appId}`,
      '    or runs npm run deploy again with --grant-consent.',
    ]);

    await deploy(tenant, ['--grant-consent']);
    expect(tenant.grants.find((grant) => grant.resourceId === 'sp-sharepoint')?.scope).toBe('AllSites.FullControl');
    expect((await deploy(tenant)).out.join('\n')).not.toContain('adminconsent');
  });

  it('with --grant-consent on a registration without an enterprise application, creates it and grants both APIs', async () => {
    const tenant = new FakeTenant(TENANT);
    await deploy(tenant);
    const appId = tenant.apps[0]!.appId;
    expect(tenant.servicePrincipals.some((sp) => sp.appId === appId)).toBe(false);

    const { code } = await deploy(tenant, ['--grant-consent']);
    expect(code).toBe(0);
    const created = tenant.servicePrincipals.find((sp) => sp.appId === appId)!;
    expect(tenant.grants.map(({ clientId, resourceId }) => [clientId, resourceId])).toEqual([
      [created.id, 'sp-graph'],
      [created.id, 'sp-sharepoint'],
    ]);
  });
});
