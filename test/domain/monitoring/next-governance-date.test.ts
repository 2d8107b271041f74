import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { nextGovernanceDate } from '../../../src/domain/monitoring/next-governance-date';
import { initialGovernance } from '../../../src/domain/workflow/governance';
import { PLAN_ID, governanceAt, mustApply, people } from '../workflow/workflow-fixtures';

// Haringey 2018: letter 30 January, deadline 11 May (computed and printed agree).
const HARINGEY = { letterDate: isoDate('2018-01-30'), printedDeadline: isoDate('2018-05-11') };

describe('working days to the next governance date', () => {
  it('counts to the current stage’s due date, skipping Easter', () => {
    // Drafting is due 22 March; from 1 March that is 15 working days.
    expect(nextGovernanceDate(initialGovernance(PLAN_ID), HARINGEY, isoDate('2018-03-01'))).toEqual({
      stage: 'drafting',
      label: 'Drafting by partners',
      due: '2018-03-22',
      workingDaysLeft: 15,
    });
    // Collation is due 9 April: Good Friday and Easter Monday fall between.
    expect(nextGovernanceDate(governanceAt('collation'), HARINGEY, isoDate('2018-03-28'))).toMatchObject({
      stage: 'collation',
      due: '2018-04-09',
      workingDaysLeft: 6,
    });
  });

  it('goes negative once the current stage’s date has passed', () => {
    expect(nextGovernanceDate(governanceAt('collation'), HARINGEY, isoDate('2018-04-11'))).toMatchObject({
      stage: 'collation',
      workingDaysLeft: -2,
    });
  });

  it('uses a date the admin set instead of the suggested one', () => {
    const g = mustApply(
      governanceAt('collation'),
      { type: 'set-due-date', stage: 'collation', date: isoDate('2018-04-13') },
      people.dcs,
    );
    expect(nextGovernanceDate(g, HARINGEY, isoDate('2018-04-10'))).toMatchObject({
      due: '2018-04-13',
      workingDaysLeft: 3,
    });
  });

  it('counts from the deadline the letter would give when none is printed', () => {
    expect(
      nextGovernanceDate(initialGovernance(PLAN_ID), { ...HARINGEY, printedDeadline: null }, isoDate('2018-03-01')),
    ).toMatchObject({ due: '2018-03-22' });
  });

  it('has none without a letter date, or once the plan is submitted', () => {
    expect(
      nextGovernanceDate(
        initialGovernance(PLAN_ID),
        { letterDate: null, printedDeadline: null },
        isoDate('2018-03-01'),
      ),
    ).toBeNull();
    expect(nextGovernanceDate(governanceAt('monitoring'), HARINGEY, isoDate('2018-06-01'))).toBeNull();
  });
});
