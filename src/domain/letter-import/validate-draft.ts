import type { FindingId } from '../ids';
import { MULTI_LINE_LIMIT, SINGLE_LINE_LIMIT } from '../text-limits';
import type { DraftItem, DraftMetadata, ImportDraft, MetadataField } from './import-draft';
import { readTypedDate, type TypedDate } from './read-typed-date';

/** What stops a draft becoming a plan, said where the person can fix it. */
export interface DraftProblems {
  readonly fields: Partial<Record<MetadataField, string>>;
  readonly items: Readonly<Partial<Record<FindingId, string>>>;
  readonly general: readonly string[];
}

export const hasProblems = (p: DraftProblems): boolean =>
  Object.keys(p.fields).length > 0 || Object.keys(p.items).length > 0 || p.general.length > 0;

const AS_TYPED = 'Enter the date as day/month/year, for example 26/09/2022.';

function dateProblem(typed: TypedDate, required: string | null): string | undefined {
  if (typed.kind === 'invalid') return AS_TYPED;
  if (typed.kind === 'empty' && required) return required;
  return undefined;
}

function textProblem(text: string, required: string | null): string | undefined {
  if (text.trim() === '') return required ?? undefined;
  if (text.trim().length > SINGLE_LINE_LIMIT) return `Keep this under ${SINGLE_LINE_LIMIT} characters.`;
  return undefined;
}

function fieldworkProblems(m: DraftMetadata): Partial<Record<MetadataField, string>> {
  const start = readTypedDate(m.fieldworkStart);
  const end = readTypedDate(m.fieldworkEnd);
  const problems: Partial<Record<MetadataField, string>> = {};
  problems.fieldworkStart = dateProblem(
    start,
    end.kind === 'empty' ? null : 'Enter the first day of the fieldwork too.',
  );
  problems.fieldworkEnd = dateProblem(end, start.kind === 'empty' ? null : 'Enter the last day of the fieldwork too.');
  if (start.kind === 'date' && end.kind === 'date' && end.date < start.date) {
    problems.fieldworkEnd = 'The fieldwork cannot end before it starts.';
  }
  return problems;
}

function dateProblems(m: DraftMetadata): Partial<Record<MetadataField, string>> {
  const letterDate = readTypedDate(m.letterDate);
  const deadline = readTypedDate(m.printedDeadline);
  const problems: Partial<Record<MetadataField, string>> = {
    letterDate: dateProblem(letterDate, 'Enter the date of the letter, for example 26/09/2022.'),
    printedDeadline: dateProblem(deadline, null),
    ...fieldworkProblems(m),
  };
  if (letterDate.kind === 'date' && deadline.kind === 'date' && deadline.date <= letterDate.date) {
    problems.printedDeadline = 'The submission date must be after the letter date.';
  }
  return problems;
}

function metadataProblems(m: DraftMetadata): Partial<Record<MetadataField, string>> {
  const problems: Partial<Record<MetadataField, string>> = {
    area: textProblem(m.area, 'Enter the local area inspected, for example Cheshire East.'),
    theme: textProblem(m.theme, null),
    principalAuthority: textProblem(
      m.principalAuthority,
      'Enter who submits the written statement of action, as "Next steps" names them.',
    ),
    ...dateProblems(m),
  };
  return Object.fromEntries(Object.entries(problems).filter(([, message]) => message !== undefined));
}

function itemProblem(item: DraftItem): string | undefined {
  if (item.text.trim() === '') return 'Enter the finding’s text, or delete this item.';
  const length = item.text.length + item.subItems.join('\n').length;
  if (length > MULTI_LINE_LIMIT) return `This finding is longer than ${MULTI_LINE_LIMIT} characters: split it.`;
  return undefined;
}

export function validateDraft(draft: ImportDraft): DraftProblems {
  const items: Partial<Record<FindingId, string>> = {};
  for (const item of draft.items) {
    const problem = itemProblem(item);
    if (problem) items[item.id] = problem;
  }
  const general =
    draft.items.length === 0 ? ['Add at least one finding from the letter before creating the plan.'] : [];
  return { fields: metadataProblems(draft.metadata), items, general };
}
