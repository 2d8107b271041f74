import { EMULATOR_SITE_ID } from '../../../src/emulator/emulator-site';
import { LISTS, type ListKey } from '../../../src/data/sharepoint/list-schema';

/** A Graph call straight to the emulator as a persona, as anyone with a token could make it. */
export interface RawReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export type RawGraph = (
  method: string,
  path: string,
  options?: { readonly as?: string; readonly body?: unknown; readonly headers?: Record<string, string> },
) => Promise<RawReply>;

export function rawGraph(graphBaseUrl: () => string): RawGraph {
  return async (method, path, options = {}) => {
    const response = await fetch(`${graphBaseUrl()}${path}`, {
      method,
      headers: {
        Authorization: `Bearer demo.${options.as ?? 'u-dcs'}`,
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
  };
}

/** `/sites/{site}/lists/{display name}/items`: the emulator (like Graph) takes a list's name in place of its id. */
export const listItemsPath = (key: ListKey): string =>
  `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent(LISTS[key].displayName)}/items`;

/** Adds an item to a product list as `as`, with whatever fields they choose to write. */
export const addItem = (graph: RawGraph, key: ListKey, as: string, fields: Record<string, unknown>) =>
  graph('POST', listItemsPath(key), { as, body: { fields } });
