import type { ColumnDefinition, TextColumn } from '@microsoft/microsoft-graph-types';
import { LIST_KEYS, LISTS, type BuiltInColumn, type ColumnSpec } from './list-schema';
import { SETTINGS_LIST } from './site-settings-schema';

/** A list as the site has it: its id and its columns' names and settings. */
export interface FoundList {
  readonly id: string;
  readonly displayName: string;
  readonly columns: readonly {
    readonly id: string;
    readonly name: string;
    readonly indexed: boolean;
    readonly unique: boolean;
    /** A text column's type as Graph reports it (`plain` or `richText`); absent when not reported. */
    readonly textType?: string;
  }[];
}

/** What "Set up this site" found on the site. */
export interface FoundSite {
  readonly lists: readonly FoundList[];
  /** The schema version the site records, and the settings item that records it. */
  readonly recorded: { readonly version: number; readonly itemId: string } | null;
  /** Whether the document library has the folder submissions are saved in. */
  readonly submissionsFolder: boolean;
}

/** A list to create, with every column it needs and the built-in columns to index once it exists. */
export interface ListToCreate {
  readonly displayName: string;
  readonly columns: readonly ColumnSpec[];
  readonly indexedBuiltIns?: readonly BuiltInColumn[];
}

/** What a `PATCH` of a column changes: its index, its uniqueness, its text back to plain. */
export type ColumnChanges = Readonly<Pick<ColumnDefinition, 'indexed' | 'enforceUniqueValues' | 'text'>>;

/**
 * A multi-line column that has become rich text, put back to plain. SharePoint stores what is
 * written to a rich text column as HTML (`<div class="ExternalClass…">` with the text escaped),
 * so the JSON the app keeps there would no longer parse. Graph updates a list's column with
 * `PATCH …/columns/{id}` and any of its properties (learn.microsoft.com/graph/api/columndefinition-update);
 * textColumn.textType is `plain` or `richText` (learn.microsoft.com/graph/api/resources/textcolumn).
 */
const PLAIN_MULTI_LINE = { allowMultipleLines: true, textType: 'plain' } as const satisfies TextColumn;

/** One change that brings the site up to the app's schema. */
export type SchemaStep =
  | { readonly kind: 'create-list'; readonly list: ListToCreate }
  | { readonly kind: 'add-column'; readonly listId: string; readonly listName: string; readonly column: ColumnSpec }
  | {
      readonly kind: 'change-column';
      readonly listId: string;
      readonly listName: string;
      readonly columnId: string;
      readonly columnName: string;
      readonly changes: ColumnChanges;
    }
  | { readonly kind: 'create-folder'; readonly name: string }
  | {
      readonly kind: 'record-version';
      readonly from: number | null;
      readonly to: number;
      readonly itemId: string | null;
    };

export type SchemaState = 'ready' | 'not-set-up' | 'upgrade-needed' | 'newer-than-app';

export interface SchemaComparison {
  readonly state: SchemaState;
  readonly recordedVersion: number | null;
  readonly appVersion: number;
  /** In the order they must run: lists, columns, settings, the folder, then the version. */
  readonly steps: readonly SchemaStep[];
}

/** Every list the app keeps on a site: the product lists, then the settings list. */
const TARGET_LISTS: readonly ListToCreate[] = [...LIST_KEYS.map((key) => LISTS[key]), SETTINGS_LIST];

/** A note column whose text Graph reports as anything but plain (rich text). */
const isNotPlain = (column: ColumnSpec, textType: string | undefined) =>
  column.kind === 'note' && textType !== undefined && textType !== PLAIN_MULTI_LINE.textType;

type FoundColumn = FoundList['columns'][number];

function changeStep(found: FoundList, existing: FoundColumn, changes: ColumnChanges): SchemaStep[] {
  if (Object.keys(changes).length === 0) return [];
  return [
    {
      kind: 'change-column',
      listId: found.id,
      listName: found.displayName,
      columnId: existing.id,
      columnName: existing.name,
      changes,
    },
  ];
}

