import { describe, expect, it } from 'vitest';
import { LISTS, type ListKey } from '../../src/data/sharepoint/list-schema';
import { SETTINGS_LIST } from '../../src/data/sharepoint/site-settings-schema';
import { isoDate } from '../../src/domain/dates';
import { DEMO_PERSONAS } from '../../src/emulator/seed/demo-directory';
import { shiftDemoDates } from '../../src/emulator/seed/demo-plan-in-flight';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS } from '../../src/emulator/seed/haringey-2018';
import { createBooks } from './support/books-list';
import { SITE, type GraphClient } from './support/graph-client';
import { startTestEmulator } from './support/test-emulator';
import type { WireBody } from './support/wire-body';

const itemsPath = (list: ListKey) => `${SITE}/lists/${encodeURIComponent(LISTS[list].displayName)}/items`;

async function itemsOf(graph: GraphClient, list: ListKey): Promise<readonly WireBody[]> {
  const reply = await graph.call('GET', `${itemsPath(list)}?expand=fields&$top=5000`);
  return reply.body.value ?? [];
}

const idOfAction = async (graph: GraphClient, actionId: string) =>
  String((await itemsOf(graph, 'actions')).find((a) => a.fields?.['Title'] === actionId)?.id);

describe('demo seed', { timeout: 30_000 }, () => {
  it('provisions the lists and seeds the Haringey plan through the Graph adapter as the DCS', async () => {
    const { graph } = await startTestEmulator({ seed: true });
    const lists = await graph.call('GET', `${SITE}/lists`);
    expect(lists.body.value).toHaveLength([...Object.keys(LISTS), SETTINGS_LIST].length);
    const plans = await itemsOf(graph, 'plans');
    expect(plans.map((p) => p.fields?.['PlanId'])).toEqual(['plan-haringey-2018']);
    expect(plans[0]?.createdBy?.user.id).toBe('u-dcs');
    expect(await itemsOf(graph, 'findings')).toHaveLength(HARINGEY_FINDINGS.length);
    expect(await itemsOf(graph, 'actions')).toHaveLength(HARINGEY_ACTIONS.length);
  });

  it('makes every persona a member, the DCS first as plan admin', async () => {
    const { graph } = await startTestEmulator({ seed: true });
    const members = await itemsOf(graph, 'members');
    expect(members.map((m) => m.fields?.['UserId'])).toEqual(expect.arrayContaining(DEMO_PERSONAS.map((p) => p.id)));
    expect(members).toHaveLength(DEMO_PERSONAS.length);
    expect(members[0]?.fields).toMatchObject({ UserId: 'u-dcs', Role: 'plan-admin' });
    const police = members.find((m) => m.fields?.['UserId'] === 'u-police-owner');
    expect(police?.fields).toMatchObject({
      Role: 'agency-owner',
      Agency: 'police',
      Title: 'mem-haringey-u-police-owner',
    });
  });

  it('dates the plan around the day it seeds: letter, deadline and progress updates', async () => {
    const today = isoDate('2026-02-10');
    const demo = shiftDemoDates(today);
    const { graph } = await startTestEmulator({ seed: true, seedToday: today });
    const [plan] = await itemsOf(graph, 'plans');
    expect(plan?.fields).toMatchObject({
      PlanTitle: demo.plan.title,
      LetterDate: expect.stringContaining(demo.plan.letterDate!),
      PrintedDeadline: expect.stringContaining(demo.plan.printedDeadline!),
    });
    expect(String(plan?.createdDateTime).slice(0, 10)).toBe(demo.startedAt.slice(0, 10));
    // SharePoint stamps who added an update and when; the seed's are stamped on their own dates.
    const updates = await itemsOf(graph, 'updates');
    expect(updates.map((u) => [u.fields?.['At'], u.createdDateTime])).toEqual(demo.updates.map((u) => [u.at, u.at]));
    for (const update of updates) expect(String(update.createdDateTime).slice(0, 10) < today).toBe(true);
  });

  it('does not seed again on a restart over the same data', async () => {
    const first = await startTestEmulator({ seed: true });
    await first.emulator.close();
    const second = await startTestEmulator({ seed: true, dataDir: first.dataDir });
    expect(await itemsOf(second.graph, 'plans')).toHaveLength(1);
    expect(await itemsOf(second.graph, 'members')).toHaveLength(DEMO_PERSONAS.length);
  });

  it('wipes and reseeds on POST /_emulator/reset, holding other requests until it is done', async () => {
    const { graph } = await startTestEmulator({ seed: true });
    await createBooks(graph);
    const police = await idOfAction(graph, 'act-haringey-02');
    await graph.call('PATCH', `${itemsPath('actions')}/${police}/fields`, { body: { Status: 'complete' } });
    const reset = graph.control('POST', '/reset');
    const duringReset = graph.call('GET', `${SITE}/lists`);
    expect((await reset).status).toBe(200);
    expect((await duringReset).body.value).toHaveLength([...Object.keys(LISTS), SETTINGS_LIST].length);
    const actions = await itemsOf(graph, 'actions');
    expect(actions.find((a) => a.fields?.['Title'] === 'act-haringey-02')?.fields?.['Status']).toBe('at-risk');
  });
});
