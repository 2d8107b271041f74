import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate, manifestValues } from '../../../src/cli/app-package/manifest-values';
import {
  delegatedPermissions,
  GRAPH_APP_ID,
  identifierUri,
  SHAREPOINT_APP_ID,
  spaRedirectUris,
} from '../../../src/cli/deploy/app-registration-spec';
import { MANIFEST_SHORT_NAME } from '../../../src/cli/deploy/deploy-settings';
import { buildEnvironment } from '../../../src/cli/deploy/plan-publish';
import { scopesFor } from '../../../src/host/auth/graph-scopes';
import { settingsFor, SITE } from './deploy-fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const template = readFileSync(path.join(root, 'manifest', 'manifest.template.json'), 'utf8');
const CLIENT_ID = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';

type Manifest = {
  name: { short: string };
  webApplicationInfo: { id: string; resource: string; nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[] };
};

/** The manifest `npm run package` writes with the settings the deployment passes it. */
function packagedManifest(siteAccess: 'all' | 'selected' = 'all'): Manifest {
  const settings = settingsFor(['--host', 'https://jtai.haringey.example:8443/', '--site-access', siteAccess]);
  return fillTemplate(
    template,
    manifestValues(buildEnvironment(settings, CLIENT_ID), { version: '0.1.0' }),
  ) as Manifest;
}

describe('the app registration the deployment makes, against the package it publishes', () => {
  it('has the Application ID URI and client id of the manifest webApplicationInfo', () => {
    const settings = settingsFor(['--host', 'https://jtai.haringey.example:8443/']);
    const { webApplicationInfo } = packagedManifest();
    expect(webApplicationInfo.id).toBe(CLIENT_ID);
    expect(identifierUri(settings, CLIENT_ID)).toBe(webApplicationInfo.resource);
  });

  it('has the nested app authentication redirect URI among its SPA redirect URIs', () => {
    const settings = settingsFor(['--host', 'https://jtai.haringey.example:8443/']);
    const redirects = packagedManifest().webApplicationInfo.nestedAppAuthInfo.map((naa) => naa.redirectUri);
    expect(redirects.length).toBeGreaterThan(0);
    for (const redirect of redirects) expect(spaRedirectUris(settings)).toContain(redirect);
  });

  it('asks for every Graph scope the app requests, including those the manifest prefetches', () => {
    const graph = delegatedPermissions('all')
      .filter((p) => p.resourceAppId === GRAPH_APP_ID)
      .map((p) => p.name);
    const prefetched = packagedManifest().webApplicationInfo.nestedAppAuthInfo.flatMap((naa) => naa.scopes);
    for (const scope of [...scopesFor('all').graph, ...scopesFor('all').provisioning, ...prefetched, 'User.Read'])
      expect(graph).toContain(scope);
  });

  it('with Sites.Selected, asks for every Graph scope that build requests, and no tenant-wide site permission', () => {
    const graph = delegatedPermissions('selected')
      .filter((p) => p.resourceAppId === GRAPH_APP_ID)
      .map((p) => p.name);
    for (const scope of [...scopesFor('selected').graph, ...scopesFor('selected').provisioning, 'User.Read'])
      expect(graph).toContain(scope);
    expect(graph.filter((name) => name.startsWith('Sites.'))).toEqual(['Sites.Selected']);
  });

  it.each(['all', 'selected'] as const)(
    "asks for the SharePoint scope set-up and permission sync request from the site's host (site access %s)",
    (access) => {
      const sharePoint = delegatedPermissions(access)
        .filter((p) => p.resourceAppId === SHAREPOINT_APP_ID)
        .map((p) => p.name);
      const requested = scopesFor(access)
        .sharePoint(SITE)
        .map((scope) => scope.slice(scope.lastIndexOf('/') + 1));
      expect(sharePoint).toEqual(requested);
    },
  );

  it.each(['all', 'selected'] as const)(
    'prefetches through nested app authentication exactly the Graph scopes the build asks for (site access %s)',
    (access) => {
      const [naa] = packagedManifest(access).webApplicationInfo.nestedAppAuthInfo;
      expect(naa?.scopes).toEqual(scopesFor(access).graph);
    },
  );

  it('recognises the SharePoint catalog entry by the manifest short name', () => {
    expect(packagedManifest().name.short).toBe(MANIFEST_SHORT_NAME);
  });
});
