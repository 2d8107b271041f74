import { describe, expect, it } from 'vitest';
import { changedActionFields, describeActionField, mergeActions } from '../../src/domain/action-diff';
import { isoDate } from '../../src/domain/dates';
import { anAction } from './fixtures';

describe('comparing two versions of an action', () => {
  const theirs = anAction({ status: 'on-track', targetDate: isoDate('2026-07-31') });
  const mine = anAction({ status: 'at-risk', statusReason: 'Recruitment delayed' });

  it('lists the fields that differ', () => {
    expect(changedActionFields(mine, theirs)).toEqual(['targetDate', 'status', 'statusReason']);
    expect(changedActionFields(mine, mine)).toEqual([]);
  });

  it('merges: their values, except the fields the person keeps', () => {
    const merged = mergeActions(mine, theirs, new Set(['status', 'statusReason'] as const));
    expect(merged.status).toBe('at-risk');
    expect(merged.statusReason).toBe('Recruitment delayed');
    expect(merged.targetDate).toBe('2026-07-31');
  });

  it('describes values in words', () => {
    expect(describeActionField(theirs, 'status', String)).toBe('On track');
    expect(describeActionField(theirs, 'targetDate', String)).toBe('31/07/2026');
    expect(describeActionField(theirs, 'statusReason', String)).toBe('(empty)');
  });
});
