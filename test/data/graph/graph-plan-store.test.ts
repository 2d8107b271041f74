import { describe, expect, it } from 'vitest';
import { createGraphPlanStore } from '../../../src/data/graph/graph-plan-store';
import { LIST_KEYS, LISTS } from '../../../src/data/sharepoint/list-schema';
import { isStoreError } from '../../../src/data/store-error';
import { aFinding, aPlan } from '../support/fixtures';
import { findingToFields } from '../../../src/data/graph/mappers/finding.mapper';
import { json, recordingFetch, type RecordedRequest } from '../support/recording-fetch';

const SITE = 'contoso.sharepoint.com,1,2';

function storeWith(respond: (r: RecordedRequest) => Response, graphBaseUrl = 'http://localhost:53000/graph/v1.0') {
  const recorder = recordingFetch(respond);
  const store = createGraphPlanStore({
    graphBaseUrl,
    siteId: SITE,
    getToken: async () => 'demo.u-dcs',
    fetch: recorder.fetch,
    retry: { maxRetries: 2, delaySeconds: 0 },
  });
  return { store, requests: recorder.requests };
}

/** The product's lists as the site returns them; the Plans list is `list-0`. */
const lists = {
  value: LIST_KEYS.map((key, i) => ({ id: `list-${i}`, displayName: LISTS[key].displayName, columns: [] })),
};

const me = {
  id: 'u-dcs',
  displayName: 'Amara Okafor',
  mail: 'amara@example.gov.uk',
  jobTitle: 'DCS',
  companyName: 'Haringey Council',
};

describe('the Graph plan store over HTTP', () => {
  it('sends the bearer token to a local emulator over plain http, under a path prefix', async () => {
    const { store, requests } = storeWith(() => json(200, me));
    await expect(store.whoAmI()).resolves.toEqual({
      id: 'u-dcs',
      displayName: 'Amara Okafor',
      email: 'amara@example.gov.uk',
      jobTitle: 'DCS',
      organisation: 'Haringey Council',
    });
    expect(requests[0]?.url).toBe(
      'http://localhost:53000/graph/v1.0/me?$select=id,displayName,mail,userPrincipalName,jobTitle,companyName',
    );
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer demo.u-dcs');
  });

  it('says why no sign-in was possible, in the sign-in’s own words, and sends nothing', async () => {
    const recorder = recordingFetch(() => json(200, me));
    const store = createGraphPlanStore({
      graphBaseUrl: 'http://localhost:53000/graph/v1.0',
      siteId: SITE,
      getToken: () => Promise.reject(new Error('Open JTAI Action Plan in its own browser tab, sign in there.')),
      fetch: recorder.fetch,
    });
    const error = await store.whoAmI().catch((e: unknown) => e);
    expect(isStoreError(error) && error.kind).toBe('unauthorized');
    expect((error as Error).message).toBe('Open JTAI Action Plan in its own browser tab, sign in there.');
    expect(recorder.requests).toEqual([]);
  });

  it('waits out a 429 and succeeds, sending one token per attempt', async () => {
    let calls = 0;
    const { store, requests } = storeWith(() =>
      ++calls < 3
        ? json(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'Retry-After': '0' })
        : json(200, me),
    );
    await expect(store.whoAmI()).resolves.toMatchObject({ id: 'u-dcs' });
    expect(requests).toHaveLength(3);
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(Array(3).fill('Bearer demo.u-dcs'));
  });

  it('gives up as throttled once the retries are spent, saying how long to wait', async () => {
    const { store, requests } = storeWith(() =>
      json(503, { error: { code: 'serviceNotAvailable', message: 'busy' } }, { 'Retry-After': '0' }),
    );
    const error: unknown = await store.whoAmI().catch((e: unknown) => e);
    expect(isStoreError(error) && error.kind).toBe('throttled');
    expect(requests).toHaveLength(3);
  });

  it('escapes a quote in a people-picker search', async () => {
    const { store, requests } = storeWith(() => json(200, { value: [me] }));
    await store.searchDirectory("O'Brien");
    const filter = new URL(requests[0]?.url ?? '').searchParams.get('$filter');
    expect(filter).toBe(
      "startswith(displayName,'O''Brien') or startswith(surname,'O''Brien') or startswith(mail,'O''Brien')",
    );
  });

  it('follows a nextLink that names another host through the configured base URL', async () => {
    const plan = (n: number) => ({
      id: String(n),
      eTag: `"{A},${n}"`,
      fields: { '@odata.etag': `"{A},${n}"`, Title: `plan-${n}`, PlanTitle: `Plan ${n}` },
    });
    const { store, requests } = storeWith((r) => {
      if (r.url.includes('/lists?')) return json(200, lists);
      if (r.url.includes('skiptoken')) return json(200, { value: [plan(2)] });
      return json(200, {
        value: [plan(1)],
        '@odata.nextLink': `http://127.0.0.1:53001/v1.0/sites/${SITE}/lists/list-0/items?$skiptoken=1`,
      });
    });
    const plans = await store.listPlans();
    expect(plans.map((p) => p.value.title)).toEqual(['Plan 1', 'Plan 2']);
    expect(requests.at(-1)?.url).toBe(
      `http://localhost:53000/graph/v1.0/sites/${SITE}/lists/list-0/items?$skiptoken=1`,
    );
    expect(requests.at(-1)?.headers.get('Authorization')).toBe('Bearer demo.u-dcs');
  });

  it('does not resend a create after a gateway timeout, which may have been applied', async () => {
    const { store, requests } = storeWith((r) =>
      r.method === 'GET' ? json(200, lists) : json(504, { error: { code: 'gatewayTimeout', message: 'timed out' } }),
    );
    const error: unknown = await store.createPlan(aPlan()).catch((e: unknown) => e);
    expect(isStoreError(error) && error.kind).toBe('server');
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('resends a read after a gateway timeout', async () => {
    let calls = 0;
    const { store, requests } = storeWith(() =>
      ++calls === 1 ? json(504, { error: { code: 'gatewayTimeout', message: 'timed out' } }) : json(200, me),
    );
    await expect(store.whoAmI()).resolves.toMatchObject({ id: 'u-dcs' });
    expect(requests).toHaveLength(2);
  });

  it('resends only the sub-requests of a $batch that were throttled', async () => {
    const planId = aPlan().id;
    const findings = [aFinding(planId, 0), aFinding(planId, 1)];
    const stored = (n: number) => {
      const fields = { ...findingToFields(findings[n]!), '@odata.etag': `"{B},1"` };
      return { id: '1', status: 201, headers: {}, body: { id: String(n + 1), eTag: `"{B},1"`, fields } };
    };
    let batches = 0;
    const { store, requests } = storeWith((r) => {
      if (r.method === 'GET') return json(200, lists);
      batches += 1;
      if (batches > 1) return json(200, { responses: [stored(1)] });
      const throttled = {
        id: '2',
        status: 429,
        headers: { 'Retry-After': '0' },
        body: { error: { code: 'TooManyRequests', message: 'slow' } },
      };
      return json(200, { responses: [stored(0), throttled] });
    });
    const created = await store.createFindings(findings);
    expect(created.map((f) => f.value)).toEqual(findings);
    const resent = JSON.parse(requests.at(-1)?.body ?? '{}') as { requests: { body: { fields: { Title: string } } }[] };
    expect(resent.requests.map((r) => r.body.fields.Title)).toEqual([findings[1]!.id]);
  });
});
