import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LISTS } from '../../src/data/sharepoint/list-schema';
import { EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import { aFinding } from './support/fixtures';
import { startPlan, storeErrorOf } from './support/plan-setup';
import { rawGraph, type RawGraph } from './support/raw-graph';
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

    // SharePoint saves the finding, but keeps its sub-items as HTML: reading it back is refused.
    const finding = aFinding(plan.value.id, 1, { subItems: ['(a) the front door', '(b) strategy meetings'] });
    const written = await storeErrorOf(dcs.createFindings([finding]), 'server');
    expect(written.details.code).toBe('unreadableColumn');

    const loading = await storeErrorOf(dcs.loadPlan(plan.value.id), 'server');
    expect(loading.message).toBe(
      'The column “SubItemsJson” of the list “JTAI Findings” holds rich text (HTML) instead of the plain text ' +
        'the app writes, so it cannot be read. A site owner should run “Set up this site” to switch the column ' +
        'back to plain text.',
    );

    const status = await owner.setup.inspect();
    expect(status.state).toBe('upgrade-needed');
    expect(status.changes).toEqual([
      'Make the column “SubItemsJson” in “JTAI Findings” plain text again (it is rich text)',
    ]);
    const fixing = siteSetupAs(emulator, 'u-dcs', false);
    expect(await fixing.setup.setUp(() => undefined)).toEqual({ schemaChanges: 1, permissions: null });
    expect(fixing.http.writes()).toHaveLength(1);
    expect(await textTypeOf()).toBe('plain');
    expect(await subItemsColumn()).toMatchObject({ text: { allowMultipleLines: true, linesForEditing: 6 } });
    expect((await owner.setup.inspect()).state).toBe('ready');

    const again = siteSetupAs(emulator, 'u-dcs', false);
    expect(await again.setup.setUp(() => undefined)).toEqual({ schemaChanges: 0, permissions: null });
    expect(again.http.writes()).toEqual([]);

    // Written now, JSON is kept as written again.
    const [later] = await dcs.createFindings([aFinding(plan.value.id, 2, { subItems: ['(c) audits'] })]);
    expect(later?.value.subItems).toEqual(['(c) audits']);
  });
});
