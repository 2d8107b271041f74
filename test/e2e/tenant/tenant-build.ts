import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Route } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../../..');

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
  await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'development',
      '--devtool',
      'false',
      '--output-path',
      dir,
    ],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        JTAI_TARGET: 'tenant',
        JTAI_CLIENT_ID: TENANT_BUILD.clientId,
        JTAI_HOST_URL: TENANT_BUILD.hostUrl,
        JTAI_TENANT_ID: TENANT_BUILD.tenantId,
        JTAI_SITE_URL: TENANT_BUILD.siteUrl,
      },
    },
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves the build at its `JTAI_HOST_URL` inside this browser, as Static Web Apps would (unknown paths get index.html). */
export async function serveTenantApp(context: BrowserContext, build: TenantBuild): Promise<void> {
  await context.route(`${TENANT_BUILD.hostUrl}/**`, async (route: Route) => {
    const pathname = new URL(route.request().url()).pathname;
    const file = path.join(build.dir, pathname === '/' ? 'index.html' : pathname);
    const found = file.startsWith(build.dir) && existsSync(file) && !file.endsWith(path.sep);
    const served = found ? file : path.join(build.dir, 'index.html');
    await route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(served)] ?? 'application/octet-stream',
      body: readFileSync(served),
    });
  });
}
