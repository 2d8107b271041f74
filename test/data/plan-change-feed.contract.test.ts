import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanChangeFeed } from '../../src/data/plan-store.port';
import type { ChangeTracking } from '../../src/data/graph/changes/change-tracking';
import { changeTrackingFor } from '../../src/data/graph/changes/change-tracking';
import { aFinding, anAction } from './support/fixtures';
import { seedActions, startPlan, type StartedPlan } from './support/plan-setup';
import { startTestEmulator, type StoreUnderTest, type TestEmulator } from './support/test-emulator';

/**
 * A plan's change feed over the emulator, with delta and with the Modified poll used where delta is
 * not offered: it reports others' changes to the plan, passes over other plans, and costs an idle
 * tab one request a look.
 */
describe.each<ChangeTracking>(['delta', 'modified'])('the change feed of an open plan (%s)', (tracking) => {
  let emulator: TestEmulator;
  let dcs: StoreUnderTest;
  let police: StoreUnderTest;
  let started: StartedPlan;
  let other: StartedPlan;
  let feed: PlanChangeFeed;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    dcs = emulator.storeAs('u-dcs', { changeTracking: tracking });
    await dcs.store.ensureSchema();
    police = emulator.storeAs('u-police-owner', { changeTracking: tracking });
    started = await startPlan(dcs.store, ['u-police-owner']);
    other = await startPlan(dcs.store);
    feed = dcs.store.watchPlan(started.plan.value.id);
    expect(await feed.poll()).toBe('none');
  });
  afterAll(() => emulator.stop());

  const look = async () => {
    dcs.http.reset();
    const found = await feed.poll();
    return { found, requests: dcs.http.requests.length };
  };

  it('costs one request when nothing has changed', async () => {
    expect(await look()).toEqual({ found: 'none', requests: 1 });
    expect(await look()).toEqual({ found: 'none', requests: 1 });
    const [request] = dcs.http.requests;
    expect(request?.url).toMatch(/\/\$batch$/);
    const parts = (JSON.parse(request?.body ?? '{}') as { requests: { url: string }[] }).requests;
    expect(parts).toHaveLength(7);
    for (const part of parts) {
      if (tracking === 'delta') expect(part.url).toMatch(/\/items\/delta\?.*token=/);
      else expect(decodeURIComponent(part.url)).toContain('fields/Modified ge');
    }
  });

  it('reports a change someone else made to the plan, once', async () => {
    await police.store.createAction(anAction(started.plan.value.id, started.findingId, 0, { leadAgency: 'police' }));
    expect((await look()).found).toBe('changed');
    expect((await look()).found).toBe('none');
  });

  it('passes over changes to other plans, however many pages they fill', async () => {
    await seedActions(emulator.graphBaseUrl(), other.plan.value.id, other.findingId, 450);
    expect((await look()).found).toBe('none');
    expect(await look()).toEqual({ found: 'none', requests: 1 });
  });

  it('finds the plan’s change among many to other plans', async () => {
    await seedActions(emulator.graphBaseUrl(), other.plan.value.id, other.findingId, 250);
    const plan = (await dcs.store.loadPlan(started.plan.value.id)).plan;
    await dcs.store.updatePlan({ ...plan.value, title: 'Renamed while watched' }, plan.version);
    await seedActions(emulator.graphBaseUrl(), other.plan.value.id, other.findingId, 250);
    expect((await look()).found).toBe('changed');
  });

  if (tracking === 'delta') {
    it('reports a deleted finding', async () => {
      const [finding] = await dcs.store.createFindings([aFinding(started.plan.value.id, 9)]);
      await look();
      await dcs.store.deleteFinding(finding!.value.id, finding!.version);
      expect((await look()).found).toBe('changed');
    });

    it('starts again when its tokens have expired, and says the plan must be read again', async () => {
      const reply = await emulator.control('delta-tokens/expire', { method: 'POST' });
      expect(reply.ok).toBe(true);
      expect((await look()).found).toBe('restart');
      expect(await look()).toEqual({ found: 'none', requests: 1 });
    });
  }
});

describe('which clouds offer delta', () => {
  it('uses delta on the global service and locally, and Modified in the US government and 21Vianet clouds', () => {
    expect(changeTrackingFor('https://graph.microsoft.com/v1.0')).toBe('delta');
    expect(changeTrackingFor('http://localhost:53000/graph/v1.0')).toBe('delta');
    expect(changeTrackingFor('https://graph.microsoft.us/v1.0')).toBe('modified');
    expect(changeTrackingFor('https://dod-graph.microsoft.us/v1.0')).toBe('modified');
    expect(changeTrackingFor('https://microsoftgraph.chinacloudapi.cn/v1.0')).toBe('modified');
  });
});
