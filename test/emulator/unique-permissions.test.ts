import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { SITE, type GraphClient } from './support/graph-client';
import {
  breakInheritance,
  grant,
  GROUP,
  itemScope,
  listScope,
  restrictItem,
  revoke,
  ROLE,
  siteUserId,
  sp,
} from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';
import type { WireBody } from './support/wire-body';

/** Lists and items that stop inheriting the site's permissions, over the wire. */

async function booksWith(graph: GraphClient, count: number): Promise<void> {
  await createBooks(graph);
  for (let n = 1; n <= count; n += 1) await addBook(graph, { Title: `Book ${n}`, Shelf: n % 2 ? 'odd' : 'even' });
}

const bindingsOf = (body: WireBody) =>
  (body.value ?? []).map((a) => [a['PrincipalId'], (a['RoleDefinitionBindings'] as { Id: number }[]).map((b) => b.Id)]);

describe('breaking inheritance', () => {
  it('with copyRoleAssignments=true copies the web’s groups, so a second owner still reads and writes', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 1);
    expect((await breakInheritance(graph, listScope('Books'), true)).status).toBe(200);
    expect((await sp(graph, 'GET', `${listScope('Books')}/hasuniqueroleassignments`)).body['value']).toBe(true);
    const assignments = await sp(graph, 'GET', `${listScope('Books')}/roleassignments?$expand=RoleDefinitionBindings`);
    expect(bindingsOf(assignments.body)).toEqual([
      [GROUP.owners, [ROLE.fullControl]],
      [GROUP.visitors, [ROLE.read]],
      [GROUP.members, [ROLE.edit]],
    ]);
    await revoke(graph, listScope('Books'), GROUP.members, ROLE.edit);
    const lead = 'u-improvement-lead';
    expect((await graph.call('GET', `${BOOKS}/items/1`, { as: lead })).status).toBe(200);
    expect((await graph.call('PATCH', `${BOOKS}/items/1/fields`, { as: lead, body: { Shelf: 'x' } })).status).toBe(200);
    expect((await graph.call('GET', `${BOOKS}/items/1`, { as: 'u-police-owner' })).status).toBe(404);
  });

  it('with copyRoleAssignments=false leaves only the caller, with Full Control', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 1);
    await breakInheritance(graph, itemScope('Books', 1), false);
    const assignments = await sp(graph, 'GET', `${itemScope('Books', 1)}/roleassignments`);
    expect(bindingsOf(assignments.body)).toEqual([[await siteUserId(graph, 'u-dcs'), [ROLE.fullControl]]]);
    expect((await graph.call('GET', `${BOOKS}/items/1`, { as: 'u-improvement-lead' })).status).toBe(404);
    expect((await graph.call('GET', `${BOOKS}/items/1`)).status).toBe(200);
  });

  it('of an item copies its list’s assignments when the list has its own', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 1);
    await breakInheritance(graph, listScope('Books'), false);
    await grant(graph, listScope('Books'), GROUP.visitors, ROLE.read);
    await breakInheritance(graph, itemScope('Books', 1), true);
    const item = await sp(graph, 'GET', `${itemScope('Books', 1)}/roleassignments`);
    expect(bindingsOf(item.body)).toEqual([
      [await siteUserId(graph, 'u-dcs'), [ROLE.fullControl]],
      [GROUP.visitors, [ROLE.read]],
    ]);
  });

  it('needs Manage Permissions on the object itself', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 1);
    expect((await breakInheritance(graph, itemScope('Books', 1), true, 'u-police-owner')).status).toBe(403);
    await breakInheritance(graph, itemScope('Books', 1), false);
    const byOtherOwner = await grant(graph, itemScope('Books', 1), GROUP.members, ROLE.read, 'u-improvement-lead');
    expect(byOtherOwner.status).toBe(404);
    expect((await sp(graph, 'GET', `${listScope('Books')}/roleassignments`, { as: 'u-police-owner' })).status).toBe(
      403,
    );
  });
});

