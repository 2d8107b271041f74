import { render, type RenderResult } from '@testing-library/react';
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildServices } from '../../../src/app/build-services';
import { isoDate } from '../../../src/domain/dates';
import { LOCAL_SITE_ID } from '../../../src/app/config';
import { createGraphNotificationStore } from '../../../src/data/graph/graph-notification-store';
import { createGraphPlanStore } from '../../../src/data/graph/graph-plan-store';
import type { PlanStore } from '../../../src/data/plan-store.port';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/start-emulator';
import { memoryPendingEditStorage } from '../../../src/state/pending-edits';
import { App } from '../../../src/ui/app';
import type { AppServices } from '../../../src/ui/app-services';

/**
 * The day the tests' demo plan is seeded around, and the app's clock. On it the demo plan keeps
 * Haringey's own dates (letter 30 January 2018, deadline 11 May 2018), with the police action
 * overdue since 15 March and two more due on 28 March and 11 April.
 */
export const SEEDED_TODAY = isoDate('2018-03-22');
export const SEEDED_NOW = new Date(`${SEEDED_TODAY}T10:00:00Z`);

/** A seeded emulator on a random port, as `npm start` has, for UI tests over real HTTP. */
export async function startSeededEmulator(): Promise<{ emulator: RunningEmulator; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jtai-ui-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: true, seedToday: SEEDED_TODAY });
  return {
    emulator,
    stop: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A seeded emulator for the tests of the file that calls it (at its top level): started before them,
 * stopped after. Read `emulator` from the result inside a test or hook.
 */
export function seededEmulatorPerFile(): { readonly emulator: RunningEmulator } {
  let running: { emulator: RunningEmulator; stop: () => Promise<void> } | null = null;
  beforeAll(async () => {
    running = await startSeededEmulator();
  });
  afterAll(async () => running?.stop());
  return {
    get emulator() {
      if (!running) throw new Error('The seeded emulator starts before the tests; read it inside one.');
      return running.emulator;
    },
  };
}

export function storeFor(emulator: RunningEmulator, personaId: string): PlanStore {
  return createGraphPlanStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    getToken: async () => `demo.${personaId}`,
    retry: { maxRetries: 0 },
  });
}

/**
 * Renders the whole tab signed in as a persona, at an address; `wrap` may stand between the app and
 * its store. `withInbox`: with the emulator's notifications list, so the inbox and reminders work.
 */
export async function renderAppAs(
  emulator: RunningEmulator,
  personaId: string,
  hash = '#/plans',
  wrap: (store: PlanStore) => PlanStore = (store) => store,
  withInbox = false,
): Promise<RenderResult & { readonly services: AppServices }> {
  const store = wrap(storeFor(emulator, personaId));
  const user = await store.whoAmI();
  window.location.hash = hash;
  const notifications = createGraphNotificationStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    getToken: async () => `demo.${personaId}`,
    retry: { maxRetries: 0 },
  });
  const services = buildServices({
    store,
    user,
    host: 'standalone',
    pending: memoryPendingEditStorage(),
    now: () => SEEDED_NOW,
    ...(withInbox && { notifications }),
  });
  const all: AppServices = { ...services, theme: 'light', setTheme: () => undefined };
  return Object.assign(render(<App services={all} />), { services: all });
}

/** The whole tab as a persona, with the inbox and reminders. */
export const renderWithInboxAs = (emulator: RunningEmulator, personaId: string, hash: string) =>
  renderAppAs(emulator, personaId, hash, (store) => store, true);
