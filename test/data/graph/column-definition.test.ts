import { describe, expect, it } from 'vitest';
import { columnDefinition } from '../../../src/data/graph/column-definition';
import { LIST_KEYS, LISTS } from '../../../src/data/sharepoint/list-schema';
import { SETTINGS_LIST } from '../../../src/data/sharepoint/site-settings-schema';

const everyColumn = [...LIST_KEYS.map((key) => LISTS[key]), SETTINGS_LIST].flatMap((list) =>
  list.columns.map((column) => ({ list: list.displayName, column })),
);

describe('the column definitions provisioning creates', () => {
  const notes = everyColumn.filter(({ column }) => column.kind === 'note');

  it('has multi-line columns to check', () => {
    expect(notes.map(({ column }) => column.name)).toEqual(expect.arrayContaining(['AgenciesJson', 'MilestonesJson']));
  });

  it.each(notes.map(({ list, column }) => [`${list} ${column.name}`, column] as const))(
    'creates %s as multi-line plain text, never leaving the text type to the tenant',
    (_name, column) => {
      expect(columnDefinition(column)).toEqual({
        name: column.name,
        text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' },
      });
    },
  );

  it('creates single-line text as it did, without a text type', () => {
    expect(columnDefinition({ name: 'Stage', kind: 'text' })).toEqual({
      name: 'Stage',
      text: { allowMultipleLines: false, maxLength: 255 },
    });
  });
});
