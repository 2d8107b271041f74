import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SUBMISSIONS_FOLDER } from '../../src/data/graph/drive-paths';
import { graphApi } from '../../src/data/graph/graph-api';
import { createGraphClient } from '../../src/data/graph/graph-client';
import { planToFields } from '../../src/data/graph/mappers/plan.mapper';
import { applySchemaStep } from '../../src/data/graph/provision-schema';
import { LIST_KEYS, LISTS, SCHEMA_VERSION } from '../../src/data/sharepoint/list-schema';
import { compareSchema, type SchemaStep } from '../../src/data/sharepoint/schema-comparison';
import type { SetupProgress } from '../../src/data/site-setup.port';
import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import { siteSetupAs } from './sharepoint/support/permission-sync';
import { aPlan } from './support/fixtures';
import { addItem, rawGraph } from './support/raw-graph';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';

let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await startTestEmulator();
});
afterEach(() => emulator.stop());

const setupAs = (userId: string, withPermissions = true) => siteSetupAs(emulator, userId, withPermissions);
const graph = rawGraph(() => emulator.graphBaseUrl());

/** The lists whose built-in Modified column set-up indexes: those a plan is watched in without delta. */
const WATCHED = LIST_KEYS.filter((key) => LISTS[key].indexedBuiltIns?.includes('Modified'));

const columnsPath = (key: (typeof LIST_KEYS)[number]) =>
  `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent(LISTS[key].displayName)}/columns`;

async function modifiedColumn(key: (typeof LIST_KEYS)[number]): Promise<{ id: string; indexed: boolean }> {
  const columns = (await graph('GET', columnsPath(key))).body['value'] as {
    id: string;
    name: string;
    indexed: boolean;
  }[];
  return columns.find((c) => c.name === 'Modified')!;
}

/** Whether each watched list has its Modified column indexed, as Graph lists it. */
const modifiedIndexed = async () =>
  Promise.all(WATCHED.map(async (key) => [key, (await modifiedColumn(key)).indexed] as const));

async function indexModified(key: (typeof LIST_KEYS)[number], indexed: boolean): Promise<void> {
  const { id } = await modifiedColumn(key);
  expect((await graph('PATCH', `${columnsPath(key)}/${id}`, { body: { indexed } })).status).toBe(200);
}

