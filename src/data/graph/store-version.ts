import type { StoreVersion } from '../plan-store.port';
import { StoreError } from '../store-error';

/**
 * A `StoreVersion` carries the SharePoint item id (so a write can address the item without a
 * lookup) and its eTag (so the write can send `If-Match`). Only this module reads it.
 */
export interface ItemVersion {
  readonly itemId: string;
  readonly eTag: string;
}

const PREFIX = 'sp1:';

export function encodeVersion(version: ItemVersion): StoreVersion {
  return `${PREFIX}${version.itemId}:${version.eTag}` as StoreVersion;
}

export function decodeVersion(version: StoreVersion): ItemVersion {
  const body = version.startsWith(PREFIX) ? version.slice(PREFIX.length) : '';
  const separator = body.indexOf(':');
  const itemId = body.slice(0, separator);
  const eTag = body.slice(separator + 1);
  if (separator < 1 || !/^\d+$/.test(itemId) || eTag === '') {
    throw new StoreError('invalid', 'This item cannot be saved: its version is not one this app issued.', {
      code: 'badVersion',
    });
  }
  return { itemId, eTag };
}

const UNSTORED = `${PREFIX}unstored`;

/**
 * The version of something the lists show exists but that has no item yet (a plan's governance
 * whose first state write failed after its history was written): saving it creates the item.
 */
export const UNSTORED_VERSION = UNSTORED as StoreVersion;

export const isUnstoredVersion = (version: StoreVersion): boolean => version === UNSTORED;
