import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CONTROL_SECRET_FILE } from '../../../src/emulator/http/control-secret';
import { hasChromium, launchSharedChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    serverReadyAt: number;
    /** The dev server's emulator's control secret (its data directory's `control-secret`). */
    controlSecret: string;
    /** The Chromium every browser test file opens its sessions in (see `launchBrowser`). */
    chromiumWsEndpoint: string;
  }
}

const root = path.resolve(import.meta.dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Asks the dev server to stop, and kills it if it has not exited within `graceMs`. */
async function stop(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Starts `npm start`'s dev server (with a fresh emulator) and one Chromium, once for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasChromium) {
    console.warn('Browser tests skipped: Chromium not found at /usr/bin/chromium (apt-get install chromium).');
    project.provide('appUrl', '');
    project.provide('serverReadyAt', 0);
    project.provide('controlSecret', '');
    project.provide('chromiumWsEndpoint', '');
    return async () => undefined;
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jtai-e2e-data-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'node_modules/webpack-cli/bin/cli.js', 'serve', '--mode', 'development'],
    {
      cwd: root,
      env: { ...process.env, PORT: String(port), EMULATOR_DATA_DIR: dataDir, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // Chromium starts while webpack compiles.
  const chromiumStarting = launchSharedChromium();
  chromiumStarting.catch(() => undefined);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const appUrl = `http://localhost:${port}`;
  try {
    await waitFor(`${appUrl}/`, child, 150_000);
    await waitFor(`${appUrl}/graph/_emulator/health`, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    await chromiumStarting.then((c) => c.close()).catch(() => undefined);
    throw new Error(`${(error as Error).message}\n${output.slice(-4000)}`);
  }
  const chromiumServer = await chromiumStarting;
  project.provide('chromiumWsEndpoint', chromiumServer.wsEndpoint());
  project.provide('appUrl', appUrl);
  project.provide('serverReadyAt', Date.now());
  project.provide('controlSecret', readFileSync(path.join(dataDir, CONTROL_SECRET_FILE), 'utf8'));
  return async () => {
    await chromiumServer.close();
    await stop(child, 5_000);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
