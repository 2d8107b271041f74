import { describe, expect, it } from 'vitest';
import { graphApi } from '../../../src/data/graph/graph-api';
import { createGraphClient } from '../../../src/data/graph/graph-client';
import { ensurePlanFolder } from '../../../src/data/sharepoint/graph-plan-folder';
import { json, recordingFetch, type RecordedRequest } from '../support/recording-fetch';

const SITE = 'contoso.sharepoint.com,1,2';
const WEB_URL = 'https://contoso.sharepoint.com/sites/lscp/Freigegebene%20Dokumente/JTAI%20submissions/plan-1';
const folder = { id: '01F', name: 'plan-1', webUrl: WEB_URL, folder: {} };

function graphAnswering(respond: (request: RecordedRequest) => Response) {
  const http = recordingFetch(respond);
  const api = graphApi(
    createGraphClient({
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      getToken: async () => 'token',
      fetch: http.fetch,
      retry: { maxRetries: 0, delaySeconds: 0 },
    }),
  );
  return { api, http };
}

const notFound = () => json(404, { error: { code: 'itemNotFound', message: 'The resource could not be found.' } });
const calls = (requests: readonly RecordedRequest[]) =>
  requests.map((r) => `${r.method} ${decodeURIComponent(new URL(r.url).pathname).replace(/^.*\/drive/, '')}`);

describe('the plan’s folder of submissions', () => {
  it('is only read when it is there, and addressed by the library’s own server-relative URL', async () => {
    const { api, http } = graphAnswering(() => json(200, folder));
    expect(await ensurePlanFolder(api, SITE, 'plan-1')).toEqual({
      created: false,
      folders: {
        plan: '/sites/lscp/Freigegebene Dokumente/JTAI submissions/plan-1',
        submissions: '/sites/lscp/Freigegebene Dokumente/JTAI submissions',
      },
    });
    expect(http.writes()).toEqual([]);
  });

  it('is made in the submissions folder when missing, failing rather than renaming on a clash', async () => {
    const { api, http } = graphAnswering((r) => (r.method === 'GET' ? notFound() : json(201, folder)));
    expect((await ensurePlanFolder(api, SITE, 'plan-1')).created).toBe(true);
    expect(calls(http.requests)).toEqual([
      'GET /root:/JTAI submissions/plan-1:',
      'POST /root:/JTAI submissions:/children',
    ]);
    expect(JSON.parse(http.writes()[0]?.body ?? '{}')).toEqual({
      name: 'plan-1',
      folder: {},
      '@microsoft.graph.conflictBehavior': 'fail',
    });
  });

  it('takes a folder someone else made meanwhile (409) as its own', async () => {
    let reads = 0;
    const { api } = graphAnswering((r) => {
      if (r.method === 'POST') return json(409, { error: { code: 'nameAlreadyExists', message: 'exists' } });
      reads += 1;
      return reads === 1 ? notFound() : json(200, folder);
    });
    expect((await ensurePlanFolder(api, SITE, 'plan-1')).folders.plan).toMatch(/JTAI submissions\/plan-1$/);
  });
});
