import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createEmulatorHandler } from '../../../src/emulator/start-emulator';
import { buildAppInto } from './app-build';
import { hasChromium, launchSharedChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app built once for the run; each browser test file serves it with its own emulator (see `app-under-test.ts`). */
    appBuildDir: string;
    /** Emulator data seeded once for the run, which each file's emulator starts from. */
    seededDataDir: string;
    /** When that data was seeded: the demo plan's dates are placed around that day. */
    seededAt: number;
    /** The Chromium every browser test file opens its sessions in (see `launchBrowser`). */
    chromiumWsEndpoint: string;
  }
}

/** Seeds the demo data into `dataDir` as `npm start`'s emulator does on first run. */
async function seedEmulatorData(dataDir: string): Promise<void> {
  const emulator = createEmulatorHandler({ dataDir, log: () => undefined });
  try {
    await emulator.ready;
  } finally {
    await emulator.close();
  }
}

/** Builds the app once and starts one Chromium, for all the browser test files of the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasChromium) {
    console.warn('Browser tests skipped: Chromium not found at /usr/bin/chromium (apt-get install chromium).');
    project.provide('appBuildDir', '');
    project.provide('seededDataDir', '');
    project.provide('seededAt', 0);
    project.provide('chromiumWsEndpoint', '');
    return async () => undefined;
  }
  const buildDir = mkdtempSync(path.join(tmpdir(), 'jtai-e2e-build-'));
  const seededDataDir = mkdtempSync(path.join(tmpdir(), 'jtai-e2e-seeded-'));
  const removeAll = () => [buildDir, seededDataDir].forEach((d) => rmSync(d, { recursive: true, force: true }));
  // Chromium starts and the emulator seeds while webpack builds.
  const chromiumStarting = launchSharedChromium();
  chromiumStarting.catch(() => undefined);
  try {
    await Promise.all([buildAppInto(buildDir), seedEmulatorData(seededDataDir)]);
  } catch (error) {
    await chromiumStarting.then((c) => c.close()).catch(() => undefined);
    removeAll();
    throw error;
  }
  const chromiumServer = await chromiumStarting;
  project.provide('appBuildDir', buildDir);
  project.provide('seededDataDir', seededDataDir);
  project.provide('seededAt', Date.now());
  project.provide('chromiumWsEndpoint', chromiumServer.wsEndpoint());
  return async () => {
    await chromiumServer.close();
    removeAll();
  };
}
