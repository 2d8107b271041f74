import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_GRAPH_BASE_URL, LOCAL_SITE_ID, buildEnv, readConfig } from '../../src/app/config';

const ORIGIN = 'http://localhost:53000';
const CLIENT_ID = '0F9E8D7C-6B5A-4C3D-8E2F-1A0B9C8D7E6F';

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('start-up configuration', () => {
  it('runs on the local emulator when nothing is configured (npm start, tests)', () => {
    expect(buildEnv()).toEqual({});
    expect(readConfig({}, ORIGIN)).toEqual({
      mode: 'local',
      graphBaseUrl: `${ORIGIN}/graph/v1.0`,
      emulatorUrl: `${ORIGIN}/graph`,
      siteId: LOCAL_SITE_ID,
      appId: null,
    });
    expect(readConfig({ JTAI_TARGET: 'local', JTAI_CLIENT_ID: CLIENT_ID }, ORIGIN).mode).toBe('local');
  });

  it('targets the tenant with a client id: real Graph, the host URL, and the optional site', () => {
    expect(
      readConfig(
        {
          JTAI_CLIENT_ID: CLIENT_ID,
          JTAI_HOST_URL: 'https://jtai.example.org/',
          JTAI_SITE_URL: 'https://contoso.sharepoint.com/sites/lscp',
          JTAI_TENANT_ID: 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE',
        },
        ORIGIN,
      ),
    ).toEqual({
      mode: 'tenant',
      clientId: CLIENT_ID.toLowerCase(),
      hostUrl: 'https://jtai.example.org',
      graphBaseUrl: DEFAULT_GRAPH_BASE_URL,
      siteUrl: 'https://contoso.sharepoint.com/sites/lscp',
      tenantId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      authorityHost: 'https://login.microsoftonline.com',
      appId: null,
      siteAccess: 'all',
    });
  });

  it('asks for Sites.Selected with JTAI_SITE_ACCESS=selected, and refuses any other value but all', () => {
    expect(readConfig({ JTAI_CLIENT_ID: CLIENT_ID, JTAI_SITE_ACCESS: 'selected' }, ORIGIN)).toMatchObject({
      siteAccess: 'selected',
    });
    expect(problemsOf(() => readConfig({ JTAI_CLIENT_ID: CLIENT_ID, JTAI_SITE_ACCESS: 'sites' }, ORIGIN))).toEqual([
      expect.stringMatching(/^JTAI_SITE_ACCESS "sites" is not a choice: use "all" .* or "selected" /),
    ]);
  });

  it('reads the Teams app id, which notification links name, and refuses one that is not a GUID', () => {
    const APP_ID = '6B1F4A57-2C1E-4D3A-9F0B-7E8D9C0A1B2C';
    expect(readConfig({ JTAI_CLIENT_ID: CLIENT_ID, JTAI_APP_ID: APP_ID }, ORIGIN)).toMatchObject({
      mode: 'tenant',
      appId: APP_ID.toLowerCase(),
    });
    expect(readConfig({ JTAI_APP_ID: APP_ID }, ORIGIN)).toMatchObject({ mode: 'local', appId: APP_ID.toLowerCase() });
    expect(problemsOf(() => readConfig({ JTAI_CLIENT_ID: CLIENT_ID, JTAI_APP_ID: 'jtai-app' }, ORIGIN))).toEqual([
      'JTAI_APP_ID "jtai-app" is not a GUID; use the Teams app\'s own id, the "id" of the manifest that npm run package builds.',
    ]);
  });

  it('signs in through organizations only when no tenant is set, and refuses a tenant id that is not a GUID', () => {
    expect(readConfig({ JTAI_CLIENT_ID: CLIENT_ID }, ORIGIN)).toMatchObject({ tenantId: null });
    expect(
      problemsOf(() => readConfig({ JTAI_CLIENT_ID: CLIENT_ID, JTAI_TENANT_ID: 'contoso.onmicrosoft.com' }, ORIGIN)),
    ).toEqual([
      'JTAI_TENANT_ID "contoso.onmicrosoft.com" is not a GUID; copy the Directory (tenant) ID from the app registration\'s overview.',
    ]);
  });

  it('takes the page’s own origin as host URL, and another Graph and sign-in host (national cloud) when given', () => {
    const config = readConfig(
      {
        JTAI_TARGET: 'tenant',
        JTAI_CLIENT_ID: CLIENT_ID,
        JTAI_GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0',
        JTAI_LOGIN_HOST: 'https://login.microsoftonline.us/',
      },
      'https://jtai.example.org',
    );
    expect(config).toMatchObject({
      hostUrl: 'https://jtai.example.org',
      graphBaseUrl: 'https://graph.microsoft.us/v1.0',
      authorityHost: 'https://login.microsoftonline.us',
      siteUrl: null,
    });
  });

  it('says plainly that a tenant build lacks its client id', () => {
    const [problem, ...rest] = problemsOf(() => readConfig({ JTAI_TARGET: 'tenant' }, ORIGIN));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^JTAI_CLIENT_ID is not set: a tenant build needs the Application \(client\) ID/);
    expect(() => readConfig({ JTAI_HOST_URL: 'https://jtai.example.org' }, ORIGIN)).toThrow(
      /not configured correctly: JTAI_CLIENT_ID is not set/,
    );
  });

  it('lists every problem at once', () => {
    expect(
      problemsOf(() =>
        readConfig(
          {
            JTAI_CLIENT_ID: 'my-app',
            JTAI_HOST_URL: 'http://jtai.example.org',
            JTAI_GRAPH_BASE_URL: 'graph',
            JTAI_SITE_URL: 'ftp://x',
          },
          ORIGIN,
        ),
      ),
    ).toEqual([
      'JTAI_CLIENT_ID "my-app" is not a GUID; copy the Application (client) ID from the app registration.',
      'JTAI_HOST_URL "http://jtai.example.org" must start with https://.',
      'JTAI_GRAPH_BASE_URL "graph" is not a URL.',
      'JTAI_SITE_URL "ftp://x" must start with https://.',
    ]);
  });

  it('allows http only for localhost, to try a tenant build locally', () => {
    expect(readConfig({ JTAI_CLIENT_ID: CLIENT_ID, JTAI_HOST_URL: 'http://localhost:53000' }, ORIGIN)).toMatchObject({
      hostUrl: 'http://localhost:53000',
    });
  });

  it('rejects an unknown target', () => {
    expect(problemsOf(() => readConfig({ JTAI_TARGET: 'production' }, ORIGIN))).toEqual([
      'JTAI_TARGET is "production"; use "local" or "tenant".',
    ]);
  });
});