describe('an item with its own permissions', () => {
  it('refuses writes by those it does not give Edit (403) and lets those it does', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 2);
    await restrictItem(graph, 1, [
      [await siteUserId(graph, 'u-police-owner'), ROLE.contribute],
      [GROUP.members, ROLE.read],
    ]);
    const patch = (as: string) => graph.call('PATCH', `${BOOKS}/items/1/fields`, { as, body: { Shelf: as } });
    expect((await patch('u-police-owner')).status).toBe(200);
    const refused = await patch('u-health-owner');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('accessDenied');
    expect((await graph.call('DELETE', `${BOOKS}/items/1`, { as: 'u-health-owner' })).status).toBe(403);
    expect((await graph.call('GET', `${BOOKS}/items/1?expand=fields`)).body.fields?.['Shelf']).toBe('u-police-owner');
  });

  it('is absent from the queries of those who cannot view it and 404 by id, also inside $batch', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 3);
    await restrictItem(graph, 2);
    const as = 'u-police-owner';
    const listed = await graph.call('GET', `${BOOKS}/items`, { as });
    expect(listed.body.value?.map((i) => i.id)).toEqual(['1', '3']);
    const byId = await graph.call('GET', `${BOOKS}/items/2?expand=fields`, { as });
    expect(byId.status).toBe(404);
    expect(byId.body.error?.code).toBe('itemNotFound');
    expect((await graph.call('PATCH', `${BOOKS}/items/2/fields`, { as, body: { Shelf: 'x' } })).status).toBe(404);
    const batch = await graph.call('POST', '/$batch', {
      as,
      body: {
        requests: [
          { id: 'all', method: 'GET', url: `${BOOKS}/items?$top=10` },
          { id: 'hidden', method: 'GET', url: `${BOOKS}/items/2` },
          { id: 'seen', method: 'GET', url: `${BOOKS}/items/3` },
        ],
      },
    });
    const parts = Object.fromEntries((batch.body.responses ?? []).map((r) => [r.id, r]));
    expect(parts['all']?.body?.value?.map((i) => i.id)).toEqual(['1', '3']);
    expect([parts['hidden']?.status, parts['seen']?.status]).toEqual([404, 200]);
    expect((await graph.call('GET', `${BOOKS}/items`)).body.value).toHaveLength(3);
  });

  it('keeps $filter and paging right across several pages of what the caller may see', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 12);
    for (const id of [3, 4, 7, 9]) await restrictItem(graph, id);
    const as = 'u-education-qa';
    const ids: unknown[] = [];
    let pages = 0;
    let next: string | undefined = `${BOOKS}/items?$filter=${encodeURIComponent("fields/Shelf eq 'odd'")}&$top=2`;
    while (next) {
      const page: { body: WireBody } = await graph.call('GET', next, { as });
      ids.push(...(page.body.value ?? []).map((i) => i.id));
      next = page.body['@odata.nextLink'];
      pages += 1;
    }
    expect(ids).toEqual(['1', '5', '11']);
    expect(pages).toBe(2);
  });
});

describe('a list only some items of which a caller may view', () => {
  it('shows in the caller’s lists through Limited Access, with only those items', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 3);
    await breakInheritance(graph, listScope('Books'), false);
    await breakInheritance(graph, itemScope('Books', 2), true);
    const lists = async (as: string) =>
      ((await graph.call('GET', `${SITE}/lists`, { as })).body.value ?? []).map((l) => l.displayName);
    expect(await lists('u-police-owner')).toEqual([]);
    expect((await graph.call('GET', `${BOOKS}`, { as: 'u-police-owner' })).status).toBe(404);
    await grant(graph, itemScope('Books', 2), await siteUserId(graph, 'u-police-owner'), ROLE.read);
    expect(await lists('u-police-owner')).toEqual(['Books']);
    expect((await graph.call('GET', `${BOOKS}`, { as: 'u-police-owner' })).status).toBe(200);
    const items = await graph.call('GET', `${BOOKS}/items`, { as: 'u-police-owner' });
    expect(items.body.value?.map((i) => i.id)).toEqual(['2']);
    expect((await addBook(graph, { Title: 'Not mine' }, 'u-police-owner')).status).toBe(403);
  });
});

describe('items by SharePoint REST', () => {
  it('finds the items of a column value that still inherit, page by page, among those the caller sees', async () => {
    const { graph } = await startTestEmulator();
    await booksWith(graph, 9);
    await breakInheritance(graph, itemScope('Books', 3), true);
    await restrictItem(graph, 5);
    const query = `/lists/getbytitle('Books')/items?$select=Id,HasUniqueRoleAssignments&$filter=Shelf eq 'odd'&$top=2`;
    const seen: unknown[] = [];
    let next: string | undefined = query;
    while (next) {
      const page = await sp(graph, 'GET', next, { as: 'u-improvement-lead' });
      expect(page.status).toBe(200);
      seen.push(...(page.body.value ?? []));
      next = page.body['odata.nextLink'] as string | undefined;
    }
    expect(seen).toEqual([
      { Id: 1, HasUniqueRoleAssignments: false },
      { Id: 3, HasUniqueRoleAssignments: true },
      { Id: 7, HasUniqueRoleAssignments: false },
      { Id: 9, HasUniqueRoleAssignments: false },
    ]);
  });
});

describe('durability', () => {
  it('keeps unique permissions over a restart from the journal, then from the snapshot', async () => {
    const first = await startTestEmulator();
    await booksWith(first.graph, 2);
    await restrictItem(first.graph, 2);
    await first.emulator.close();
    for (const _round of [1, 2]) {
      const again = await startTestEmulator({ dataDir: first.dataDir });
      const items = await again.graph.call('GET', `${BOOKS}/items`, { as: 'u-police-owner' });
      expect(items.body.value?.map((i) => i.id)).toEqual(['1']);
      await again.emulator.close();
    }
  });
});
