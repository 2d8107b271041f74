import { describe, expect, it } from 'vitest';
import { hasPermission, maskOf, APPEND_ROLE, PERMISSION_KIND } from '../../../src/data/sharepoint/base-permissions';
import { LISTS, type ListKey } from '../../../src/data/sharepoint/list-schema';
import {
  planPermissions,
  type PlannedAssignment,
  type PlanMemberInput,
} from '../../../src/data/sharepoint/permission-plan';

const member = (userId: string, role: string, agency: string | null = null, removed = false): PlanMemberInput => ({
  userId,
  role,
  agency,
  removed,
});

const plan = planPermissions({
  planId: 'plan-1',
  agencies: ['police', 'health'],
  members: [
    member('U-DCS', 'plan-admin'),
    member('u-lead', 'improvement-lead'),
    member('u-police-owner', 'agency-owner', 'police'),
    member('u-police-qa', 'agency-qa-lead', 'police'),
    member('u-partner', 'safeguarding-partner', 'health'),
    member('u-cllr', 'lead-member'),
    member('u-ceo', 'chief-executive'),
    member('u-scrutiny', 'reader'),
    member('u-odd', 'no-such-role'),
    member('u-gone', 'agency-owner', 'health', true),
    member('u-gone-admin', 'plan-admin', null, true),
  ],
  actions: [
    { itemId: 4, agency: 'police' },
    { itemId: 5, agency: 'health' },
    { itemId: 6, agency: null },
  ],
});

const ADMINS = 'JTAI plan-1 Admins';
const POLICE = 'JTAI plan-1 police Owners';
const HEALTH = 'JTAI plan-1 health Owners';
const PARTICIPANTS = 'JTAI plan-1 Participants';
const READERS = 'JTAI plan-1 Readers';
const OWNERS = 'site Owners';

/** Assignments as `{principal: role}`, the site's Owners group shown as "site Owners". */
const table = (assignments: readonly PlannedAssignment[]) =>
  Object.fromEntries(assignments.map((a) => [a.principal.kind === 'site-owners' ? OWNERS : a.principal.title, a.role]));

const listOf = (key: ListKey) => {
  const found = plan.lists.find((l) => l.key === key);
  if (!found) throw new Error(`The plan does not govern ${key}`);
  return found;
};

describe('the groups of a plan', () => {
  it('puts each member in the groups of their role, by Entra object id; removed members in none', () => {
    expect(Object.fromEntries(plan.groups.map((g) => [g.title, g.userIds]))).toEqual({
      [ADMINS]: ['u-dcs', 'u-lead'],
      [HEALTH]: [],
      [POLICE]: ['u-police-owner'],
      [PARTICIPANTS]: ['u-ceo', 'u-cllr', 'u-partner', 'u-police-owner', 'u-police-qa'],
      [READERS]: ['u-odd', 'u-scrutiny'],
    });
  });

  it('gives every group a title starting with the plan’s prefix, so other plans’ groups are told apart', () => {
    expect(plan.groupPrefix).toBe('JTAI plan-1 ');
    expect(plan.groups.every((g) => g.title.startsWith(plan.groupPrefix))).toBe(true);
  });
});

describe('what each group gets on the lists themselves', () => {
  it.each<[ListKey, Record<string, string>]>([
    [
      'plans',
      { [ADMINS]: 'contribute', [HEALTH]: 'read', [POLICE]: 'read', [PARTICIPANTS]: 'read', [READERS]: 'read' },
    ],
    [
      'findings',
      { [ADMINS]: 'contribute', [HEALTH]: 'read', [POLICE]: 'read', [PARTICIPANTS]: 'read', [READERS]: 'read' },
    ],
    [
      'members',
      { [ADMINS]: 'contribute', [HEALTH]: 'read', [POLICE]: 'read', [PARTICIPANTS]: 'read', [READERS]: 'read' },
    ],
    [
      'governance',
      { [ADMINS]: 'contribute', [HEALTH]: 'read', [POLICE]: 'read', [PARTICIPANTS]: 'read', [READERS]: 'read' },
    ],
    [
      'actions',
      {
        [ADMINS]: 'contribute',
        [HEALTH]: 'contribute',
        [POLICE]: 'contribute',
        [PARTICIPANTS]: 'read',
        [READERS]: 'read',
      },
    ],
    [
      'updates',
      { [ADMINS]: 'append', [HEALTH]: 'append', [POLICE]: 'append', [PARTICIPANTS]: 'append', [READERS]: 'read' },
    ],
    [
      'workflowEvents',
      { [ADMINS]: 'append', [HEALTH]: 'append', [POLICE]: 'append', [PARTICIPANTS]: 'append', [READERS]: 'read' },
    ],
  ])('%s', (key, expected) => {
    expect(table(listOf(key).listAssignments)).toEqual(expected);
  });

  it('leaves the notifications and site settings lists to inherit the site', () => {
    expect(plan.lists.map((l) => l.title)).not.toContain(LISTS.notifications.displayName);
    expect(plan.lists.map((l) => l.title)).not.toContain('JTAI Site Settings');
  });
});

