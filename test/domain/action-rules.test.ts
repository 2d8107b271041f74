import { describe, expect, it } from 'vitest';
import { validateAction } from '../../src/domain/action-rules';
import { isoDate } from '../../src/domain/dates';
import { anAction } from './fixtures';

const context = { today: isoDate('2026-11-23'), letterDate: isoDate('2026-10-01') };

describe('validating an action', () => {
  it('accepts a complete action', () => {
    expect(validateAction(anAction(), context)).toEqual({});
  });

  it.each([
    ['no description', { title: '   ' }, 'title', 'Describe the action.'],
    ['no target date', { targetDate: null }, 'targetDate', 'Set a target date.'],
    [
      'target before start',
      { startDate: isoDate('2026-07-01'), targetDate: isoDate('2026-06-30') },
      'targetDate',
      'The target date is before the start date.',
    ],
    [
      'a date long before the inspection',
      { targetDate: isoDate('2016-06-30'), startDate: null },
      'targetDate',
      /long before the inspection; check the year/,
    ],
    [
      'at risk without a reason',
      { status: 'at-risk' as const },
      'statusReason',
      'Say why this action is at risk or off track.',
    ],
    [
      'off track without a reason',
      { status: 'off-track' as const, statusReason: ' ' },
      'statusReason',
      'Say why this action is at risk or off track.',
    ],
    [
      'a sponsoring director over 255 characters',
      { sponsoringDirector: 'x'.repeat(256) },
      'sponsoringDirector',
      /under 255 characters/,
    ],
    [
      'evidence that is not a web address',
      { evidence: [{ title: 'Audit', url: 'javascript:alert(1)' }] },
      'evidence',
      /not a web address/,
    ],
    ['evidence without a title', { evidence: [{ title: '', url: 'https://example.org' }] }, 'evidence', /title/],
    [
      'a milestone without a date',
      { milestones: [{ title: 'Pilot', due: '' as never, done: false }] },
      'milestones',
      /valid date/,
    ],
  ])('refuses %s', (_case, overrides, field, message) => {
    const errors = validateAction(anAction(overrides), context);
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it('allows old dates for a plan whose letter is old (the seeded 2018 plan)', () => {
    const old = anAction({ startDate: isoDate('2018-02-12'), targetDate: isoDate('2018-06-29') });
    expect(validateAction(old, { today: isoDate('2026-11-23'), letterDate: isoDate('2018-01-30') })).toEqual({});
  });
});
