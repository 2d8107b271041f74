import type { ColumnSpec } from './list-schema';

/**
 * Where a site records the schema version it was set up with: one item in a small list of its
 * own. A list description would be tidier, but Graph v1.0 can set a list's description only when
 * creating the list, so a later upgrade could not change it; an item can be read and rewritten
 * through the same list APIs the app already uses, and compared with `SCHEMA_VERSION`.
 */
export const SETTINGS_LIST = {
  displayName: 'JTAI Site Settings',
  columns: [{ name: 'SchemaVersion', kind: 'number' } satisfies ColumnSpec] as readonly ColumnSpec[],
} as const;

/** The Title of the one item that holds the site's settings. */
export const SETTINGS_ITEM_TITLE = 'site';

export const SCHEMA_VERSION_COLUMN = 'SchemaVersion';
