import type { IsoDate } from '../domain/dates';
import type { SubmissionModel } from './submission-model.types';

const MAX_STEM = 120;

/**
 * `Haringey JTAI written statement of action 2018-05-11.docx`: dated by the submission deadline
 * (the date the partnership works to), or by today when the letter date is not known yet. Only
 * letters, digits, spaces and a little punctuation survive, so the name is valid on Windows, in
 * SharePoint and as an email attachment.
 */
export function submissionFileName(model: SubmissionModel, today: IsoDate, extension: 'docx' | 'xlsx'): string {
  const date = model.cover.deadline?.date ?? today;
  const stem = safeStem(`${model.cover.area} ${model.cover.inspectionAbbreviation} written statement of action`);
  return `${stem} ${date}.${extension}`;
}

function safeStem(text: string): string {
  const stem = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} .,'()&_-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    .replace(/[ .]+$/, '');
  return stem === '' ? 'Written statement of action' : stem;
}
