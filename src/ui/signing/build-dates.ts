import { isoDateTime, type IsoDate } from '../../domain/dates';
import type { BuildDates } from '../../state/signed-versions';

/** The dates a document built now carries. */
export const buildDatesNow = (today: IsoDate): BuildDates => ({ today, generatedAt: isoDateTime(new Date()) });
