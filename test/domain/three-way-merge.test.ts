import { describe, expect, it } from 'vitest';
import { mergeListByItem } from '../../src/domain/merge/merge-list';
import { mergeThreeWay, type FieldOutcome } from '../../src/domain/merge/three-way-merge';

interface Row {
  readonly a: string;
}
const rows = (...values: string[]): Row[] => values.map((a) => ({ a }));

describe('a three-way merge of one field', () => {
  // base, theirs, mine → what is kept, and how
  const cases: [string, string, string, string, FieldOutcome][] = [
    ['x', 'x', 'x', 'x', 'unchanged'],
    ['x', 'y', 'x', 'y', 'theirs'],
    ['x', 'x', 'y', 'y', 'mine'],
    ['x', 'y', 'y', 'y', 'same-change'],
    ['x', 'y', 'z', 'y', 'conflict'],
    ['', 'y', '', 'y', 'theirs'],
    ['x', '', 'x', '', 'theirs'],
    ['x', '', 'z', '', 'conflict'],
  ];
  it.each(cases)('base %j, theirs %j, mine %j keeps %j (%s)', (base, theirs, mine, kept, outcome) => {
    const merge = mergeThreeWay({ f: base }, { f: theirs }, { f: mine }, ['f']);
    expect(merge.merged.f).toBe(kept);
    expect(merge.outcomes.f).toBe(outcome);
    expect(merge.conflicts).toEqual(outcome === 'conflict' ? ['f'] : []);
  });

  it('decides each field on its own', () => {
    const base = { a: 1, b: 1, c: 1, d: 1 };
    const merge = mergeThreeWay(base, { ...base, a: 2, c: 3 }, { ...base, b: 2, c: 4 }, ['a', 'b', 'c', 'd']);
    expect(merge.merged).toEqual({ a: 2, b: 2, c: 3, d: 1 });
    expect(merge.conflicts).toEqual(['c']);
  });

  it('leaves fields it is not asked about as they are stored', () => {
    const merge = mergeThreeWay({ f: 1, order: 1 }, { f: 1, order: 2 }, { f: 5, order: 1 }, ['f']);
    expect(merge.merged).toEqual({ f: 5, order: 2 });
  });
});

describe('a list merged item by item', () => {
  const key = (r: Row) => r.a.split(':')[0]!;
  // base, theirs, mine → merged (null: the list is the person's choice)
  const cases: [string, Row[], Row[], Row[], Row[] | null][] = [
    ['both add different items', rows('p'), rows('p', 'q'), rows('p', 'r'), rows('p', 'r', 'q')],
    ['they remove, I leave it', rows('p', 'q'), rows('p'), rows('p', 'q'), rows('p')],
    ['I remove, they leave it', rows('p', 'q'), rows('p', 'q'), rows('q'), rows('q')],
    ['both remove one item', rows('p', 'q'), rows('p'), rows('p'), rows('p')],
    ['they change one, I change another', rows('p', 'q'), rows('p:1', 'q'), rows('p', 'q:2'), rows('p:1', 'q:2')],
    ['both change one item alike', rows('p'), rows('p:1'), rows('p:1'), rows('p:1')],
    ['both change one item differently', rows('p'), rows('p:1'), rows('p:2'), null],
    ['they change one I removed', rows('p', 'q'), rows('p:1', 'q'), rows('q'), null],
    ['I change one they removed', rows('p', 'q'), rows('q'), rows('p:2', 'q'), null],
    ['both add one item differently', rows(), rows('p:1'), rows('p:2'), null],
    ['my order, their additions after', rows('p', 'q'), rows('p', 'q', 's'), rows('q', 'p'), rows('q', 'p', 's')],
    ['two items with one key', rows('p', 'p:1'), rows('p'), rows('p', 'q'), null],
  ];
  it.each(cases)('%s', (_name, base, theirs, mine, merged) => {
    expect(mergeListByItem(base, theirs, mine, key)).toEqual(merged);
  });

  it('is a conflict of the whole field when items clash, and a merge when they do not', () => {
    const keys = { list: key };
    const clash = mergeThreeWay({ list: rows('p') }, { list: rows('p:1') }, { list: rows('p:2') }, ['list'], keys);
    expect(clash.conflicts).toEqual(['list']);
    expect(clash.merged.list).toEqual(rows('p:1'));
    const fine = mergeThreeWay({ list: rows('p') }, { list: rows('p', 'q') }, { list: rows('r', 'p') }, ['list'], keys);
    expect(fine.outcomes.list).toBe('merged-items');
    expect(fine.merged.list).toEqual(rows('r', 'p', 'q'));
  });
});
