import { describe, expect, it } from 'vitest';
import { createSpRestClient } from '../../../src/data/sharepoint/sp-rest-client';
import { allValues } from '../../../src/data/sharepoint/sp-values';
import { json, recordingFetch } from '../support/recording-fetch';

const SITE = 'https://contoso.sharepoint.com/sites/lscp';
const ITEMS = "/_api/web/lists/getbytitle('JTAI%20Actions')/items?$select=Id&$top=2";

function restAnswering(pages: Record<string, unknown>) {
  const http = recordingFetch((r) => json(200, pages[r.url] ?? { value: [] }));
  return { rest: createSpRestClient({ siteUrl: SITE, getToken: async () => 't', fetch: http.fetch }), http };
}

describe('SharePoint REST collections across pages', () => {
  it('follows odata.nextLink on the site’s own host until the last page', async () => {
    const next = `${SITE}/_api/web/lists/getbytitle('JTAI%20Actions')/items?$skiptoken=Paged%3DTRUE%26p_ID%3D2`;
    const { rest, http } = restAnswering({
      [`${SITE}${ITEMS}`]: { value: [{ Id: 1 }, { Id: 2 }], 'odata.nextLink': next },
      [next]: { value: [{ Id: 3 }] },
    });
    expect((await allValues(rest, ITEMS)).map((v) => v['Id'])).toEqual([1, 2, 3]);
    expect(http.requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer t', 'Bearer t']);
  });

  it('never sends the token to a next page on another host', async () => {
    const { rest, http } = restAnswering({
      [`${SITE}${ITEMS}`]: { value: [{ Id: 1 }], 'odata.nextLink': 'https://elsewhere.example/next' },
    });
    await expect(allValues(rest, ITEMS)).rejects.toMatchObject({
      kind: 'server',
      details: { code: 'unexpectedResponse' },
    });
    expect(http.requests).toHaveLength(1);
  });
});
