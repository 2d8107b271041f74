import { describe, expect, it } from 'vitest';
import { applyPermissionPlan, type ApplyOptions } from '../../../src/data/sharepoint/permission-applier';
import { planPermissions, type PlanMemberInput } from '../../../src/data/sharepoint/permission-plan';
import { fakeSharePoint, GROUP, ROLE, type FakeUser } from './support/fake-sharepoint';

const DCS: FakeUser = { id: 1, loginName: 'i:0#.f|membership|dcs@lscp.org', entraId: 'aaaa-dcs', upn: 'dcs@lscp.org' };
const GUEST: FakeUser = {
  id: 7,
  loginName: 'i:0#.f|membership|fiona_nhs.net#ext#@lscp.onmicrosoft.com',
  entraId: 'bbbb-guest',
  upn: 'fiona_nhs.net#EXT#@lscp.onmicrosoft.com',
};
const READER: FakeUser = {
  id: 8,
  loginName: 'i:0#.f|membership|r@lscp.org',
  entraId: 'cccc-reader',
  upn: 'r@lscp.org',
};

const FOLDERS = {
  submissions: '/sites/lscp/Shared Documents/JTAI submissions',
  plan: '/sites/lscp/Shared Documents/JTAI submissions/plan-1',
};
const ACTIONS = "/_api/web/lists/getbytitle('JTAI Actions')";
const folderScope = (url: string) => `/_api/web/GetFolderByServerRelativeUrl('${url}')/ListItemAllFields`;

const member = (userId: string, role: string, agency: string | null = null): PlanMemberInput => ({
  userId,
  role,
  agency,
  removed: false,
});

function planWith(members: readonly PlanMemberInput[]) {
  return planPermissions({
    planId: 'plan-1',
    agencies: ['health'],
    members,
    actions: [{ itemId: 3, agency: 'health' }],
  });
}

function site(known: readonly number[]) {
  const sp = fakeSharePoint([DCS, GUEST, READER], known);
  sp.items.set('JTAI Actions', [
    { id: 3, planId: 'plan-1' },
    { id: 9, planId: 'plan-2' },
  ]);
  const lookUps: string[][] = [];
  const options: ApplyOptions = {
    folders: FOLDERS,
    lookUpUpns: async (ids) => {
      lookUps.push([...ids]);
      return new Map([DCS, GUEST, READER].filter((u) => ids.includes(u.entraId)).map((u) => [u.entraId, u.upn]));
    },
  };
  return { sp, options, lookUps };
}

const groupId = (sp: ReturnType<typeof fakeSharePoint>, title: string) =>
  [...sp.groups].find(([, g]) => g.title === title)?.[0] ?? -1;

describe('applying a plan’s permissions', () => {
  const plan = planWith([
    member('AAAA-DCS', 'plan-admin'),
    member('bbbb-guest', 'agency-owner', 'health'),
    member('cccc-reader', 'reader'),
  ]);

  it('matches a guest the site knows by Entra object id, without ensuring anyone or building a login name', async () => {
    const { sp, options, lookUps } = site([1, 7, 8]);
    await applyPermissionPlan(sp.rest, plan, options);
    expect(lookUps).toEqual([]);
    expect(sp.requests.some((r) => r.path.includes('ensureuser'))).toBe(false);
    const owners = sp.groups.get(groupId(sp, 'JTAI plan-1 health Owners'));
    expect([...(owners?.users ?? [])]).toEqual([7]);
    expect(owners?.owner).toBe(GROUP.owners);
  });

  it('ensures people the site does not know by their user principal name, the guest’s #EXT# one included', async () => {
    const { sp, options, lookUps } = site([1]);
    await applyPermissionPlan(sp.rest, plan, options);
    expect(lookUps).toEqual([['bbbb-guest', 'cccc-reader']]);
    const added = sp.writes().filter((r) => /ensureuser|sitegroups\(\d+\)\/users$/.test(r.path));
    expect(added.map((r) => r.path)).toContain('/_api/web/ensureuser');
    expect([...(sp.groups.get(groupId(sp, 'JTAI plan-1 Participants'))?.users ?? [])]).toEqual([7]);
    expect([...(sp.groups.get(groupId(sp, 'JTAI plan-1 Readers'))?.users ?? [])]).toEqual([8]);
  });

  it('writes nothing the second time, for members and guests alike', async () => {
    const { sp, options } = site([1]);
    expect(await applyPermissionPlan(sp.rest, plan, options)).toBeGreaterThan(0);
    sp.requests.splice(0);
    expect(await applyPermissionPlan(sp.rest, plan, options)).toBe(0);
    expect(sp.writes()).toEqual([]);
  });

  it('keeps the site’s Owners on the lists and drops its Members and Visitors', async () => {
    const { sp, options } = site([1, 7, 8]);
    await applyPermissionPlan(sp.rest, plan, options);
    const list = sp.bindings(ACTIONS);
    expect(list).toContain(`${GROUP.owners}:${ROLE.fullControl}`);
    expect(list.filter((b) => b.startsWith(`${GROUP.members}:`) || b.startsWith(`${GROUP.visitors}:`))).toEqual([]);
    expect(list).toContain(`${groupId(sp, 'JTAI plan-1 Admins')}:${ROLE.contribute}`);
    expect(sp.writes().map((r) => r.path)).toContain(
      `${ACTIONS}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`,
    );
  });

  it('gives each item of the plan exactly its plan’s groups and the site’s Owners, and leaves other plans’ items', async () => {
    const { sp, options } = site([1, 7, 8]);
    await applyPermissionPlan(sp.rest, plan, options);
    const id = (title: string) => groupId(sp, `JTAI plan-1 ${title}`);
    expect(sp.bindings(`${ACTIONS}/items(3)`)).toEqual(
      [
        `${GROUP.owners}:${ROLE.fullControl}`,
        `${id('Admins')}:${ROLE.contribute}`,
        `${id('health Owners')}:${ROLE.contribute}`,
        `${id('Participants')}:${ROLE.read}`,
        `${id('Readers')}:${ROLE.read}`,
      ].sort(),
    );
    expect(sp.scopes.has(`${ACTIONS}/items(9)`)).toBe(false);
  });

  it('closes the submissions folder to the site’s Members and Visitors and gives the plan its own folder', async () => {
    const { sp, options } = site([1, 7, 8]);
    await applyPermissionPlan(sp.rest, plan, options);
    expect(sp.bindings(folderScope(FOLDERS.submissions))).toEqual([`${GROUP.owners}:${ROLE.fullControl}`]);
    expect(sp.bindings(folderScope(FOLDERS.plan))).toContain(`${groupId(sp, 'JTAI plan-1 Admins')}:${ROLE.contribute}`);
  });

  it('takes a removed member out of their groups', async () => {
    const { sp, options } = site([1, 7, 8]);
    await applyPermissionPlan(sp.rest, plan, options);
    const removed = planWith([
      member('aaaa-dcs', 'plan-admin'),
      { ...member('bbbb-guest', 'agency-owner', 'health'), removed: true },
    ]);
    await applyPermissionPlan(sp.rest, removed, options);
    expect([...(sp.groups.get(groupId(sp, 'JTAI plan-1 health Owners'))?.users ?? [])]).toEqual([]);
    expect([...(sp.groups.get(groupId(sp, 'JTAI plan-1 Participants'))?.users ?? [])]).toEqual([]);
  });
});
