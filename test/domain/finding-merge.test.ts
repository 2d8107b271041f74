import { describe, expect, it } from 'vitest';
import type { Finding, FindingType } from '../../src/domain/finding';
import { describeFindingField, findingFieldsPhrase, mergeFindingEdits } from '../../src/domain/finding-merge';
import type { FindingId } from '../../src/domain/ids';
import { resolveConflicts, type FieldOutcome } from '../../src/domain/merge/three-way-merge';
import { PLAN_ID } from './fixtures';

function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'fnd-1' as FindingId,
    planId: PLAN_ID,
    type: 'improvement',
    text: 'Leaders must act on neglect.',
    subItems: ['Within the MASH'],
    heading: 'Health',
    agencies: ['health'],
    order: 3,
    ...overrides,
  };
}

describe('merging two edits of a finding', () => {
  // base, theirs, mine → what is kept, and how
  const typeCases: [FindingType, FindingType, FindingType, FindingType, FieldOutcome][] = [
    ['improvement', 'improvement', 'improvement', 'improvement', 'unchanged'],
    ['improvement', 'strength', 'improvement', 'strength', 'theirs'],
    ['improvement', 'improvement', 'priority-action', 'priority-action', 'mine'],
    ['improvement', 'strength', 'strength', 'strength', 'same-change'],
    ['improvement', 'strength', 'priority-action', 'strength', 'conflict'],
  ];
  it.each(typeCases)('type: base %s, theirs %s, mine %s keeps %s (%s)', (base, theirs, mine, kept, outcome) => {
    const merge = mergeFindingEdits(aFinding({ type: base }), aFinding({ type: theirs }), aFinding({ type: mine }));
    expect(merge.merged.type).toBe(kept);
    expect(merge.outcomes).toEqual({ type: outcome, text: 'unchanged' });
    expect(merge.conflicts).toEqual(outcome === 'conflict' ? ['type'] : []);
  });

  const textCases: [string, string, string, string, FieldOutcome][] = [
    ['a', 'a', 'a', 'a', 'unchanged'],
    ['a', 'b', 'a', 'b', 'theirs'],
    ['a', 'a', 'c', 'c', 'mine'],
    ['a', 'b', 'b', 'b', 'same-change'],
    ['a', 'b', 'c', 'b', 'conflict'],
  ];
  it.each(textCases)('text: base %j, theirs %j, mine %j keeps %j (%s)', (base, theirs, mine, kept, outcome) => {
    const merge = mergeFindingEdits(aFinding({ text: base }), aFinding({ text: theirs }), aFinding({ text: mine }));
    expect(merge.merged.text).toBe(kept);
    expect(merge.outcomes).toEqual({ type: 'unchanged', text: outcome });
    expect(merge.conflicts).toEqual(outcome === 'conflict' ? ['text'] : []);
  });

  it('keeps their type and my words when each changed one, with nothing to ask', () => {
    const base = aFinding();
    const merge = mergeFindingEdits(base, { ...base, type: 'priority-action' }, { ...base, text: 'Leaders act.' });
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged).toEqual({ ...base, type: 'priority-action', text: 'Leaders act.' });
  });

  it('asks only about the words when both changed them, keeping the type only they changed', () => {
    const base = aFinding();
    const theirs = { ...base, type: 'strength' as const, text: 'Their words.' };
    const mine = { ...base, text: 'My words.' };
    const merge = mergeFindingEdits(base, theirs, mine);
    expect(merge.conflicts).toEqual(['text']);
    expect(resolveConflicts(merge, mine, new Set(['text'] as const))).toMatchObject({
      type: 'strength',
      text: 'My words.',
    });
    expect(resolveConflicts(merge, mine, new Set()).text).toBe('Their words.');
  });

  it('takes what a person does not edit (sub-items, heading, tags, order) from what is stored', () => {
    const base = aFinding();
    const theirs = { ...base, subItems: ['Within the MASH', 'At the front door'], order: 4 };
    const merge = mergeFindingEdits(base, theirs, { ...base, text: 'Mine.' });
    expect(merge.merged).toEqual({ ...theirs, text: 'Mine.' });
  });

  it('describes fields in words', () => {
    expect(describeFindingField(aFinding({ type: 'priority-action' }), 'type')).toBe('Area for priority action');
    expect(describeFindingField(aFinding({ text: 'Act.' }), 'text')).toBe('Act.');
    expect(describeFindingField(aFinding({ text: ' ' }), 'text')).toBe('(empty)');
    expect(findingFieldsPhrase(['type', 'text'])).toBe('the type of finding and the finding’s words');
  });
});
