import { describe, expect, it } from 'vitest';
import { LIST_KEYS, LISTS } from '../../../src/data/sharepoint/list-schema';
import {
  compareSchema,
  describeStep,
  type FoundList,
  type ListToCreate,
} from '../../../src/data/sharepoint/schema-comparison';
import { SETTINGS_LIST } from '../../../src/data/sharepoint/site-settings-schema';

const FOLDER = 'JTAI submissions';

/** Every list as the schema wants it, as if provisioned: its own columns, and SharePoint's built-in Modified. */
const complete = (): FoundList[] =>
  [...LIST_KEYS.map((k) => LISTS[k]), SETTINGS_LIST].map((spec: ListToCreate, i) => ({
    id: `list-${i}`,
    displayName: spec.displayName,
    columns: [
      ...spec.columns.map((c, j) => ({
        id: `col-${i}-${j}`,
        name: c.name,
        indexed: c.indexed === true,
        unique: c.unique === true,
      })),
      {
        id: `modified-${i}`,
        name: 'Modified',
        indexed: spec.indexedBuiltIns?.includes('Modified') === true,
        unique: false,
      },
    ],
  }));

/** The site as version 5 set it up: the same columns, the built-in Modified of no list indexed. */
const atVersion5 = (): FoundList[] =>
  complete().map((l) => ({
    ...l,
    columns: l.columns.map((c) => (c.name === 'Modified' ? { ...c, indexed: false } : c)),
  }));

/** The lists a plan is watched in by polling Modified where Graph offers no delta. */
const WATCHED = ['plans', 'findings', 'actions', 'updates', 'members', 'workflowEvents', 'governance'] as const;

describe('comparing a site with the schema', () => {
  it('finds an empty site not set up, with every list, the folder and the version to create', () => {
    const result = compareSchema({ lists: [], recorded: null, submissionsFolder: false }, 3, FOLDER);
    expect(result.state).toBe('not-set-up');
    expect(result.steps.filter((s) => s.kind === 'create-list')).toHaveLength(LIST_KEYS.length + 1);
    expect(result.steps.at(-2)).toEqual({ kind: 'create-folder', name: FOLDER });
    expect(result.steps.at(-1)).toEqual({ kind: 'record-version', from: null, to: 3, itemId: null });
  });

  it('finds a complete site at the app’s version ready', () => {
    const result = compareSchema(
      { lists: complete(), recorded: { version: 3, itemId: '1' }, submissionsFolder: true },
      3,
      FOLDER,
    );
    expect(result).toEqual({ state: 'ready', recordedVersion: 3, appVersion: 3, steps: [] });
  });

  it('upgrades an older site: a missing column, a missing index and the version', () => {
    const lists = complete().map((l) =>
      l.displayName === LISTS.actions.displayName
        ? {
            ...l,
            columns: l.columns
              .filter((c) => c.name !== 'UpdatedBy')
              .map((c) => (c.name === 'Agency' ? { ...c, indexed: false } : c)),
          }
        : l,
    );
    const result = compareSchema({ lists, recorded: { version: 2, itemId: '1' }, submissionsFolder: true }, 3, FOLDER);
    expect(result.state).toBe('upgrade-needed');
    expect(result.steps.map(describeStep)).toEqual([
      'Index the column “Agency” in “JTAI Actions”',
      'Add the column “UpdatedBy” to “JTAI Actions”',
      'Record schema version 3 on the site (it records 2)',
    ]);
  });

  it('puts a multi-line column made rich text back to plain, and leaves plain ones and unreported types alone', () => {
    const lists = complete().map((l) => ({
      ...l,
      columns: l.columns.map((c) => {
        if (l.displayName === LISTS.findings.displayName && c.name === 'SubItemsJson') {
          return { ...c, textType: 'richText' };
        }
        if (l.displayName === LISTS.actions.displayName && c.name === 'Agency') {
          return { ...c, indexed: false, textType: 'richText' }; // single-line text is not the app's concern
        }
        return c.name === 'AgenciesJson' ? { ...c, textType: 'plain' } : c;
      }),
    }));
    const result = compareSchema({ lists, recorded: { version: 3, itemId: '1' }, submissionsFolder: true }, 3, FOLDER);
    expect(result.state).toBe('upgrade-needed');
    const findings = lists.find((l) => l.displayName === LISTS.findings.displayName)!;
    expect(result.steps).toContainEqual({
      kind: 'change-column',
      listId: findings.id,
      listName: LISTS.findings.displayName,
      columnId: findings.columns.find((c) => c.name === 'SubItemsJson')!.id,
      columnName: 'SubItemsJson',
      changes: { text: { allowMultipleLines: true, textType: 'plain' } },
    });
    expect(result.steps.map(describeStep)).toEqual([
      'Make the column “SubItemsJson” in “JTAI Findings” plain text again (it is rich text), and its values too',
      'Index the column “Agency” in “JTAI Actions”',
    ]);
  });

  it('indexes the built-in Modified column of the watched lists, never creating it, and nothing once indexed', () => {
    const result = compareSchema(
      { lists: atVersion5(), recorded: { version: 5, itemId: '1' }, submissionsFolder: true },
      6,
      FOLDER,
    );
    expect(result.state).toBe('upgrade-needed');
    const watched = LIST_KEYS.filter((k) => (WATCHED as readonly string[]).includes(k)).map((k) => LISTS[k]);
    expect(result.steps.map(describeStep)).toEqual([
      ...watched.map((l) => `Index the column “Modified” in “${l.displayName}”`),
      'Record schema version 6 on the site (it records 5)',
    ]);
    expect(result.steps).toContainEqual({
      kind: 'change-column',
      listId: 'list-0',
      listName: LISTS.plans.displayName,
      columnId: 'modified-0',
      columnName: 'Modified',
      changes: { indexed: true },
    });

    const withoutModified = atVersion5().map((l) => ({
      ...l,
      columns: l.columns.filter((c) => c.name !== 'Modified'),
    }));
    const unlisted = compareSchema({ lists: withoutModified, recorded: null, submissionsFolder: true }, 6, FOLDER);
    expect(unlisted.steps.some((s) => s.kind === 'add-column' && s.column.name === 'Modified')).toBe(false);

    const again = compareSchema(
      { lists: complete(), recorded: { version: 6, itemId: '1' }, submissionsFolder: true },
      6,
      FOLDER,
    );
    expect(again).toMatchObject({ state: 'ready', steps: [] });
  });

  it('creates a watched list saying its Modified column is indexed', () => {
    const steps = compareSchema({ lists: [], recorded: null, submissionsFolder: false }, 6, FOLDER).steps;
    expect(steps.map(describeStep)).toContain(
      `Create the list “JTAI Plans” with ${LISTS.plans.columns.length} columns, its Modified column indexed`,
    );
    expect(steps.map(describeStep)).toContain('Create the list “JTAI Notifications” with 11 columns');
  });

  it('leaves a site that records a newer version alone', () => {
    const result = compareSchema(
      { lists: complete(), recorded: { version: 9, itemId: '1' }, submissionsFolder: true },
      3,
      FOLDER,
    );
    expect(result.state).toBe('newer-than-app');
    expect(result.steps).toEqual([]);
  });
});
