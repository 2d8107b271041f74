import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../src/emulator/persistence/durable-site';
import { GROUP, sp } from './support/sp-rest';
import { startTestEmulator } from './support/test-emulator';

/** People as the site and the directory know them: members, and guests from partner tenants. */

const GUEST_UPN = 'sarah.mitchell_example.gov.uk#EXT#@jtaipartnership.onmicrosoft.com';

describe('ensureuser', () => {
  it('resolves a member by claims login name, user principal name or email, to one login name', async () => {
    const { graph } = await startTestEmulator();
    for (const logonName of [
      'i:0#.f|membership|fiona.gallagher@example.gov.uk',
      'Priya.Shah@example.gov.uk',
      'i:0#.f|membership|priya.shah@example.gov.uk',
    ]) {
      expect((await sp(graph, 'POST', '/ensureuser', { body: { logonName } })).status).toBe(200);
    }
    const member = await sp(graph, 'POST', '/ensureuser', { body: { logonName: 'priya.shah@example.gov.uk' } });
    expect(member.body).toMatchObject({
      LoginName: 'i:0#.f|membership|priya.shah@example.gov.uk',
      Title: 'Priya Shah',
      Email: 'priya.shah@example.gov.uk',
      UserPrincipalName: 'priya.shah@example.gov.uk',
      PrincipalType: 1,
      AadObjectId: { NameId: 'u-csc-owner', NameIdIssuer: 'urn:federation:microsoftonline' },
    });
  });

  it('gives a guest their #EXT# login name, whether named by email or by user principal name', async () => {
    const { graph } = await startTestEmulator();
    const byEmail = await sp(graph, 'POST', '/ensureuser', { body: { logonName: 'sarah.mitchell@example.gov.uk' } });
    const byUpn = await sp(graph, 'POST', '/ensureuser', { body: { logonName: GUEST_UPN } });
    expect(byEmail.body).toMatchObject({
      LoginName: `i:0#.f|membership|${GUEST_UPN.toLowerCase()}`,
      Email: 'sarah.mitchell@example.gov.uk',
      UserPrincipalName: GUEST_UPN,
      AadObjectId: { NameId: 'u-police-owner' },
    });
    expect(byUpn.body['Id']).toBe(byEmail.body['Id']);
  });

  it('writes nothing for a user the site already knows, and 404s someone not in the directory', async () => {
    const { graph, dataDir } = await startTestEmulator();
    const journal = () => fs.readFileSync(path.join(dataDir, JOURNAL_FILE), 'utf8');
    const before = journal();
    const first = await sp(graph, 'POST', '/ensureuser', { body: { logonName: GUEST_UPN } });
    const second = await sp(graph, 'POST', '/ensureuser', { body: { logonName: GUEST_UPN } });
    expect(second.body).toEqual(first.body);
    expect(journal()).toBe(before);
    const stranger = await sp(graph, 'POST', '/ensureuser', { body: { logonName: 'mallory@example.org' } });
    expect(stranger.status).toBe(404);
  });
});

describe('siteusers and group users', () => {
  it('lists every user with their Entra object id and user principal name', async () => {
    const { graph } = await startTestEmulator();
    const users = (await sp(graph, 'GET', '/siteusers?$select=Id,LoginName,AadObjectId')).body.value ?? [];
    expect(users).toHaveLength(17);
    expect(users.find((u) => u['Title'] === 'Sarah Mitchell')).toMatchObject({
      LoginName: `i:0#.f|membership|${GUEST_UPN.toLowerCase()}`,
      UserPrincipalName: GUEST_UPN,
      AadObjectId: { NameId: 'u-police-owner', NameIdIssuer: 'urn:federation:microsoftonline' },
    });
    const owners = await sp(graph, 'GET', `/sitegroups(${GROUP.owners})/users`);
    expect(owners.body.value?.[0]).toMatchObject({ Id: 7, AadObjectId: { NameId: 'u-dcs' } });
  });

  it('lets only a group’s owner change who is in it', async () => {
    const { graph } = await startTestEmulator();
    const created = await sp(graph, 'POST', '/sitegroups', { body: { Title: 'Plan readers' } });
    expect(created.status).toBe(201);
    const id = Number(created.body['Id']);
    const add = (as: string) =>
      sp(graph, 'POST', `/sitegroups(${id})/users`, { as, body: { LoginName: 'helen.carter@example.gov.uk' } });
    expect((await add('u-improvement-lead')).status).toBe(403);
    expect((await sp(graph, 'POST', `/sitegroups(${id})/SetUserAsOwner(${GROUP.owners})`)).status).toBe(200);
    expect((await add('u-improvement-lead')).status).toBe(201);
    expect((await add('u-police-owner')).status).toBe(403);
  });
});

describe('the directory over Graph', () => {
  it('serves userPrincipalName, and userType when asked for as Graph does, honouring $select', async () => {
    const { graph } = await startTestEmulator();
    expect((await graph.call('GET', '/users/u-police-owner')).body['userType']).toBeUndefined();
    const guest = await graph.call('GET', '/users/u-police-owner?$select=userPrincipalName,userType,mail');
    expect(guest.body).toMatchObject({
      userPrincipalName: GUEST_UPN,
      userType: 'Guest',
      mail: 'sarah.mitchell@example.gov.uk',
    });
    const me = await graph.call('GET', '/me?$select=userPrincipalName,userType', { as: 'u-dcs' });
    expect(me.body).toEqual({ id: 'u-dcs', userPrincipalName: 'amara.okafor@example.gov.uk', userType: 'Member' });
    const guests = await graph.call('GET', `/users?$filter=${encodeURIComponent("userType eq 'Guest'")}&$select=id`);
    expect(guests.body.value?.map((u) => u.id)).toEqual([
      'u-police-owner',
      'u-police-qa',
      'u-health-owner',
      'u-health-qa',
      'u-partner-police',
      'u-partner-health',
    ]);
  });
});