describe('"Set up this site" against the emulator', () => {
  it('finds a fresh site not set up, tells owners from members, and sets it up with progress', async () => {
    const owner = setupAs('u-dcs');
    const before = await owner.setup.inspect();
    expect(before).toMatchObject({
      state: 'not-set-up',
      recordedVersion: null,
      appVersion: SCHEMA_VERSION,
      access: { kind: 'manager' },
      siteUrl: EMULATOR_SITE.webUrl,
      permissionsAvailable: true,
    });
    expect(before.changes).toContain(
      `Create the list “JTAI Actions” with ${LISTS.actions.columns.length} columns, its Modified column indexed`,
    );
    expect(before.changes.at(-1)).toBe(`Record schema version ${SCHEMA_VERSION} on the site`);
    expect((await setupAs('u-police-owner').setup.inspect()).access).toEqual({ kind: 'member' });

    expect(await owner.permissions.enabled()).toBe(false);
    const progress: SetupProgress[] = [];
    const result = await owner.setup.setUp((p) => progress.push(p));
    expect(result).toEqual({ schemaChanges: before.changes.length, permissions: [] });
    expect(progress.at(-1)).toMatchObject({ step: 'Finished' });
    expect(progress.map((p) => p.step)).toContain('Create the folder “JTAI submissions” in the site’s documents');

    expect(await owner.permissions.enabled()).toBe(true);
    const after = await owner.setup.inspect();
    expect(after).toMatchObject({ state: 'ready', recordedVersion: SCHEMA_VERSION, changes: [] });
  });

  it('writes nothing when run a second time', async () => {
    await setupAs('u-dcs').setup.setUp(() => undefined);
    const again = setupAs('u-dcs');
    const result = await again.setup.setUp(() => undefined);
    expect(result).toEqual({ schemaChanges: 0, permissions: [] });
    expect(again.http.writes()).toEqual([]);
  });

  it('indexes the built-in Modified column of the watched lists of a site version 5 set up, once', async () => {
    await emulator.storeAs('u-dcs').store.ensureSchema();
    expect(await modifiedIndexed()).toEqual(WATCHED.map((key) => [key, true]));
    // The site as version 5 left it: Modified indexed on no list, version 5 recorded.
    for (const key of WATCHED) await indexModified(key, false);
    const settings = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent('JTAI Site Settings')}/items/1/fields`;
    expect((await graph('PATCH', settings, { body: { SchemaVersion: 5 } })).status).toBe(200);

    const owner = setupAs('u-dcs', false);
    const status = await owner.setup.inspect();
    expect(status).toMatchObject({ state: 'upgrade-needed', recordedVersion: 5, appVersion: 6 });
    expect(status.changes).toEqual([
      ...WATCHED.map((key) => `Index the column “Modified” in “${LISTS[key].displayName}”`),
      'Record schema version 6 on the site (it records 5)',
    ]);
    expect(await owner.setup.setUp(() => undefined)).toEqual({ schemaChanges: 8, permissions: null });
    const patches = owner.http.writes().filter((w) => /\/columns\//.test(w.url));
    expect(patches.map((w) => [w.method, w.body])).toEqual(WATCHED.map(() => ['PATCH', '{"indexed":true}']));
    expect(await modifiedIndexed()).toEqual(WATCHED.map((key) => [key, true]));

    const again = setupAs('u-dcs', false);
    expect((await again.setup.inspect()).state).toBe('ready');
    expect(await again.setup.setUp(() => undefined)).toEqual({ schemaChanges: 0, permissions: null });
    expect(again.http.writes()).toEqual([]);
  });

  it('says it cannot tell who owns the site without a SharePoint permission service', async () => {
    const status = await setupAs('u-police-owner', false).setup.inspect();
    expect(status.access.kind).toBe('unknown');
    expect(status.permissionsAvailable).toBe(false);
  });

  it('upgrades a site an older version provisioned, recording the version', async () => {
    const { store } = emulator.storeAs('u-dcs');
    await store.ensureSchema();
    const settingsItems = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent('JTAI Site Settings')}/items/1/fields`;
    const patched = await fetch(`${emulator.graphBaseUrl()}${settingsItems}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer demo.u-dcs', 'Content-Type': 'application/json' },
      body: JSON.stringify({ SchemaVersion: SCHEMA_VERSION - 1 }),
    });
    expect(patched.status).toBe(200);
    const owner = setupAs('u-dcs', false);
    const status = await owner.setup.inspect();
    expect(status).toMatchObject({ state: 'upgrade-needed', recordedVersion: SCHEMA_VERSION - 1 });
    expect(status.changes).toEqual([
      `Record schema version ${SCHEMA_VERSION} on the site (it records ${SCHEMA_VERSION - 1})`,
    ]);
    expect(await owner.setup.setUp(() => undefined)).toEqual({ schemaChanges: 1, permissions: null });
    expect((await owner.setup.inspect()).state).toBe('ready');
  });

  it('adds the statement’s text columns to a site set up at version 4, keeping its plans readable', async () => {
    const textColumns = new Set(['Foreword', 'MonitoringArrangements']);
    const api = graphApi(
      createGraphClient({ graphBaseUrl: emulator.graphBaseUrl(), getToken: async () => 'demo.u-dcs', retry: {} }),
    );
    // The site as version 4 provisioned it: every list, the Plans list without the two columns.
    const empty = { lists: [], recorded: null, submissionsFolder: false };
    const olderSteps = compareSchema(empty, 4, SUBMISSIONS_FOLDER).steps.map((step): SchemaStep =>
      step.kind === 'create-list' && step.list.displayName === LISTS.plans.displayName
        ? { ...step, list: { ...step.list, columns: step.list.columns.filter((c) => !textColumns.has(c.name)) } }
        : step,
    );
    for (const step of olderSteps) await applySchemaStep(api, EMULATOR_SITE_ID, step);
    const plan = aPlan();
    const { Foreword: _f, MonitoringArrangements: _m, ...olderFields } = planToFields(plan);
    expect((await addItem(rawGraph(emulator.graphBaseUrl), 'plans', 'u-dcs', olderFields)).status).toBe(201);

    const owner = setupAs('u-dcs', false);
    const status = await owner.setup.inspect();
    expect(status).toMatchObject({ state: 'upgrade-needed', recordedVersion: 4 });
    expect(status.changes).toEqual([
      'Add the column “Foreword” to “JTAI Plans”',
      'Add the column “MonitoringArrangements” to “JTAI Plans”',
      `Record schema version ${SCHEMA_VERSION} on the site (it records 4)`,
    ]);
    await owner.setup.setUp(() => undefined);
    expect((await owner.setup.inspect()).state).toBe('ready');

    const { store } = emulator.storeAs('u-dcs');
    const stored = (await store.loadPlan(plan.id)).plan;
    expect(stored.value).toEqual(plan);
    const texts = { foreword: 'Our statement.', monitoringArrangements: 'A monthly board.' };
    await store.updatePlan({ ...stored.value, ...texts }, stored.version);
    expect((await store.loadPlan(plan.id)).plan.value).toMatchObject(texts);
  });
});
