import type { ListItemVersion } from '@microsoft/microsoft-graph-types';
import { isoDateTime, type IsoDateTime } from '../../domain/dates';
import type { UserId } from '../../domain/ids';
import type { MembershipVersion } from '../../domain/workflow/governance-record';
import { sendBatch } from './batch';
import { itemPath } from './graph-paths';
import { asReceived } from './graph-payloads';
import { asRecord, stampsOf, type ItemFields, type ListItem } from './list-item';
import { readBoolean } from './mappers/field-readers';
import { memberFromFields } from './mappers/member.mapper';
import type { StoreContext } from './store-context';

/** One instant in one form, so that instants compare as text. */
const instant = (text: string): IsoDateTime => isoDateTime(new Date(text));

function versionOf(fields: ItemFields, at: string, by: string): MembershipVersion {
  return {
    member: memberFromFields(fields),
    removed: readBoolean(fields, 'Removed'),
    at: instant(at),
    by: by as UserId,
  };
}

/** A membership never changed after it was made has one version: the item as it is. */
function asCreated(item: ListItem): MembershipVersion[] {
  const { createdAt, createdBy } = item.stamps;
  return createdAt && createdBy ? [versionOf(item.fields, createdAt, createdBy.id)] : [];
}

/**
 * When the versions cannot be read, all that is known is the membership as it is now, since its
 * last change: the role it has now is not assumed to have held before.
 */
function asLastChanged(item: ListItem): MembershipVersion[] {
  const { modifiedAt, modifiedBy } = item.stamps;
  return modifiedAt && modifiedBy ? [versionOf(item.fields, modifiedAt, modifiedBy.id)] : [];
}

/** Graph's listItemVersion collection (newest first) as membership versions, oldest first. */
function fromVersions(body: unknown): MembershipVersion[] {
  const values = asRecord(body, 'item versions').value;
  const versions = (Array.isArray(values) ? values : []).flatMap((raw) => {
    const version = asReceived<ListItemVersion>(raw, 'an item version');
    const stamps = stampsOf(version);
    const fields = version.fields;
    if (!stamps.modifiedAt || !stamps.modifiedBy || typeof fields !== 'object' || fields === null) return [];
    return [versionOf(fields as ItemFields, stamps.modifiedAt, stamps.modifiedBy.id)];
  });
  return versions.reverse();
}

const changedSinceCreated = (item: ListItem): boolean =>
  item.stamps.modifiedAt !== null && item.stamps.modifiedAt !== item.stamps.createdAt;

/**
 * Every version of the plan's memberships, as SharePoint keeps them: who wrote each and when. Only
 * memberships changed since they were made need their versions read (one `$batch` for up to 20).
 * See https://learn.microsoft.com/graph/api/listitem-list-versions (`$expand=fields`).
 */
export async function membershipVersions(ctx: StoreContext, items: readonly ListItem[]): Promise<MembershipVersion[]> {
  const changed = items.filter(changedSinceCreated);
  const listId = changed.length > 0 ? await ctx.lists.id('members') : '';
  const results = await sendBatch(
    ctx.api,
    changed.map((item) => ({ method: 'GET', url: `${itemPath(ctx.siteId, listId, item.id)}/versions?$expand=fields` })),
  );
  const read = new Map(changed.map((item, i) => [item.id, results[i]]));
  return items.flatMap((item) => {
    if (!changedSinceCreated(item)) return asCreated(item);
    const result = read.get(item.id);
    return result?.ok ? fromVersions(result.body) : asLastChanged(item);
  });
}
