import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { buildAppInto } from '../support/app-build';
import { appFileFor, contentTypeOf } from '../support/static-app-files';

/** The settings of the council's tenant build the sign-in tests run (see README, "Configure and build"). */
export const TENANT_BUILD = {
  clientId: '0a1b2c3d-1111-4222-8333-444455556666',
  hostUrl: 'https://jtai.haringey-lscp.example',
  /** The tenant the app is registered in: a plain browser signs in here. */
  tenantId: '22222222-2222-4222-8222-222222222222',
  siteUrl: 'https://haringey.sharepoint.com/sites/jtai-partnership',
} as const;

export interface TenantBuild {
  readonly dir: string;
  remove(): void;
}

/**
 * Builds the app as `npm run build:tenant` does, with this test's settings, into a directory of its
 * own (development mode: the same code, unminified, in seconds).
 */
export async function buildTenantApp(): Promise<TenantBuild> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jtai-tenant-build-'));
  await buildAppInto(dir, {
    JTAI_TARGET: 'tenant',
    JTAI_CLIENT_ID: TENANT_BUILD.clientId,
    JTAI_HOST_URL: TENANT_BUILD.hostUrl,
    JTAI_TENANT_ID: TENANT_BUILD.tenantId,
    JTAI_SITE_URL: TENANT_BUILD.siteUrl,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Serves the build at its `JTAI_HOST_URL` inside this browser, as Static Web Apps would (unknown paths get index.html). */
export async function serveTenantApp(context: BrowserContext, build: TenantBuild): Promise<void> {
  await context.route(`${TENANT_BUILD.hostUrl}/**`, async (route: Route) => {
    const served = appFileFor(build.dir, new URL(route.request().url()).pathname);
    await route.fulfill({ status: 200, contentType: contentTypeOf(served), body: readFileSync(served) });
  });
}
