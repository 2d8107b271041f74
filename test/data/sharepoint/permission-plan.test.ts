import { describe, expect, it } from 'vitest';
import { hasPermission, maskOf, APPEND_ROLE, PERMISSION_KIND } from '../../../src/data/sharepoint/base-permissions';
import { LISTS } from '../../../src/data/sharepoint/list-schema';
import { planPermissions } from '../../../src/data/sharepoint/permission-plan';

const plan = planPermissions({
  planId: 'plan-1',
  agencies: ['police', 'health'],
  members: [
    { email: 'DCS@example.gov.uk', role: 'plan-admin', agency: null },
    { email: 'police.owner@example.gov.uk', role: 'agency-owner', agency: 'police' },
    { email: 'police.qa@example.gov.uk', role: 'agency-qa-lead', agency: 'police' },
    { email: 'cllr@example.gov.uk', role: 'lead-member', agency: null },
  ],
  actions: [
    { itemId: 4, agency: 'police' },
    { itemId: 5, agency: 'health' },
  ],
});

const roleOf = (list: string, itemId: number | null, group: string) =>
  plan.scopes.find((s) => s.list === list && s.itemId === itemId)?.assignments.find((a) => a.group === group)?.role;

describe('a plan’s permission plan', () => {
  it('puts each member in one group: admins, an agency’s owners or readers, or the plan’s readers', () => {
    expect(Object.fromEntries(plan.groups.map((g) => [g.title, g.loginNames]))).toEqual({
      'JTAI plan-1 Admins': ['i:0#.f|membership|dcs@example.gov.uk'],
      'JTAI plan-1 police Owners': ['i:0#.f|membership|police.owner@example.gov.uk'],
      'JTAI plan-1 police Readers': ['i:0#.f|membership|police.qa@example.gov.uk'],
      'JTAI plan-1 health Owners': [],
      'JTAI plan-1 health Readers': [],
      'JTAI plan-1 Readers': ['i:0#.f|membership|cllr@example.gov.uk'],
    });
  });

  it('lets only an action’s agency owners and the admins edit it', () => {
    const actions = LISTS.actions.displayName;
    expect(roleOf(actions, 4, 'JTAI plan-1 police Owners')).toBe('contribute');
    expect(roleOf(actions, 4, 'JTAI plan-1 Admins')).toBe('contribute');
    expect(roleOf(actions, 5, 'JTAI plan-1 police Owners')).toBe('read');
    expect(roleOf(actions, 5, 'JTAI plan-1 health Owners')).toBe('contribute');
    expect(plan.scopes.filter((s) => s.itemId !== null).every((s) => s.exclusive)).toBe(true);
  });

  it('makes the history lists append-only for everyone and the rest admin-edited', () => {
    for (const list of [LISTS.signOffs, LISTS.workflowEvents, LISTS.updates]) {
      for (const group of plan.groups) expect(roleOf(list.displayName, null, group.title)).toBe('append');
    }
    expect(roleOf(LISTS.findings.displayName, null, 'JTAI plan-1 Admins')).toBe('contribute');
    expect(roleOf(LISTS.findings.displayName, null, 'JTAI plan-1 police Owners')).toBe('read');
    expect(roleOf(LISTS.actions.displayName, null, 'JTAI plan-1 police Owners')).toBe('append');
  });

  it('defines the append role with add and view but no edit or delete', () => {
    const mask = APPEND_ROLE.permissions;
    expect(hasPermission(mask, PERMISSION_KIND.addListItems)).toBe(true);
    expect(hasPermission(mask, PERMISSION_KIND.viewListItems)).toBe(true);
    expect(hasPermission(mask, PERMISSION_KIND.editListItems)).toBe(false);
    expect(hasPermission(mask, PERMISSION_KIND.deleteListItems)).toBe(false);
    // The built-in Read level (Low 138612833, High 176) plus Add Items.
    expect(mask).toEqual({ high: 176, low: 138612833 - maskOf([23]).low + 2 });
  });
});
