import { STATUSES_NEEDING_REASON, type Action } from './action';
import { textFieldErrors } from './action-field-values';
import type { EditableActionField } from './action-fields';
import { formatLongDate, isIsoDate, type IsoDate } from './dates';

export type ActionField = EditableActionField;

export type ActionErrors = Partial<Record<ActionField, string>>;

export interface ValidationContext {
  readonly today: IsoDate;
  /** The findings letter's date: no action of the plan starts or ends a year before it. */
  readonly letterDate: IsoDate | null;
}

/** Field-level problems with an action as a person would be told them; empty when it can be saved. */
export function validateAction(action: Action, context: ValidationContext): ActionErrors {
  const errors: ActionErrors = textFieldErrors(action);
  if (!action.leadAgency) errors.leadAgency = 'Choose the agency that leads this action.';
  Object.assign(errors, validateDates(action, earliestPlausibleDate(context)));
  if (STATUSES_NEEDING_REASON.includes(action.status) && !action.statusReason.trim())
    errors.statusReason = 'Say why this action is at risk or off track.';
  const evidenceError = validateEvidence(action);
  if (evidenceError) errors.evidence = evidenceError;
  if (action.milestones.some((m) => !m.title.trim() || !isIsoDate(m.due)))
    errors.milestones = 'Every milestone needs a description and a valid date.';
  return errors;
}

/** Typing 2008 for 2028 is the usual slip: dates long before the inspection are refused. */
function earliestPlausibleDate({ today, letterDate }: ValidationContext): IsoDate {
  const anchor = letterDate ?? today;
  const yearsBack = letterDate ? 1 : 3;
  return `${Number(anchor.slice(0, 4)) - yearsBack}${anchor.slice(4)}` as IsoDate;
}

function validateDates(action: Action, earliest: IsoDate): ActionErrors {
  const errors: ActionErrors = {};
  if (!action.targetDate) errors.targetDate = 'Set a target date.';
  if (action.startDate && action.targetDate && action.targetDate < action.startDate)
    errors.targetDate = 'The target date is before the start date.';
  const tooEarly = `is before ${formatLongDate(earliest)}, long before the inspection; check the year.`;
  if (action.targetDate && action.targetDate < earliest && !errors.targetDate)
    errors.targetDate = `The target date ${tooEarly}`;
  if (action.startDate && action.startDate < earliest) errors.startDate = `The start date ${tooEarly}`;
  return errors;
}

function validateEvidence(action: Action): string | null {
  for (const link of action.evidence) {
    if (!link.title.trim()) return 'Give every evidence link a title.';
    if (!isWebAddress(link.url)) return `"${link.url}" is not a web address starting with http:// or https://.`;
  }
  return null;
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const hasErrors = (errors: ActionErrors): boolean => Object.keys(errors).length > 0;
