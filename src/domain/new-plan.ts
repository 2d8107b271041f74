import { DEFAULT_AGENCIES } from './agency';
import type { IsoDate } from './dates';
import type { MemberId, PlanId } from './ids';
import type { Member } from './member';
import type { DirectoryUser } from './persona';
import type { InspectionType, Plan } from './plan';

/** What a person says about a plan they start by hand, before any letter is imported. */
export interface NewPlanDetails {
  readonly title: string;
  readonly area: string;
  readonly inspectionType: InspectionType;
  readonly theme: string;
  readonly letterDate: IsoDate | null;
  /** The submission date, when the person already knows it. */
  readonly printedDeadline: IsoDate | null;
}

export interface NewPlanIds {
  readonly plan: PlanId;
  readonly member: MemberId;
}

/** A new plan and its first member: the person who started it, as plan admin. */
export interface NewPlan {
  readonly plan: Plan;
  readonly creator: Member;
}

/** Details for a plan known only by its title (the Teams tab set-up names one and nothing else). */
export const titleOnlyDetails = (title: string): NewPlanDetails => ({
  title,
  area: '',
  inspectionType: 'jtai',
  theme: '',
  letterDate: null,
  printedDeadline: null,
});

/**
 * An empty plan with the default partner agencies, drafting, not archived; its creator becomes
 * plan admin because the DCS's team runs the plan and only plan admins may add its findings.
 */
export function newPlan(details: NewPlanDetails, ids: NewPlanIds, creator: DirectoryUser): NewPlan {
  const plan: Plan = {
    id: ids.plan,
    title: details.title.trim(),
    area: details.area.trim(),
    inspectionType: details.inspectionType,
    theme: details.theme.trim(),
    letterDate: details.letterDate,
    fieldwork: null,
    principalAuthority: '',
    printedDeadline: details.printedDeadline,
    agencies: DEFAULT_AGENCIES,
    stage: 'drafting',
    archived: false,
    foreword: '',
    monitoringArrangements: '',
  };
  return {
    plan,
    creator: {
      id: ids.member,
      planId: plan.id,
      userId: creator.id,
      displayName: creator.displayName,
      email: creator.email,
      jobTitle: creator.jobTitle,
      role: 'plan-admin',
      agency: null,
    },
  };
}
