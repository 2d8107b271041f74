import {
  copyOfAssignments,
  copyOfGroup,
  WEB_SCOPE,
  type SecurityState,
  type SpGroup,
  type SpRoleAssignment,
  type SpRoleDefinition,
  type SpUser,
} from './security-model';

/** Changes to the site's security, journaled like list changes. */
export type SecurityMutation =
  | {
      /** The site's own groups and the web's role assignments, as a new site gets them. */
      readonly type: 'sp-site-provisioned';
      readonly users: readonly SpUser[];
      readonly groups: readonly SpGroup[];
      readonly web: readonly SpRoleAssignment[];
    }
  | { readonly type: 'sp-user-ensured'; readonly user: SpUser }
  | { readonly type: 'sp-group-created'; readonly group: SpGroup }
  | { readonly type: 'sp-group-user-added'; readonly groupId: number; readonly userId: number }
  | { readonly type: 'sp-group-user-removed'; readonly groupId: number; readonly userId: number }
  | { readonly type: 'sp-group-owner-set'; readonly groupId: number; readonly ownerId: number }
  | { readonly type: 'sp-role-defined'; readonly role: SpRoleDefinition }
  | {
      readonly type: 'sp-inheritance-broken';
      readonly scope: string;
      readonly assignments: readonly SpRoleAssignment[];
      /** Scopes below this one (a list's items, a folder's subfolders) go back to inheriting. */
      readonly clearSubscopes: boolean;
    }
  | {
      readonly type: 'sp-role-assigned';
      readonly scope: string;
      readonly principalId: number;
      readonly roleDefId: number;
    }
  | {
      readonly type: 'sp-role-unassigned';
      readonly scope: string;
      readonly principalId: number;
      readonly roleDefId: number;
    };

export const SECURITY_MUTATION_TYPES: readonly SecurityMutation['type'][] = [
  'sp-site-provisioned',
  'sp-user-ensured',
  'sp-group-created',
  'sp-group-user-added',
  'sp-group-user-removed',
  'sp-group-owner-set',
  'sp-role-defined',
  'sp-inheritance-broken',
  'sp-role-assigned',
  'sp-role-unassigned',
];

function groupOf(security: SecurityState, id: number): SpGroup {
  const group = security.groups.find((g) => g.id === id);
  if (!group) throw new Error(`Journal names unknown group ${id}`);
  return group;
}

function assignmentsOf(security: SecurityState, scope: string): SpRoleAssignment[] {
  const assignments = security.scopes.get(scope);
  if (!assignments) throw new Error(`Journal names scope ${scope}, which inherits`);
  return assignments;
}

/** Users and groups share principal ids: one either of them holds is never given out again. */
function takePrincipalId(security: SecurityState, id: number): void {
  security.nextPrincipalId = Math.max(security.nextPrincipalId, id + 1);
}

export function applySecurityMutation(security: SecurityState, m: SecurityMutation): void {
  switch (m.type) {
    case 'sp-site-provisioned':
      for (const user of m.users) applySecurityMutation(security, { type: 'sp-user-ensured', user });
      for (const group of m.groups) applySecurityMutation(security, { type: 'sp-group-created', group });
      security.scopes.set(WEB_SCOPE, copyOfAssignments(m.web));
      return;
    case 'sp-user-ensured':
      security.users.push(m.user);
      takePrincipalId(security, m.user.id);
      return;
    case 'sp-group-created':
      security.groups.push(copyOfGroup(m.group));
      takePrincipalId(security, m.group.id);
      return;
    case 'sp-group-user-added': {
      const group = groupOf(security, m.groupId);
      if (!group.userIds.includes(m.userId)) group.userIds.push(m.userId);
      return;
    }
    case 'sp-group-user-removed': {
      const group = groupOf(security, m.groupId);
      group.userIds = group.userIds.filter((id) => id !== m.userId);
      return;
    }
    case 'sp-group-owner-set':
      groupOf(security, m.groupId).ownerId = m.ownerId;
      return;
    case 'sp-role-defined':
      security.customRoles.push(m.role);
      security.nextRoleId = Math.max(security.nextRoleId, m.role.id + 1);
      return;
    case 'sp-inheritance-broken':
      if (m.clearSubscopes) {
        for (const key of [...security.scopes.keys()]) if (key.startsWith(`${m.scope}/`)) security.scopes.delete(key);
      }
      security.scopes.set(m.scope, copyOfAssignments(m.assignments));
      return;
    case 'sp-role-assigned': {
      const assignments = assignmentsOf(security, m.scope);
      const existing = assignments.find((a) => a.principalId === m.principalId);
      if (!existing) assignments.push({ principalId: m.principalId, roleDefIds: [m.roleDefId] });
      else if (!existing.roleDefIds.includes(m.roleDefId)) existing.roleDefIds.push(m.roleDefId);
      return;
    }
    case 'sp-role-unassigned': {
      const assignments = assignmentsOf(security, m.scope);
      const existing = assignments.find((a) => a.principalId === m.principalId);
      if (!existing) return;
      existing.roleDefIds = existing.roleDefIds.filter((id) => id !== m.roleDefId);
      if (existing.roleDefIds.length === 0) assignments.splice(assignments.indexOf(existing), 1);
      return;
    }
  }
}
