import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/action';
import { changedActionFields, describeActionField, mergeActionEdits } from '../../src/domain/action-diff';
import { resolveConflicts } from '../../src/domain/merge/three-way-merge';
import { isoDate } from '../../src/domain/dates';
import { anAction } from './fixtures';

describe('comparing two versions of an action', () => {
  const theirs = anAction({ status: 'on-track', targetDate: isoDate('2026-07-31') });
  const mine = anAction({ status: 'at-risk', statusReason: 'Recruitment delayed' });

  it('lists the fields that differ', () => {
    expect(changedActionFields(mine, theirs)).toEqual(['targetDate', 'status', 'statusReason']);
    expect(changedActionFields(mine, mine)).toEqual([]);
  });

  it('merges from what both started from: their changes and mine both kept, and only real clashes asked', () => {
    const base = anAction({ successMeasure: 'Fewer re-referrals', sponsoringDirector: '' });
    const police = { ...base, successMeasure: 'Re-referrals below 20%', sponsoringDirector: 'Det Supt Ray' };
    const dcs = { ...base, successMeasure: 'Re-referrals below 15%' };
    const merge = mergeActionEdits(base, police, dcs);
    expect(merge.conflicts).toEqual(['successMeasure']);
    expect(merge.outcomes.sponsoringDirector).toBe('theirs');
    expect(merge.merged.sponsoringDirector).toBe('Det Supt Ray');
    const kept = resolveConflicts(merge, dcs, new Set(['successMeasure'] as const));
    expect(kept).toMatchObject({ successMeasure: 'Re-referrals below 15%', sponsoringDirector: 'Det Supt Ray' });
    expect(resolveConflicts(merge, dcs, new Set()).successMeasure).toBe('Re-referrals below 20%');
  });

  it('merges milestones and evidence item by item', () => {
    const m = (title: string, due = '2026-06-30', done = false) => ({ title, due: isoDate(due), done });
    const base = anAction({ milestones: [m('Recruit'), m('Train')], evidence: [] });
    const theirs = { ...base, milestones: [m('Recruit', '2026-06-30', true), m('Train')] };
    const mine = {
      ...base,
      milestones: [m('Recruit'), m('Train'), m('Audit')],
      evidence: [{ title: 'Audit plan', url: 'https://council.example/audit' }],
    };
    const merge = mergeActionEdits(base, theirs, mine);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.milestones).toEqual([m('Recruit', '2026-06-30', true), m('Train'), m('Audit')]);
    expect(merge.merged.evidence).toEqual(mine.evidence);
  });

  it('describes values in words', () => {
    expect(describeActionField(theirs, 'status', String)).toBe('On track');
    expect(describeActionField(theirs, 'targetDate', String)).toBe('31/07/2026');
    expect(describeActionField(theirs, 'statusReason', String)).toBe('(empty)');
    const milestones: Action['milestones'] = [
      { title: 'Terms agreed', due: isoDate('2026-03-01'), done: true },
      { title: 'First audit', due: isoDate('2026-06-01'), done: false },
    ];
    expect(describeActionField({ ...theirs, milestones }, 'milestones', String)).toBe(
      'Terms agreed (01/03/2026, done); First audit (01/06/2026)',
    );
  });
});
