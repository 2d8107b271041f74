import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENCIES } from '../../src/domain/agency';
import type { MemberId, PlanId, UserId } from '../../src/domain/ids';
import { newPlan, titleOnlyDetails } from '../../src/domain/new-plan';
import { EMPTY_NEW_PLAN_FORM, newPlanDetails, newPlanProblems } from '../../src/domain/new-plan-form';
import type { DirectoryUser } from '../../src/domain/persona';

const IDS = { plan: 'plan-new' as PlanId, member: 'mem-new' as MemberId };
const DCS: DirectoryUser = {
  id: 'u-dcs' as UserId,
  displayName: 'Amara Okafor',
  email: 'amara@example.gov.uk',
  jobTitle: "Director of Children's Services",
  organisation: 'Haringey Council',
};
const FORM = { ...EMPTY_NEW_PLAN_FORM, area: 'Cheshire East', theme: 'children and families who need help' };

describe('starting a plan without a letter', () => {
  it('builds a drafting plan with the default agencies and its creator as plan admin', () => {
    const { plan, creator } = newPlan(titleOnlyDetails('  Torbay WSoA  '), IDS, DCS);
    expect(plan).toEqual({
      id: 'plan-new',
      title: 'Torbay WSoA',
      area: '',
      inspectionType: 'jtai',
      theme: '',
      letterDate: null,
      fieldwork: null,
      principalAuthority: '',
      printedDeadline: null,
      agencies: DEFAULT_AGENCIES,
      stage: 'drafting',
      archived: false,
      foreword: '',
      monitoringArrangements: '',
    });
    expect(creator).toEqual({
      id: 'mem-new',
      planId: 'plan-new',
      userId: 'u-dcs',
      displayName: 'Amara Okafor',
      email: 'amara@example.gov.uk',
      jobTitle: "Director of Children's Services",
      role: 'plan-admin',
      agency: null,
    });
  });

  it('reads the form: typed dates, the inspection type, and a title made when left empty', () => {
    const details = newPlanDetails({
      ...FORM,
      inspectionType: 'ilacs',
      letterDate: '26/09/2022',
      deadline: '5/1/2023',
    });
    expect(details).toEqual({
      ok: true,
      value: {
        title: 'Cheshire East ILACS 2022: children and families who need help',
        area: 'Cheshire East',
        inspectionType: 'ilacs',
        theme: 'children and families who need help',
        letterDate: '2022-09-26',
        printedDeadline: '2023-01-05',
      },
    });
  });

  it('keeps a title the person typed, and lets the dates be left empty', () => {
    const details = newPlanDetails({ ...FORM, title: ' Area SEND plan ', inspectionType: 'area-send' });
    expect(details.ok && details.value).toMatchObject({
      title: 'Area SEND plan',
      letterDate: null,
      printedDeadline: null,
    });
  });

  it('says what to fix, by field', () => {
    expect(newPlanProblems(EMPTY_NEW_PLAN_FORM)).toEqual({
      area: 'Enter the local area inspected, for example Cheshire East.',
    });
    expect(newPlanProblems({ ...FORM, letterDate: '31/02/2022', deadline: 'soon' })).toEqual({
      letterDate: 'Enter the date as day/month/year, for example 26/09/2022.',
      deadline: 'Enter the date as day/month/year, for example 26/09/2022.',
    });
    expect(newPlanProblems({ ...FORM, letterDate: '26/09/2022', deadline: '26/09/2022' })).toEqual({
      deadline: 'The submission deadline must be after the letter date.',
    });
    expect(newPlanProblems({ ...FORM, title: 'x'.repeat(256) })).toEqual({
      title: 'Keep this under 255 characters.',
    });
    expect(newPlanDetails({ ...FORM, area: ' ' }).ok).toBe(false);
  });
});
