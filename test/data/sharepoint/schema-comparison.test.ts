import { describe, expect, it } from 'vitest';
import { LIST_KEYS, LISTS } from '../../../src/data/sharepoint/list-schema';
import { compareSchema, describeStep, type FoundList } from '../../../src/data/sharepoint/schema-comparison';
import { SETTINGS_LIST } from '../../../src/data/sharepoint/site-settings-schema';

const FOLDER = 'JTAI submissions';

/** Every list as the schema wants it, as if provisioned. */
const complete = (): FoundList[] =>
  [...LIST_KEYS.map((k) => LISTS[k]), SETTINGS_LIST].map((spec, i) => ({
    id: `list-${i}`,
    displayName: spec.displayName,
    columns: spec.columns.map((c, j) => ({
      id: `col-${i}-${j}`,
      name: c.name,
      indexed: c.indexed === true,
      unique: c.unique === true,
    })),
  }));

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
