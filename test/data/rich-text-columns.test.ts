import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LISTS, SCHEMA_VERSION } from '../../src/data/sharepoint/list-schema';
import { EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import { aFinding } from './support/fixtures';
import { startPlan, storeErrorOf } from './support/plan-setup';
import { listItemsPath, rawGraph, type RawGraph } from './support/raw-graph';
import { siteSetupAs } from './sharepoint/support/permission-sync';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';

/**
 * A tenant (or a site owner) turns a multi-line column rich text: SharePoint then stores the
 * JSON the app writes as HTML. Loading refuses it with the fix, and set-up puts the column back.
 */

let emulator: TestEmulator;
let graph: RawGraph;
beforeEach(async () => {
  emulator = await startTestEmulator();
  graph = rawGraph(emulator.graphBaseUrl);
});
afterEach(() => emulator.stop());

const columnsPath = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent(LISTS.findings.displayName)}/columns`;

async function subItemsColumn(): Promise<Record<string, unknown>> {
  const columns = (await graph('GET', columnsPath)).body['value'] as Record<string, unknown>[];
  const column = columns.find((c) => c['name'] === 'SubItemsJson');
  if (!column) throw new Error('no SubItemsJson column');
  return column;
}

const textTypeOf = async () => ((await subItemsColumn())['text'] as Record<string, unknown>)['textType'];

describe('a multi-line column made rich text', () => {
  it('is created plain, refuses to load once rich, and is put back to plain by set-up, once', async () => {
    const owner = siteSetupAs(emulator, 'u-dcs', false);
    await owner.setup.setUp(() => undefined);
    expect(await textTypeOf()).toBe('plain');

    const { store: dcs } = emulator.storeAs('u-dcs');
    const { plan } = await startPlan(dcs);
    expect((await dcs.loadPlan(plan.value.id)).findings).toHaveLength(1);

    // The site owner makes the column rich text, as SharePoint's column settings let them.
    const column = await subItemsColumn();
    const made = await graph('PATCH', `${columnsPath}/${String(column['id'])}`, {
      body: { text: { textType: 'richText' } },
    });
    expect(made.status).toBe(200);

    // SharePoint saves the findings, but keeps their sub-items as HTML: reading them back is refused.
    // More of them than set-up reads in one page (100), so that every page is put right.
    const subItems = (order: number) => [`(a) the front door: “${order}”`, '(b) strategy meetings & {reviews}'];
    const wrapped = Array.from({ length: 101 }, (_, i) =>
      aFinding(plan.value.id, i + 1, { subItems: subItems(i + 1) }),
    );
    const written = await storeErrorOf(dcs.createFindings(wrapped), 'server');
    expect(written.details.code).toBe('unreadableColumn');
    const stored = await graph('GET', `${listItemsPath('findings')}?expand=fields(select=SubItemsJson)&$top=5`);
    const values = (stored.body['value'] as { fields: Record<string, unknown> }[]).map((i) => i.fields['SubItemsJson']);
    expect(values.filter((v) => typeof v === 'string' && v.startsWith('<div class="ExternalClass'))).toHaveLength(4);

    const loading = await storeErrorOf(dcs.loadPlan(plan.value.id), 'server');
    expect(loading.message).toBe(
      'The column “SubItemsJson” of the list “JTAI Findings” holds rich text (HTML) instead of the plain text ' +
        'the app writes, so it cannot be read. A site owner should run “Set up this site” to switch the column ' +
        'back to plain text.',
    );

    const status = await owner.setup.inspect();
    expect(status.state).toBe('upgrade-needed');
    expect(status.changes).toEqual([
      'Make the column “SubItemsJson” in “JTAI Findings” plain text again (it is rich text), and its values too',
    ]);
    const fixing = siteSetupAs(emulator, 'u-dcs', false);
    expect(await fixing.setup.setUp(() => undefined)).toEqual({ schemaChanges: 1, permissions: null });
    // The column, then one PATCH for each wrapped value; the finding written while plain is left alone.
    expect(fixing.http.writes()).toHaveLength(1 + 101);
    expect(await textTypeOf()).toBe('plain');
    expect(await subItemsColumn()).toMatchObject({ text: { allowMultipleLines: true, linesForEditing: 6 } });
    expect((await owner.setup.inspect()).state).toBe('ready');

    // The plan loads again, with every finding's sub-items as they were written.
    const loaded = await dcs.loadPlan(plan.value.id);
    expect(loaded.findings).toHaveLength(102);
    const fiftieth = loaded.findings.find((f) => f.value.order === 50);
    expect(fiftieth?.value.subItems).toEqual(subItems(50));

    const again = siteSetupAs(emulator, 'u-dcs', false);
    expect(await again.setup.setUp(() => undefined)).toEqual({ schemaChanges: 0, permissions: null });
    expect(again.http.writes()).toEqual([]);

    // Written now, JSON is kept as written again.
    const [later] = await dcs.createFindings([aFinding(plan.value.id, 2, { subItems: ['(c) audits'] })]);
    expect(later?.value.subItems).toEqual(['(c) audits']);
  });

  it('writes back the values an earlier build’s set-up left as HTML, when the site is upgraded', async () => {
    const owner = siteSetupAs(emulator, 'u-dcs', false);
    await owner.setup.setUp(() => undefined);
    const { store: dcs } = emulator.storeAs('u-dcs');
    const { plan } = await startPlan(dcs);
    const column = `${columnsPath}/${String((await subItemsColumn())['id'])}`;
    expect((await graph('PATCH', column, { body: { text: { textType: 'richText' } } })).status).toBe(200);
    const finding = aFinding(plan.value.id, 1, { subItems: ['(a) the “front door”'] });
    expect((await storeErrorOf(dcs.createFindings([finding]), 'server')).details.code).toBe('unreadableColumn');

    // The earlier build switched the column back to plain and left its values as HTML, at an older version.
    expect((await graph('PATCH', column, { body: { text: { textType: 'plain' } } })).status).toBe(200);
    const settings = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent('JTAI Site Settings')}/items/1/fields`;
    expect((await graph('PATCH', settings, { body: { SchemaVersion: SCHEMA_VERSION - 1 } })).status).toBe(200);
    expect((await storeErrorOf(dcs.loadPlan(plan.value.id), 'server')).details.code).toBe('unreadableColumn');

    const upgrading = siteSetupAs(emulator, 'u-dcs', false);
    expect(await upgrading.setup.setUp(() => undefined)).toEqual({ schemaChanges: 1, permissions: null });
    // One PATCH for the wrapped value, then the version.
    expect(upgrading.http.writes()).toHaveLength(2);
    const loaded = await dcs.loadPlan(plan.value.id);
    expect(loaded.findings.find((f) => f.value.order === 1)?.value.subItems).toEqual(['(a) the “front door”']);

    const again = siteSetupAs(emulator, 'u-dcs', false);
    await again.setup.setUp(() => undefined);
    expect(again.http.writes()).toEqual([]);
  });
});
