import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import type { MemberId } from '../../src/domain/ids';
import { fromFormValues, toFormValues } from '../../src/ui/actions/action-form-state';
import { anAction } from '../domain/fixtures';

describe('the action form values', () => {
  const action = anAction({
    leadOfficer: 'mem-1' as MemberId,
    contributingAgencies: ['health'],
    milestones: [
      { title: 'Terms agreed', due: isoDate('2026-03-01'), done: true },
      { title: 'First audit', due: isoDate('2026-06-01'), done: false },
    ],
    evidence: [{ title: 'Audit', url: 'https://example.org/audit' }],
    successMeasure: 'Fewer re-referrals',
  });

  it('hold dates as typed and come back as the same action', () => {
    const values = toFormValues(action);
    expect(values).toMatchObject({
      startDate: '05/01/2026',
      leadOfficer: 'mem-1',
      milestones: [
        { second: '01/03/2026', checked: true },
        { second: '01/06/2026', checked: false },
      ],
    });
    // A milestone met stays met through an edit of anything else.
    expect(fromFormValues(action, values)).toEqual({ action, errors: {} });
  });

  it('mark a milestone done when its box is ticked', () => {
    const values = toFormValues(action);
    const ticked = { ...values, milestones: values.milestones.map((m) => ({ ...m, checked: true })) };
    expect(fromFormValues(action, ticked).action.milestones.map((m) => m.done)).toEqual([true, true]);
  });

  it('trim text, drop empty rows and the lead agency from the contributors, and name unreadable dates', () => {
    const values = {
      ...toFormValues(action),
      title: '  Hold a meeting  ',
      leadOfficer: '',
      contributingAgencies: ['police', 'health'],
      targetDate: '31/02/2026',
      evidence: [{ first: ' ', second: '' }],
    };
    const { action: applied, errors } = fromFormValues(action, values);
    expect(applied).toMatchObject({
      title: 'Hold a meeting',
      leadOfficer: null,
      contributingAgencies: ['health'],
      evidence: [],
    });
    expect(errors).toEqual({ targetDate: 'Enter the date as day/month/year, for example 31/05/2026.' });
  });
});
