import { formatLongDate } from '../dates';
import type { LetterMetadata, LetterWarning, ParsedItem } from './parsed-letter';

export interface WarningFacts {
  readonly metadata: LetterMetadata;
  readonly items: readonly ParsedItem[];
  readonly findingsSections: number;
  readonly emptySections: readonly string[];
  readonly saysNoPriorityActions: boolean;
}

/** The whole sentence, so "there are no areas for priority action that leaders…" does not count. */
const NO_PRIORITY_WORDING =
  /\b(?:there\s+(?:are|were|is)\s+no|no)\s+(?:areas?\s+for\s+)?priority\s+actions?(?:\s+(?:were\s+)?(?:identified|arising|found)(?:\s+(?:from|in|during)\s+this\s+inspection)?|\s+(?:in|from)\s+this\s+inspection)?\s*[.;]/i;

export function saysNoPriorityActions(text: string): boolean {
  return NO_PRIORITY_WORDING.test(text);
}

function deadlineWarnings({ metadata: m }: WarningFacts): LetterWarning[] {
  const warnings: LetterWarning[] = [];
  if (!m.letterDate)
    warnings.push({
      code: 'LETTER.NO_DATE',
      message: 'No letter date found: enter it so the 70-working-day deadline can be checked.',
    });
  if (!m.printedDeadline)
    warnings.push({
      code: 'LETTER.NO_DEADLINE',
      message: 'No submission date found in "Next steps": enter the date the letter gives.',
    });
  if (m.deadlineMismatch && m.printedDeadline && m.computedDeadline) {
    const printed = formatLongDate(m.printedDeadline);
    const computed = formatLongDate(m.computedDeadline);
    warnings.push({
      code: 'LETTER.DEADLINE_MISMATCH',
      message: `The letter gives ${printed}, but 70 working days from the letter date is ${computed}. The printed date is used.`,
    });
  }
  if (!m.principalAuthority)
    warnings.push({
      code: 'LETTER.NO_PRINCIPAL',
      message: 'No principal authority found in "Next steps": choose who submits the statement.',
    });
  return warnings;
}

function itemWarnings(facts: WarningFacts): LetterWarning[] {
  const warnings: LetterWarning[] = [];
  if (facts.findingsSections === 0)
    warnings.push({
      code: 'LETTER.NO_SECTIONS',
      message: 'No findings sections found: check that this is a JTAI findings letter.',
    });
  if (facts.saysNoPriorityActions)
    warnings.push({
      code: 'LETTER.NO_PRIORITY_ACTIONS',
      message: 'The letter says there are no areas for priority action.',
    });
  for (const heading of facts.emptySections) {
    warnings.push({ code: 'LETTER.EMPTY_SECTION', message: `No items found under "${heading}".` });
  }
  const low = facts.items.filter((i) => i.confidence === 'low').length;
  if (low > 0)
    warnings.push({
      code: 'LETTER.LOW_CONFIDENCE',
      message: `${low} item(s) were split by guesswork: check where each one starts and ends.`,
    });
  return warnings;
}

export function letterWarnings(facts: WarningFacts): LetterWarning[] {
  return [...itemWarnings(facts), ...deadlineWarnings(facts)];
}
