import { compareWithPrinted } from '../calendar/statutory-deadline';
import type { IsoDate } from '../dates';
import type { DraftMetadata } from './import-draft';
import { dateOrNull } from './read-typed-date';

export interface DraftDeadline {
  /** Letter date + 70 working days; null until a valid letter date is typed. */
  readonly computed: IsoDate | null;
  readonly printed: IsoDate | null;
  /** Both dates known and different: the printed one is used, but the person should look. */
  readonly differs: boolean;
  /** Working days from the computed date to the printed one (positive: printed is later). */
  readonly differsByWorkingDays: number | null;
  /** False when the dates fall outside the bank-holiday table, so `computed` may be off. */
  readonly covered: boolean;
}

/** The statutory deadline checked against the printed one, from the details as typed. */
export function draftDeadline(metadata: DraftMetadata): DraftDeadline {
  const letterDate = dateOrNull(metadata.letterDate);
  const printed = dateOrNull(metadata.printedDeadline);
  if (!letterDate) return { computed: null, printed, differs: false, differsByWorkingDays: null, covered: true };
  const check = compareWithPrinted(letterDate, printed);
  return {
    computed: check.computed,
    printed,
    differs: printed !== null && !check.matches,
    differsByWorkingDays: check.differsByWorkingDays,
    covered: check.covered,
  };
}
