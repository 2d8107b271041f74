import { describe, expect, it } from 'vitest';
import type { AgencyKey } from '../../../src/domain/agency';
import {
  addItem,
  changeType,
  deleteItem,
  editSubItems,
  editText,
  mergeWithNext,
  moveItem,
  splitItem,
  toggleAgency,
} from '../../../src/domain/letter-import/item-operations';
import { fid, item, shape } from './draft-fixtures';

const THREE = [item(1), item(2), item(3)];

describe('editing an item', () => {
  it.each([
    [
      'edits the text of the item named',
      editText(THREE, fid(2), 'New words.'),
      [
        ['fnd-1', 'Finding 1.'],
        ['fnd-2', 'New words.'],
        ['fnd-3', 'Finding 3.'],
      ],
    ],
    ['leaves the list alone for an unknown id', editText(THREE, fid(9), 'x'), shape(THREE)],
  ])('%s', (_name, result, expected) => {
    expect(shape(result)).toEqual(expected);
  });

  it('keeps the same list when nothing applies, so callers can tell', () => {
    expect(editText(THREE, fid(9), 'x')).toBe(THREE);
  });

  it.each([[['a', '', ' b ']], [[]]])('keeps sub-items %j as typed', (input) => {
    expect(editSubItems(THREE, fid(1), input)[0]?.subItems).toEqual(input);
  });

  it('changes the type', () => {
    expect(changeType(THREE, fid(3), 'strength')[2]?.type).toBe('strength');
  });
});

describe('toggling agency tags', () => {
  const tagged = [item(1, { agencies: ['police', 'health'] })];
  it.each<[string, AgencyKey, AgencyKey[]]>([
    ['removes a tag that is there', 'police', ['health']],
    ['adds a missing one in the default order', 'childrens-social-care', ['childrens-social-care', 'police', 'health']],
    ['puts a plan’s own agency after the defaults', 'housing', ['police', 'health', 'housing']],
  ])('%s', (_name, agency, expected) => {
    expect(toggleAgency(tagged, fid(1), agency)[0]?.agencies).toEqual(expected);
  });
});

describe('merging an item with the next', () => {
  const parts = [
    item(1, { text: 'Leaders do not', agencies: ['police'], span: { start: 10, end: 20 }, needsCheck: true }),
    item(2, {
      text: 'know the data.',
      subItems: ['− sub'],
      agencies: ['health', 'police'],
      span: { start: 21, end: 40 },
    }),
    item(3),
  ];

  it('joins the text, sub-items, tags and spans into the first item', () => {
    const [merged, next] = mergeWithNext(parts, fid(1));
    expect(merged).toEqual({
      ...parts[0],
      text: 'Leaders do not know the data.',
      subItems: ['− sub'],
      agencies: ['police', 'health'],
      span: { start: 10, end: 40 },
      needsCheck: false,
    });
    expect(next?.id).toBe(fid(3));
  });

  it.each([
    ['the last item', fid(3)],
    ['an unknown item', fid(9)],
  ])('does nothing for %s', (_name, id) => {
    expect(mergeWithNext(parts, id)).toBe(parts);
  });

  it('keeps the span of whichever part has one', () => {
    const [merged] = mergeWithNext([item(1), item(2, { span: { start: 5, end: 9 } })], fid(1));
    expect(merged?.span).toEqual({ start: 5, end: 9 });
  });
});

describe('splitting an item', () => {
  const long = [
    item(1, {
      text: 'First finding. Second finding.',
      subItems: ['a sub-item'],
      agencies: ['police'],
      needsCheck: true,
    }),
  ];

  it('cuts the text at the offset; the second part takes the new id and the sub-items', () => {
    const result = splitItem(long, fid(1), 15, fid('new'));
    expect(result).toEqual([
      { ...long[0], text: 'First finding.', subItems: [], needsCheck: false },
      { ...long[0], id: fid('new'), text: 'Second finding.', needsCheck: false },
    ]);
  });

  const two = [item(1, { text: 'First finding. Second finding.' })];
  const trailing = [item(1, { text: 'First finding.   ' })];
  it.each([
    ['at the very start', two, 0, fid('new')],
    ['at the very end', two, 30, fid('new')],
    ['where only spaces follow', trailing, 15, fid('new')],
    ['with an id already in use', two, 15, fid(1)],
  ])('does nothing %s', (_name, input, at, newId) => {
    expect(splitItem(input, fid(1), at, newId)).toBe(input);
  });
});

describe('deleting, adding and moving', () => {
  it.each([
    ['deletes an item', deleteItem(THREE, fid(2)), ['fnd-1', 'fnd-3']],
    ['adds a blank item at the end', addItem(THREE, fid('x'), 'strength', null), ['fnd-1', 'fnd-2', 'fnd-3', 'fnd-x']],
    [
      'adds a blank item after another',
      addItem(THREE, fid('x'), 'strength', fid(1)),
      ['fnd-1', 'fnd-x', 'fnd-2', 'fnd-3'],
    ],
    ['moves an item up', moveItem(THREE, fid(2), 'up'), ['fnd-2', 'fnd-1', 'fnd-3']],
    ['moves an item down', moveItem(THREE, fid(2), 'down'), ['fnd-1', 'fnd-3', 'fnd-2']],
  ])('%s', (_name, result, ids) => {
    expect(result.map((i) => i.id)).toEqual(ids);
  });

  it.each([
    ['delete an unknown item', deleteItem(THREE, fid(9))],
    ['add with an id in use', addItem(THREE, fid(1), 'strength', null)],
    ['add after an unknown item', addItem(THREE, fid('x'), 'strength', fid(9))],
    ['move the first item up', moveItem(THREE, fid(1), 'up')],
    ['move the last item down', moveItem(THREE, fid(3), 'down')],
  ])('does nothing to %s', (_name, result) => {
    expect(result).toBe(THREE);
  });

  it('makes an added item blank, of the chosen type, with no place in the letter', () => {
    const added = addItem([], fid('x'), 'priority-action', null)[0];
    expect(added).toEqual({
      id: fid('x'),
      type: 'priority-action',
      text: '',
      subItems: [],
      heading: null,
      agencies: [],
      span: null,
      needsCheck: false,
    });
  });
});
