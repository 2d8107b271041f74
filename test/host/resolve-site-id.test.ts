import { describe, expect, it, vi } from 'vitest';
import { resolveSiteId, siteLookupPath } from '../../src/host/site/resolve-site-id';

const GRAPH = 'https://graph.microsoft.com/v1.0';

describe('the site that holds the lists', () => {
  it.each([
    [
      'https://contoso.sharepoint.com/sites/SafeguardingPartnership',
      '/sites/contoso.sharepoint.com:/sites/SafeguardingPartnership',
    ],
    ['https://contoso.sharepoint.com/sites/lscp/', '/sites/contoso.sharepoint.com:/sites/lscp'],
    ['https://contoso.sharepoint.com/sites/lscp/SitePages/Home.aspx', '/sites/contoso.sharepoint.com:/sites/lscp'],
    [
      'https://contoso.sharepoint.com/sites/lscp/Shared%20Documents/Forms/AllItems.aspx',
      '/sites/contoso.sharepoint.com:/sites/lscp',
    ],
    ['https://contoso.sharepoint.com/teams/lscp/sub%20site', '/sites/contoso.sharepoint.com:/teams/lscp/sub%20site'],
    ['https://contoso.sharepoint.com', '/sites/contoso.sharepoint.com'],
  ])('looks %s up as %s', (url, path) => {
    expect(siteLookupPath({ url, groupId: null })).toBe(path);
  });

  it('uses the team’s group root site when the host gives no URL', () => {
    expect(siteLookupPath({ url: null, groupId: '33333333-3333-4333-8333-333333333333' })).toBe(
      '/groups/33333333-3333-4333-8333-333333333333/sites/root',
    );
  });

  it('asks Graph for the site id with the person’s token', async () => {
    const fetch = vi.fn(async () => Response.json({ id: 'contoso.sharepoint.com,aaa,bbb' }));
    const id = await resolveSiteId({
      graphBaseUrl: `${GRAPH}/`,
      site: { url: 'https://contoso.sharepoint.com/sites/lscp', groupId: null },
      getToken: async () => 'tkn',
      fetch,
    });
    expect(id).toBe('contoso.sharepoint.com,aaa,bbb');
    expect(fetch).toHaveBeenCalledWith(`${GRAPH}/sites/contoso.sharepoint.com:/sites/lscp?$select=id`, {
      headers: { Authorization: 'Bearer tkn', Accept: 'application/json' },
    });
  });

  it.each([
    [404, /The SharePoint site https:\/\/contoso.sharepoint.com\/sites\/gone was not found/],
    [403, /You do not have access to the SharePoint site .* Ask a site owner/],
    [503, /Could not look up the SharePoint site .* \(HTTP 503\)/],
  ])('explains HTTP %i', async (status, message) => {
    await expect(
      resolveSiteId({
        graphBaseUrl: GRAPH,
        site: { url: 'https://contoso.sharepoint.com/sites/gone', groupId: null },
        getToken: async () => 'tkn',
        fetch: async () => new Response('{}', { status }),
      }),
    ).rejects.toThrow(message);
  });
});
