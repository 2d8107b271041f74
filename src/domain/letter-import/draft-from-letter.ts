import { formatShortDate, type IsoDate, type IsoDateTime } from '../dates';
import type { FindingId } from '../ids';
import type { LetterMetadata, LetterWarningCode, ParsedItem, ParsedLetter } from '../letter/parsed-letter';
import type { DraftItem, DraftMetadata, DraftSource, ImportDraft, ImportIds } from './import-draft';

/** Warnings about the letter as a whole; the rest are rechecked live against what the person types. */
const LETTER_NOTICES: ReadonlySet<LetterWarningCode> = new Set([
  'LETTER.NO_SECTIONS',
  'LETTER.NO_PRIORITY_ACTIONS',
  'LETTER.EMPTY_SECTION',
]);

const typed = (date: IsoDate | null | undefined): string => (date ? formatShortDate(date) : '');

export function metadataFromLetter(m: LetterMetadata): DraftMetadata {
  return {
    area: m.area ?? '',
    letterDate: typed(m.letterDate),
    inspectionType: 'jtai',
    theme: m.inspection.theme ?? '',
    fieldworkStart: typed(m.fieldwork?.start),
    fieldworkEnd: typed(m.fieldwork?.end),
    principalAuthority: m.principalAuthority ?? '',
    printedDeadline: typed(m.printedDeadline),
  };
}

function draftItem(item: ParsedItem, id: FindingId): DraftItem {
  return {
    id,
    type: item.type,
    text: item.text,
    subItems: item.subItems,
    heading: item.heading,
    agencies: item.agencies,
    span: item.span,
    needsCheck: item.confidence === 'low',
  };
}

export interface NewDraftContext {
  readonly ids: ImportIds;
  /** Makes a fresh finding id for each item. */
  readonly findingId: () => FindingId;
  readonly source: DraftSource;
  readonly now: IsoDateTime;
}

/** The parser's reading of a letter, as a draft the person reviews before anything is saved. */
export function draftFromLetter(letter: ParsedLetter, context: NewDraftContext): ImportDraft {
  return {
    ids: context.ids,
    source: context.source,
    letter: { text: letter.text, sections: letter.sections },
    metadata: metadataFromLetter(letter.metadata),
    items: letter.items.map((item) => draftItem(item, context.findingId())),
    notices: letter.warnings.filter((w) => LETTER_NOTICES.has(w.code)),
    startedAt: context.now,
  };
}