function columnSteps(found: FoundList, spec: ListToCreate): SchemaStep[] {
  const own = spec.columns.flatMap((column): SchemaStep[] => {
    const existing = found.columns.find((c) => c.name === column.name);
    if (!existing) return [{ kind: 'add-column', listId: found.id, listName: found.displayName, column }];
    return changeStep(found, existing, {
      ...(column.indexed && !existing.indexed ? { indexed: true as const } : {}),
      ...(column.unique && !existing.unique ? { enforceUniqueValues: true as const } : {}),
      ...(isNotPlain(column, existing.textType) ? { text: PLAIN_MULTI_LINE } : {}),
    });
  });
  // Built-in columns are on every list and are never created; one Graph does not list is left alone.
  const builtIn = (spec.indexedBuiltIns ?? []).flatMap((name): SchemaStep[] => {
    const existing = found.columns.find((c) => c.name === name);
    return existing && !existing.indexed ? changeStep(found, existing, { indexed: true }) : [];
  });
  return [...own, ...builtIn];
}

/**
 * What a site lacks of the app's schema (`appVersion` is `SCHEMA_VERSION`). Lists are matched by
 * display name and columns by internal name, as provisioning names them; nothing is ever removed.
 * A site that records a newer version than the app is left as it is: an older build must not
 * record its own version over a newer one.
 */
export function compareSchema(site: FoundSite, appVersion: number, submissionsFolder: string): SchemaComparison {
  const listSteps = TARGET_LISTS.flatMap((spec): SchemaStep[] => {
    const found = site.lists.find((l) => l.displayName === spec.displayName);
    return found ? columnSteps(found, spec) : [{ kind: 'create-list', list: spec }];
  });
  const folderSteps: SchemaStep[] = site.submissionsFolder ? [] : [{ kind: 'create-folder', name: submissionsFolder }];
  const recordedVersion = site.recorded?.version ?? null;
  const newer = recordedVersion !== null && recordedVersion > appVersion;
  const versionSteps: SchemaStep[] =
    recordedVersion === appVersion || newer
      ? []
      : [{ kind: 'record-version', from: recordedVersion, to: appVersion, itemId: site.recorded?.itemId ?? null }];
  const steps = [...listSteps, ...folderSteps, ...versionSteps];
  const hasProductList = LIST_KEYS.some((key) => site.lists.some((l) => l.displayName === LISTS[key].displayName));
  const state = newer
    ? 'newer-than-app'
    : steps.length === 0
      ? 'ready'
      : !hasProductList && recordedVersion === null
        ? 'not-set-up'
        : 'upgrade-needed';
  return { state, recordedVersion, appVersion, steps };
}

/** The multi-line columns of one of the app's lists, as the site has them. */
export interface NoteColumns {
  readonly listId: string;
  readonly columns: readonly string[];
}

/**
 * The app's multi-line (note) columns on the lists the site already has: where values written
 * while a column was rich text may still be stored as HTML.
 */
export function noteColumnsOn(site: FoundSite): NoteColumns[] {
  return TARGET_LISTS.flatMap((spec) => {
    const found = site.lists.find((l) => l.displayName === spec.displayName);
    const columns = spec.columns
      .filter((c) => c.kind === 'note' && found?.columns.some((existing) => existing.name === c.name))
      .map((c) => c.name);
    return found && columns.length > 0 ? [{ listId: found.id, columns }] : [];
  });
}

function describeColumnChange(step: Extract<SchemaStep, { kind: 'change-column' }>): string {
  const { indexed, enforceUniqueValues, text } = step.changes;
  const where = `“${step.columnName}” in “${step.listName}”`;
  const index = enforceUniqueValues
    ? `Make ${where} ${indexed ? 'indexed and ' : ''}unique`
    : indexed
      ? `Index the column ${where}`
      : null;
  if (!text) return index ?? `Change the column ${where}`;
  // Set-up also writes back as plain text the values stored as HTML while the column was rich text.
  return index
    ? `${index}, and plain text again with its values`
    : `Make the column ${where} plain text again (it is rich text), and its values too`;
}

/** A step in words, for the people who run or wait for the setup. */
export function describeStep(step: SchemaStep): string {
  switch (step.kind) {
    case 'create-list': {
      const { displayName, columns, indexedBuiltIns = [] } = step.list;
      const indexes = indexedBuiltIns.map((name) => `, its ${name} column indexed`).join('');
      return `Create the list “${displayName}” with ${columns.length} columns${indexes}`;
    }
    case 'add-column':
      return `Add the column “${step.column.name}” to “${step.listName}”${step.column.indexed ? ' (indexed)' : ''}`;
    case 'change-column':
      return describeColumnChange(step);
    case 'create-folder':
      return `Create the folder “${step.name}” in the site’s documents`;
    case 'record-version':
      return step.from === null
        ? `Record schema version ${step.to} on the site`
        : `Record schema version ${step.to} on the site (it records ${step.from})`;
  }
}
