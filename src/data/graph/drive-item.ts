import type { DriveItem, DriveItemVersion } from '@microsoft/microsoft-graph-types';
import type { IsoDateTime } from '../../domain/dates';
import { StoreError } from '../store-error';
import { asReceived, type Present } from './graph-payloads';

/** The parts of a Graph driveItem the adapter reads, its modified time as one instant. */
export type DriveFile = Present<DriveItem, 'id' | 'name' | 'webUrl' | 'size'> & { readonly lastModified: IsoDateTime };

const unexpected = (what: string) =>
  new StoreError('server', `The server sent ${what} the app could not read.`, { code: 'unexpectedResponse' });

export function asDriveItem(value: unknown): DriveFile {
  const item = asReceived<DriveItem>(value, 'a file');
  const { id, name, webUrl, size, lastModifiedDateTime } = item;
  const at = typeof lastModifiedDateTime === 'string' ? Date.parse(lastModifiedDateTime) : Number.NaN;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof webUrl !== 'string' || typeof size !== 'number') {
    throw unexpected('a file without its id, name, link or size');
  }
  if (Number.isNaN(at)) throw unexpected('a file without a valid modified time');
  return { id, name, webUrl, size, lastModified: new Date(at).toISOString() as IsoDateTime };
}

/** "3.0" → [3, 0]; anything else sorts first. */
function versionNumbers(label: string): [number, number] {
  const match = /^(\d+)\.(\d+)$/.exec(label);
  return match ? [Number(match[1]), Number(match[2])] : [-1, -1];
}

/**
 * The current version's label among a file's versions. SharePoint's order of the list is not
 * documented, so the highest label is taken rather than the first or last.
 */
export function latestVersionLabel(versions: readonly unknown[]): string {
  const labels = versions
    .map((v) => asReceived<DriveItemVersion>(v, 'a file version').id)
    .filter((id): id is string => typeof id === 'string' && /^\d+\.\d+$/.test(id));
  const latest = labels.reduce<string | null>((best, label) => {
    if (best === null) return label;
    const [a, b] = [versionNumbers(label), versionNumbers(best)];
    return a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]) ? label : best;
  }, null);
  if (latest === null) throw unexpected('a file without versions');
  return latest;
}
