import { describe, expect, it } from 'vitest';
import { inferAgencies } from '../../../src/domain/letter/infer-agencies';

describe('inferAgencies', () => {
  it.each([
    ['West Midlands Police need to improve recording.', ['police']],
    ['Officers of Northmoor Constabulary attend promptly.', ['police']],
    ['The Metropolitan Police Service (MPS) has recognised this.', ['police']],
    ['East Cheshire NHS Trust should improve.', ['health']],
    ['The ICB and GPs do not share information.', ['health']],
    ['Midwives and health visitors work well together.', ['health']],
    ['CAMHS waiting times are too long.', ['health']],
    ['School nurses are not invited.', ['health']],
    ['Schools and academies value the advice line.', ['education']],
    ['The National Probation Service (NPS) and CRC share risk.', ['probation']],
    ['The youth offending service (YOS) knows its children.', ['youth-justice']],
    ['Social workers’ caseloads in the local authority are high.', ['childrens-social-care']],
    ['The early help offer is not understood.', ['childrens-social-care']],
    ['The LSCB does not hold partners to account.', ['partnership']],
    ['The multi-agency safeguarding arrangements are under-developed.', ['partnership']],
    ['The backlog of police work in the MASH is growing.', ['police']],
    ['Referrals to the MASH are delayed.', ['childrens-social-care']],
    ['The timeliness of return home interviews.', []],
  ])('tags "%s"', (text, expected) => {
    expect(inferAgencies([text])).toEqual(expected);
  });

  it('reads the sub-heading and sub-items too, in the default agency order', () => {
    expect(inferAgencies(['Plans are not reviewed.', 'Schools are not told.', 'Police'])).toEqual([
      'police',
      'education',
    ]);
  });
});
