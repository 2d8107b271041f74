import { APPEND_ROLE, ROLE_TYPE } from './base-permissions';
import type { PlannedRole } from './permission-plan';
import type { SpRest } from './sp-rest-client';
import { numberOf, valuesOf } from './sp-values';
import type { WriteCounter } from './write-counter';

export interface RoleIds {
  readonly byRole: Readonly<Record<PlannedRole, number>>;
  /**
   * "Limited Access" and the hidden levels (such as "Web-Only Limited Access") that SharePoint
   * adds and removes itself when a principal gets access further down: never touched.
   */
  readonly ignored: ReadonlySet<number>;
}

const ROLES_PATH = '/_api/web/roledefinitions?$select=Id,Name,RoleTypeKind,Hidden';

async function readRoles(rest: SpRest) {
  return valuesOf(await rest.get(ROLES_PATH));
}

/** Item permissions are in use on the site once its append-only permission level exists. */
export async function appendRoleExists(rest: SpRest): Promise<boolean> {
  return (await readRoles(rest)).some((r) => r['Name'] === APPEND_ROLE.name);
}

async function createAppendRole(writer: WriteCounter): Promise<unknown> {
  const created = (await writer.post('/_api/web/roledefinitions', {
    __metadata: { type: 'SP.RoleDefinition' },
    Name: APPEND_ROLE.name,
    Description: APPEND_ROLE.description,
    Order: 200,
    BasePermissions: {
      __metadata: { type: 'SP.BasePermissions' },
      High: String(APPEND_ROLE.permissions.high),
      Low: String(APPEND_ROLE.permissions.low),
    },
  })) as Record<string, unknown> | null;
  return created?.['Id'];
}

/** The permission levels the plan uses, creating the append-only one when the site lacks it. */
export async function ensureRoles(rest: SpRest, writer: WriteCounter): Promise<RoleIds> {
  const roles = await readRoles(rest);
  const ofType = (kind: number) => roles.find((r) => r['RoleTypeKind'] === kind)?.['Id'];
  const append = roles.find((r) => r['Name'] === APPEND_ROLE.name)?.['Id'] ?? (await createAppendRole(writer));
  return {
    byRole: {
      'full-control': numberOf(ofType(ROLE_TYPE.administrator), 'the Full Control permission level'),
      contribute: numberOf(ofType(ROLE_TYPE.contributor), 'the Contribute permission level'),
      read: numberOf(ofType(ROLE_TYPE.reader), 'the Read permission level'),
      append: numberOf(append, `the "${APPEND_ROLE.name}" permission level`),
    },
    ignored: new Set(
      roles
        .filter((r) => r['RoleTypeKind'] === ROLE_TYPE.limitedAccess || r['Hidden'] === true)
        .map((r) => Number(r['Id'])),
    ),
  };
}
