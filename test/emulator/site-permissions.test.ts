import { describe, expect, it } from 'vitest';
import { addBook, BOOKS, createBooks } from './support/books-list';
import { SITE } from './support/graph-client';
import { addToGroup, GROUP, removeFromGroup, ROLE, sp } from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';

/** The site as SharePoint makes a team site: Owners (Full Control), Members (Edit), Visitors (Read). */

const EDIT_MASK = { High: '432', Low: '1011030767' };

describe('the site’s own groups', () => {
  it('makes the three associated groups with SharePoint’s principal ids and web role assignments', async () => {
    const { graph } = await startTestEmulator();
    const owner = await sp(graph, 'GET', '/associatedownergroup');
    const members = await sp(graph, 'GET', '/associatedmembergroup');
    const visitors = await sp(graph, 'GET', '/associatedvisitorgroup');
    expect([owner.body['Id'], visitors.body['Id'], members.body['Id']]).toEqual([3, 4, 5]);
    expect(owner.body['Title']).toBe('Safeguarding Partnership Owners');
    expect(members.body['Title']).toBe('Safeguarding Partnership Members');
    expect(visitors.body['Title']).toBe('Safeguarding Partnership Visitors');

    const web = await sp(graph, 'GET', '/roleassignments?$expand=RoleDefinitionBindings');
    const bindings = (web.body.value ?? []).map((a) => [
      a['PrincipalId'],
      (a['RoleDefinitionBindings'] as { Name: string }[]).map((b) => b.Name),
    ]);
    expect(bindings).toEqual([
      [3, ['Full Control']],
      [4, ['Read']],
      [5, ['Edit']],
    ]);
    expect((await sp(graph, 'GET', '/roleassignments')).body.value).toHaveLength(3);
  });

  it('puts the DCS and the improvement lead in Owners, everyone else in Members, nobody in Visitors', async () => {
    const { graph } = await startTestEmulator();
    const idsIn = async (group: number) =>
      ((await sp(graph, 'GET', `/sitegroups(${group})/users`)).body.value ?? []).map(
        (u) => (u['AadObjectId'] as { NameId: string }).NameId,
      );
    expect(await idsIn(GROUP.owners)).toEqual(['u-dcs', 'u-improvement-lead']);
    expect(await idsIn(GROUP.members)).toHaveLength(15);
    expect(await idsIn(GROUP.members)).toContain('u-police-owner');
    expect(await idsIn(GROUP.visitors)).toEqual([]);
    const users = await sp(graph, 'GET', '/siteusers');
    expect(users.body.value?.[0]).toMatchObject({ Id: 7, AadObjectId: { NameId: 'u-dcs' }, IsSiteAdmin: false });
  });

  it('gives the groups back after a reset', async () => {
    const { graph } = await startTestEmulator();
    await removeFromGroup(graph, GROUP.members, 'u-police-owner');
    expect((await graph.control('POST', '/reset')).status).toBe(200);
    const members = await sp(graph, 'GET', `/sitegroups(${GROUP.members})/users`);
    expect(members.body.value?.map((u) => u['Title'])).toContain('Sarah Mitchell');
  });
});

describe('default permissions', () => {
  it('lets Members create lists and add, edit and delete items', async () => {
    const { graph } = await startTestEmulator();
    expect((await createBooks(graph)).status).toBe(201);
    const added = await addBook(graph, { Title: 'Emma' }, 'u-police-owner');
    expect(added.status).toBe(201);
    const patched = await graph.call('PATCH', `${BOOKS}/items/1/fields`, { as: 'u-health-qa', body: { Shelf: 'A' } });
    expect(patched.status).toBe(200);
    expect((await graph.call('DELETE', `${BOOKS}/items/1`, { as: 'u-lead-member' })).status).toBe(204);
    expect(await sp(graph, 'GET', '/effectivebasepermissions', { as: 'u-police-owner' })).toMatchObject({
      body: EDIT_MASK,
    });
  });

  it('lets Visitors read but not write', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await addBook(graph, { Title: 'Emma' });
    await removeFromGroup(graph, GROUP.members, 'u-chief-executive');
    expect((await addToGroup(graph, GROUP.visitors, 'robert.lang@example.gov.uk')).status).toBe(201);
    const as = 'u-chief-executive';
    expect((await graph.call('GET', `${BOOKS}/items?expand=fields`, { as })).body.value).toHaveLength(1);
    expect((await addBook(graph, { Title: 'Persuasion' }, as)).status).toBe(403);
    const patched = await graph.call('PATCH', `${BOOKS}/items/1/fields`, { as, body: { Shelf: 'B' } });
    expect(patched.status).toBe(403);
    expect(patched.body.error?.code).toBe('accessDenied');
    expect((await graph.call('DELETE', `${BOOKS}/items/1`, { as })).status).toBe(403);
    expect((await graph.call('POST', `${SITE}/lists`, { as, body: { displayName: 'Mine' } })).status).toBe(403);
    expect((await graph.call('GET', `${BOOKS}/items/1?expand=fields`)).body.fields?.['Shelf']).toBeUndefined();
  });

  it('refuses someone in no group everything on the site', async () => {
    const { graph } = await startTestEmulator();
    await createBooks(graph);
    await removeFromGroup(graph, GROUP.members, 'u-probation-qa');
    const as = 'u-probation-qa';
    expect((await graph.call('GET', `${SITE}/lists`, { as })).status).toBe(403);
    expect((await graph.call('GET', `${BOOKS}/items`, { as })).status).toBe(403);
    expect((await addBook(graph, { Title: 'Emma' }, as)).status).toBe(403);
    expect((await sp(graph, 'GET', '/effectivebasepermissions', { as })).status).toBe(403);
    expect((await graph.call('GET', '/me', { as })).status).toBe(200);
  });

  it('lets only holders of Manage Permissions change groups, permission levels and the web’s assignments', async () => {
    const { graph } = await startTestEmulator();
    const as = 'u-police-owner';
    expect((await sp(graph, 'POST', '/sitegroups', { as, body: { Title: 'Mine' } })).status).toBe(403);
    const level = { Name: 'Mine', BasePermissions: { High: '0', Low: '1' } };
    expect((await sp(graph, 'POST', '/roledefinitions', { as, body: level })).status).toBe(403);
    expect(
      (await sp(graph, 'POST', `/sitegroups(${GROUP.owners})/users`, { as, body: { LoginName: 'x' } })).status,
    ).toBe(403);
    const assign = `/roleassignments/addroleassignment(principalid=${GROUP.members},roledefid=${ROLE.fullControl})`;
    expect((await sp(graph, 'POST', assign, { as })).status).toBe(403);
    expect((await sp(graph, 'POST', assign, { as: 'u-improvement-lead' })).status).toBe(200);
    expect((await sp(graph, 'GET', '/effectivebasepermissions', { as })).body).toEqual({
      High: '2147483647',
      Low: '4294967295',
    });
  });
});
