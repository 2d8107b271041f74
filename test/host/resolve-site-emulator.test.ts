import { describe, expect, it } from 'vitest';
import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import { resolveSite, resolveSiteId } from '../../src/host/site/resolve-site-id';
import { startTestEmulator } from '../emulator/support/test-emulator';

const asDcs = async () => 'demo.u-dcs';

describe('resolving the site against the emulator', () => {
  it('finds the site by its URL, with a page below it, and by its team’s group', async () => {
    const { emulator } = await startTestEmulator();
    const graphBaseUrl = emulator.graphBaseUrl;
    for (const url of [
      EMULATOR_SITE.webUrl,
      `${EMULATOR_SITE.webUrl}/SitePages/Home.aspx`,
      `${EMULATOR_SITE.webUrl}/`,
    ]) {
      expect(await resolveSiteId({ graphBaseUrl, site: { url, groupId: null }, getToken: asDcs })).toBe(
        EMULATOR_SITE_ID,
      );
    }
    expect(
      await resolveSite({ graphBaseUrl, site: { url: null, groupId: EMULATOR_SITE.groupId }, getToken: asDcs }),
    ).toEqual({ id: EMULATOR_SITE_ID, webUrl: EMULATOR_SITE.webUrl });
  });

  it('says a site or group it does not host was not found', async () => {
    const { emulator } = await startTestEmulator();
    const graphBaseUrl = emulator.graphBaseUrl;
    await expect(
      resolveSiteId({
        graphBaseUrl,
        site: { url: 'http://localhost/sites/elsewhere', groupId: null },
        getToken: asDcs,
      }),
    ).rejects.toThrow('The SharePoint site http://localhost/sites/elsewhere was not found.');
    await expect(
      resolveSiteId({
        graphBaseUrl,
        site: { url: 'https://contoso.sharepoint.com/sites/jtai-partnership', groupId: null },
        getToken: asDcs,
      }),
    ).rejects.toThrow(/was not found/);
    await expect(
      resolveSiteId({
        graphBaseUrl,
        site: { url: null, groupId: '00000000-0000-4000-8000-000000000000' },
        getToken: asDcs,
      }),
    ).rejects.toThrow(/team's site \(group 00000000-0000-4000-8000-000000000000\) was not found/);
  });

  it('refuses a lookup without a sign-in', async () => {
    const { emulator } = await startTestEmulator();
    await expect(
      resolveSiteId({
        graphBaseUrl: emulator.graphBaseUrl,
        site: { url: EMULATOR_SITE.webUrl, groupId: null },
        getToken: async () => 'nobody',
      }),
    ).rejects.toThrow(/You do not have access/);
  });
});
