import { describe, expect, it } from 'vitest';
import { graphApi } from '../../../src/data/graph/graph-api';
import { createGraphClient } from '../../../src/data/graph/graph-client';
import { graphUpnLookup } from '../../../src/data/sharepoint/graph-upn-lookup';
import { json, recordingFetch } from '../support/recording-fetch';

const GUEST_UPN = 'fiona_nhs.net#EXT#@lscp.onmicrosoft.com';

describe('user principal names from Graph', () => {
  it('asks for everyone in one $batch and leaves out people the directory no longer has', async () => {
    const http = recordingFetch((request) => {
      const { requests } = JSON.parse(request.body ?? '{}') as { requests: { id: string; url: string }[] };
      return json(200, {
        responses: requests.map((r) =>
          r.url.startsWith('/users/gone')
            ? { id: r.id, status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } } }
            : { id: r.id, status: 200, body: { id: 'guest', userPrincipalName: GUEST_UPN } },
        ),
      });
    });
    const api = graphApi(
      createGraphClient({
        graphBaseUrl: 'https://graph.microsoft.com/v1.0',
        getToken: async () => 't',
        fetch: http.fetch,
      }),
    );
    const upns = await graphUpnLookup(api)(['guest', 'gone']);
    expect([...upns]).toEqual([['guest', GUEST_UPN]]);
    expect(http.requests).toHaveLength(1);
    const sent = JSON.parse(http.requests[0]?.body ?? '{}') as { requests: { url: string }[] };
    expect(sent.requests.map((r) => r.url)).toEqual([
      '/users/guest?$select=id,userPrincipalName',
      '/users/gone?$select=id,userPrincipalName',
    ]);
  });
});
