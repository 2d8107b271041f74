import { describe, expect, it } from 'vitest';
import type { Agency } from '../../src/domain/agency';
import { isoDate } from '../../src/domain/dates';
import type { FieldOutcome } from '../../src/domain/merge/three-way-merge';
import type { Plan } from '../../src/domain/plan';
import { agenciesBothChanged, mergePlanDetails } from '../../src/domain/plan-details-merge';
import { PLAN_ID } from './fixtures';

/** An agency whose short name is its key, and whose full name is `name` or the key. */
const agency = (key: string, name = key): Agency => ({ key, name, shortName: key });
/** Agencies from "key" or "key:full name". */
const list = (...items: string[]): Agency[] =>
  items.map((item) => {
    const [key, name] = item.split(':');
    return agency(key!, name);
  });

function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: PLAN_ID,
    title: 'Haringey JTAI 2018',
    area: 'Haringey',
    inspectionType: 'jtai',
    theme: 'abuse and neglect',
    letterDate: isoDate('2018-05-11'),
    fieldwork: null,
    principalAuthority: 'Haringey Council',
    printedDeadline: null,
    agencies: list('police', 'health'),
    stage: 'drafting',
    archived: false,
    foreword: '',
    monitoringArrangements: '',
    ...overrides,
  };
}

describe('merging two edits of a plan’s agencies', () => {
  // base, theirs, mine → merged list (null: a conflict of the agencies)
  const cases: [string, Agency[], Agency[], Agency[], Agency[] | null, FieldOutcome][] = [
    ['nobody changes them', list('p'), list('p'), list('p'), list('p'), 'unchanged'],
    ['they add one', list('p'), list('p', 'a'), list('p'), list('p', 'a'), 'theirs'],
    ['I add one', list('p'), list('p'), list('p', 'b'), list('p', 'b'), 'mine'],
    ['both add the same one', list('p'), list('p', 'a'), list('p', 'a'), list('p', 'a'), 'same-change'],
    ['both add different ones', list('p'), list('p', 'a'), list('p', 'b'), list('p', 'b', 'a'), 'merged-items'],
    ['they remove one, I add one', list('p', 'q'), list('p'), list('p', 'q', 'b'), list('p', 'b'), 'merged-items'],
    ['I remove one, they add one', list('p', 'q'), list('p', 'q', 'a'), list('q'), list('q', 'a'), 'merged-items'],
    ['both remove different ones', list('p', 'q', 'r'), list('q', 'r'), list('p', 'q'), list('q'), 'merged-items'],
    [
      'they rename one, I rename another',
      list('p', 'q'),
      list('p:P1', 'q'),
      list('p', 'q:Q2'),
      list('p:P1', 'q:Q2'),
      'merged-items',
    ],
    ['both rename one alike', list('p'), list('p:P1'), list('p:P1'), list('p:P1'), 'same-change'],
    ['both rename one differently', list('p', 'q'), list('p:P1', 'q'), list('p:P2', 'q', 'b'), null, 'conflict'],
    ['they rename one I removed', list('p', 'q'), list('p:P1', 'q'), list('q'), null, 'conflict'],
    ['I rename one they removed', list('p', 'q'), list('q'), list('p:P2', 'q'), null, 'conflict'],
    ['both add one key differently', list('p'), list('p', 'a:A1'), list('p', 'a:A2'), null, 'conflict'],
  ];
  it.each(cases)('%s', (_name, base, theirs, mine, merged, outcome) => {
    const merge = mergePlanDetails(aPlan({ agencies: base }), aPlan({ agencies: theirs }), aPlan({ agencies: mine }));
    expect(merge.outcomes).toEqual({
      agencies: outcome,
      archived: 'unchanged',
      foreword: 'unchanged',
      monitoringArrangements: 'unchanged',
    });
    expect(merge.conflicts).toEqual(merged ? [] : ['agencies']);
    // A conflicting list holds theirs until the person chooses.
    expect(merge.merged.agencies).toEqual(merged ?? theirs);
  });

  it('names the agencies both changed, as stored, or as mine when they removed it', () => {
    expect(agenciesBothChanged(list('p', 'q'), list('p:P1', 'q'), list('p:P2', 'q', 'b'))).toEqual(list('p:P1'));
    expect(agenciesBothChanged(list('p', 'q'), list('q'), list('p:P2', 'q'))).toEqual(list('p:P2'));
    expect(agenciesBothChanged(list('p'), list('p', 'a'), list('p', 'b'))).toEqual([]);
  });
});

describe('merging two edits of whether a plan is archived', () => {
  // base, theirs, mine → kept, and how
  const cases: [boolean, boolean, boolean, boolean, FieldOutcome][] = [
    [false, false, false, false, 'unchanged'],
    [false, true, false, true, 'theirs'],
    [false, false, true, true, 'mine'],
    [false, true, true, true, 'same-change'],
    [true, false, false, false, 'same-change'],
  ];
  it.each(cases)('base %s, theirs %s, mine %s keeps %s (%s)', (base, theirs, mine, kept, outcome) => {
    const merge = mergePlanDetails(aPlan({ archived: base }), aPlan({ archived: theirs }), aPlan({ archived: mine }));
    expect(merge.merged.archived).toBe(kept);
    expect(merge.outcomes.archived).toBe(outcome);
    expect(merge.conflicts).toEqual([]);
  });

  it('keeps their archiving and my new agency together, and their other details', () => {
    const base = aPlan();
    const theirs = { ...base, archived: true, principalAuthority: 'The partnership chair' };
    const mine = { ...base, agencies: [...base.agencies, agency('housing', 'Housing')] };
    const merge = mergePlanDetails(base, theirs, mine);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged).toEqual({ ...theirs, agencies: mine.agencies });
  });
});

describe('merging two edits of the statement’s texts', () => {
  const texts = (foreword: string, monitoringArrangements: string) => aPlan({ foreword, monitoringArrangements });

  it('keeps their foreword and my monitoring arrangements, each written by one person', () => {
    const merge = mergePlanDetails(texts('', ''), texts('Their foreword.', ''), texts('', 'My arrangements.'));
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged).toMatchObject({ foreword: 'Their foreword.', monitoringArrangements: 'My arrangements.' });
    expect(merge.outcomes).toMatchObject({ foreword: 'theirs', monitoringArrangements: 'mine' });
  });

  it('keeps a text both wrote alike', () => {
    const merge = mergePlanDetails(texts('Draft.', ''), texts('Final.', ''), texts('Final.', ''));
    expect(merge.conflicts).toEqual([]);
    expect(merge.outcomes.foreword).toBe('same-change');
  });

  it('leaves a text both changed differently for a choice, holding theirs', () => {
    const merge = mergePlanDetails(texts('Draft.', 'Board.'), texts('Theirs.', 'Board.'), texts('Mine.', 'Board.'));
    expect(merge.conflicts).toEqual(['foreword']);
    expect(merge.merged.foreword).toBe('Theirs.');
  });

  it('keeps my new foreword alongside their archiving', () => {
    const base = texts('', '');
    const merge = mergePlanDetails(base, { ...base, archived: true }, texts('My foreword.', ''));
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged).toMatchObject({ archived: true, foreword: 'My foreword.' });
  });
});