describe('what each item of the plan gets', () => {
  const readAll = { [HEALTH]: 'read', [POLICE]: 'read', [PARTICIPANTS]: 'read', [READERS]: 'read' };
  it.each<[ListKey, number | null, Record<string, string>]>([
    ['actions', 4, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll, [POLICE]: 'contribute' }],
    ['actions', 5, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll, [HEALTH]: 'contribute' }],
    ['actions', 6, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll }],
    ['actions', 99, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll }],
    ['plans', null, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll }],
    ['findings', null, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll }],
    ['members', null, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll }],
    ['governance', null, { [OWNERS]: 'full-control', [ADMINS]: 'contribute', ...readAll }],
    ['updates', null, { [OWNERS]: 'full-control', [ADMINS]: 'read', ...readAll }],
    ['workflowEvents', null, { [OWNERS]: 'full-control', [ADMINS]: 'read', ...readAll }],
  ])('%s item %s', (key, itemId, expected) => {
    const list = listOf(key);
    const assignments = (itemId === null ? undefined : list.itemsById.get(itemId)) ?? list.itemAssignments;
    expect(table(assignments)).toEqual(expected);
  });

  it('gives the plan’s folder of submissions to its admins to write, its participants to add to and the rest to read', () => {
    expect(table(plan.folderAssignments)).toEqual({
      [OWNERS]: 'full-control',
      [ADMINS]: 'contribute',
      ...readAll,
      [PARTICIPANTS]: 'append',
    });
  });
});

describe('the rules every plan keeps', () => {
  const everyItemScope = plan.lists.flatMap((l) => [l.itemAssignments, ...l.itemsById.values()]);

  it('never lets readers add anything', () => {
    const readerRoles = [
      ...plan.lists.flatMap((l) => l.listAssignments),
      ...everyItemScope.flat(),
      ...plan.folderAssignments,
    ].filter((a) => a.principal.kind === 'plan-group' && a.principal.title === READERS);
    expect(new Set(readerRoles.map((a) => a.role))).toEqual(new Set(['read']));
  });

  it('lets nobody but the site’s owners edit or delete an entry of an append-only list', () => {
    for (const key of ['updates', 'workflowEvents'] as const) {
      const list = listOf(key);
      const editing = [...list.listAssignments, ...list.itemAssignments].filter(
        (a) => a.principal.kind === 'plan-group' && a.role !== 'read' && a.role !== 'append',
      );
      expect(editing).toEqual([]);
    }
  });

  it('keeps the site’s Owners on every item, so another site owner sees and sets up every plan', () => {
    for (const assignments of everyItemScope) expect(table(assignments)[OWNERS]).toBe('full-control');
  });

  it('plans nothing for a plan without members but its empty groups, admins editing', () => {
    const empty = planPermissions({ planId: 'plan-2', agencies: [], members: [], actions: [] });
    expect(empty.groups.map((g) => [g.title, g.userIds])).toEqual([
      ['JTAI plan-2 Admins', []],
      ['JTAI plan-2 Participants', []],
      ['JTAI plan-2 Readers', []],
    ]);
  });
});

describe('the append-only permission level', () => {
  it('holds add and view but no edit or delete', () => {
    const mask = APPEND_ROLE.permissions;
    expect(hasPermission(mask, PERMISSION_KIND.addListItems)).toBe(true);
    expect(hasPermission(mask, PERMISSION_KIND.viewListItems)).toBe(true);
    expect(hasPermission(mask, PERMISSION_KIND.editListItems)).toBe(false);
    expect(hasPermission(mask, PERMISSION_KIND.deleteListItems)).toBe(false);
    // The built-in Read level (Low 138612833, High 176) plus Add Items.
    expect(mask).toEqual({ high: 176, low: 138612833 - maskOf([23]).low + 2 });
  });
});
