import { planTitle } from './letter-import/plan-title';
import { readTypedDate, type TypedDate } from './letter-import/read-typed-date';
import type { NewPlanDetails } from './new-plan';
import type { InspectionType } from './plan';
import { err, ok, type Result } from './result';
import { SINGLE_LINE_LIMIT } from './text-limits';

/** The "New plan without a letter" form as typed: dates are day/month/year text. */
export interface NewPlanForm {
  readonly title: string;
  readonly area: string;
  readonly inspectionType: InspectionType;
  readonly theme: string;
  readonly letterDate: string;
  readonly deadline: string;
}

export type NewPlanField = keyof NewPlanForm;
export type NewPlanProblems = Partial<Record<NewPlanField, string>>;

export const EMPTY_NEW_PLAN_FORM: NewPlanForm = {
  title: '',
  area: '',
  inspectionType: 'jtai',
  theme: '',
  letterDate: '',
  deadline: '',
};

const AS_TYPED = 'Enter the date as day/month/year, for example 26/09/2022.';
const TOO_LONG = `Keep this under ${SINGLE_LINE_LIMIT} characters.`;

const dateProblem = (typed: TypedDate): string | undefined => (typed.kind === 'invalid' ? AS_TYPED : undefined);
const tooLong = (text: string): string | undefined => (text.trim().length > SINGLE_LINE_LIMIT ? TOO_LONG : undefined);

/** What stops the form becoming a plan, by field; empty when nothing does. */
export function newPlanProblems(form: NewPlanForm): NewPlanProblems {
  const letterDate = readTypedDate(form.letterDate);
  const deadline = readTypedDate(form.deadline);
  const problems: NewPlanProblems = {
    title: tooLong(form.title),
    area: form.area.trim() === '' ? 'Enter the local area inspected, for example Cheshire East.' : tooLong(form.area),
    theme: tooLong(form.theme),
    letterDate: dateProblem(letterDate),
    deadline: dateProblem(deadline),
  };
  if (letterDate.kind === 'date' && deadline.kind === 'date' && deadline.date <= letterDate.date) {
    problems.deadline = 'The submission deadline must be after the letter date.';
  }
  return Object.fromEntries(Object.entries(problems).filter(([, message]) => message !== undefined));
}

const dateOf = (text: string) => {
  const typed = readTypedDate(text);
  return typed.kind === 'date' ? typed.date : null;
};

/** The plan's details from a valid form; an empty title is made from the area, type, year and theme. */
export function newPlanDetails(form: NewPlanForm): Result<NewPlanDetails, NewPlanProblems> {
  const problems = newPlanProblems(form);
  if (Object.keys(problems).length > 0) return err(problems);
  const letterDate = dateOf(form.letterDate);
  return ok({
    title: form.title.trim() || planTitle(form.area, form.inspectionType, letterDate, form.theme),
    area: form.area,
    inspectionType: form.inspectionType,
    theme: form.theme,
    letterDate,
    printedDeadline: dateOf(form.deadline),
  });
}
