import type { SpRest } from './sp-rest-client';
import { StoreError } from '../store-error';

export type SpRecord = Record<string, unknown>;

const unexpected = (what: string) =>
  new StoreError('server', `SharePoint sent ${what} the app could not read.`, { code: 'unexpectedResponse' });

/** An OData string literal inside a SharePoint REST path or query, URL-encoded. */
export const odataLiteral = (text: string): string => `'${encodeURIComponent(text.replace(/'/g, "''"))}'`;

/** A server-relative URL as an OData literal: each segment encoded, the slashes kept as they are. */
export const urlLiteral = (url: string): string =>
  `'${url.replace(/'/g, "''").split('/').map(encodeURIComponent).join('/')}'`;

export function recordOf(body: unknown, what: string): SpRecord {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw unexpected(what);
  return body as SpRecord;
}

export function valuesOf(body: unknown): SpRecord[] {
  const value = (body as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) throw unexpected('a collection');
  return value as SpRecord[];
}

export function numberOf(value: unknown, what: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new StoreError('server', `SharePoint sent ${what} without an id.`, { code: 'unexpectedResponse' });
  }
  return n;
}

/** Every value of a collection, across its pages (`odata.nextLink` in `odata=nometadata`). */
export async function allValues(rest: SpRest, path: string): Promise<SpRecord[]> {
  const values: SpRecord[] = [];
  let next: string | null = path;
  while (next !== null) {
    const page: unknown = await rest.get(next);
    values.push(...valuesOf(page));
    const link = (page as SpRecord)['odata.nextLink'];
    next = typeof link === 'string' && link !== '' ? link : null;
  }
  return values;
}

/** Runs `task` over every entry, at most `width` at a time, stopping at the first failure. */
export async function forEachLimited<T>(
  entries: readonly T[],
  width: number,
  task: (entry: T) => Promise<void>,
): Promise<void> {
  let nextIndex = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && nextIndex < entries.length) {
      const entry = entries[nextIndex] as T;
      nextIndex += 1;
      try {
        await task(entry);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, entries.length) }, worker));
}
