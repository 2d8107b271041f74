import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphPlanStore } from '../../data/graph/graph-plan-store';
import { createSharePointPlanPermissions } from '../../data/graph/sharepoint-plan-permissions';
import { londonDateOf, type IsoDate } from '../../domain/dates';
import { HARINGEY_PLAN_ID } from './haringey-2018';
import { demoToken } from '../auth/demo-token';
import type { EmulatorCore } from '../emulator-core';
import { EMULATOR_SITE_ID, EMULATOR_SITE_PATH } from '../emulator-site';
import { createRequestHandler } from '../http/request-handler';
import { SEED_USER_ID } from './haringey-2018-progress';
import { seedDemoData } from './seed-demo';
import { storyClock } from './story-clock';

/**
 * Seeds an empty site, or brings a kept one up to the schema, through the production Graph
 * adapter over real HTTP, on a private loopback port that skips the gate and the injected
 * faults: clients wait at the gate while the seed runs, and a fault meant for them must not
 * break it. The demo plan's dates are placed around `today` (England's date now, unless given),
 * and what the seed writes is stamped when it happened in the plan's story, as if the DCS had
 * used the tab since the letter.
 */
export async function seedOverHttp(core: EmulatorCore, today: IsoDate = londonDateOf(new Date())): Promise<void> {
  const fresh = core.isEmpty();
  const clock = storyClock();
  const seeding: EmulatorCore = { ...core, services: { ...core.services, now: clock.now } };
  // The seed never calls the control endpoints: its secret is one nobody holds.
  const handler = createRequestHandler(seeding, {
    basePath: '',
    internal: true,
    reset: refuseReset,
    controlSecret: randomUUID(),
  });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const graphBaseUrl = `http://127.0.0.1:${port}/v1.0`;
    const getToken = () => Promise.resolve(demoToken(SEED_USER_ID));
    const store = createGraphPlanStore({ graphBaseUrl, siteId: EMULATOR_SITE_ID, getToken });
    if (fresh) {
      await seedDemoData(store, today, clock.setTo);
      // As a site owner would with "Set up this site": the plan's own permissions, so locally as
      // in a tenant an owner edits only their agency's actions and the record is add-only.
      const permissions = createSharePointPlanPermissions({
        graphBaseUrl,
        siteId: EMULATOR_SITE_ID,
        getToken,
        sharePoint: { siteUrl: `http://127.0.0.1:${port}${EMULATOR_SITE_PATH}`, getToken },
      });
      await permissions.enable();
      await permissions.syncPlan(HARINGEY_PLAN_ID);
      core.log(`Seeded the Haringey demo plan, dated around ${today}, and applied its permissions.`);
    } else {
      // A site kept from an older version gets the lists and columns added since.
      await store.ensureSchema();
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const refuseReset = () => Promise.reject(new Error('The seeding endpoint cannot reset the emulator.'));
