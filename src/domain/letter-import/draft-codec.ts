import { isAgencyKey } from '../agency';
import { isIsoDateTime } from '../dates';
import { isFindingType } from '../finding';
import { isFindingId, isMemberId, isPlanId } from '../ids';
import { LETTER_WARNING_CODES, type LetterSection, type LetterWarning, type TextSpan } from '../letter/parsed-letter';
import { isInspectionType } from '../plan';
import {
  DRAFT_SCHEMA_VERSION,
  DRAFT_SOURCE_KINDS,
  type DraftItem,
  type DraftMetadata,
  type DraftSource,
  type ImportDraft,
} from './import-draft';

/** Stored drafts come from an older build, another tab or a hand-edited browser: trust nothing. */
type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const arrayOf = <T>(v: unknown, guard: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(guard);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    isString(v) && (values as readonly string[]).includes(v);

const isSpan = (v: unknown): v is TextSpan => isObject(v) && isCount(v.start) && isCount(v.end) && v.start <= v.end;

const isSection = (v: unknown): v is LetterSection =>
  isSpan(v) && isObject(v) && isString(v.heading) && (isFindingType(v.type) || v.type === 'other');

const isNotice = (v: unknown): v is LetterWarning =>
  isObject(v) && oneOf(LETTER_WARNING_CODES)(v.code) && isString(v.message);

const isSource = (v: unknown): v is DraftSource =>
  isObject(v) && oneOf(DRAFT_SOURCE_KINDS)(v.kind) && (v.name === null || isString(v.name));

const METADATA_TEXT = [
  'area',
  'letterDate',
  'theme',
  'fieldworkStart',
  'fieldworkEnd',
  'principalAuthority',
  'printedDeadline',
] as const;

const isMetadata = (v: unknown): v is DraftMetadata =>
  isObject(v) && METADATA_TEXT.every((key) => isString(v[key])) && isInspectionType(v.inspectionType);

const isItem = (v: unknown): v is DraftItem =>
  isObject(v) &&
  isFindingId(v.id) &&
  isFindingType(v.type) &&
  isString(v.text) &&
  arrayOf(v.subItems, isString) &&
  (v.heading === null || isString(v.heading)) &&
  arrayOf(v.agencies, isAgencyKey) &&
  (v.span === null || isSpan(v.span)) &&
  typeof v.needsCheck === 'boolean';

function isDraft(v: unknown): v is ImportDraft {
  if (!isObject(v) || !isObject(v.ids) || !isObject(v.letter)) return false;
  return (
    isPlanId(v.ids.plan) &&
    isMemberId(v.ids.member) &&
    isSource(v.source) &&
    isString(v.letter.text) &&
    arrayOf(v.letter.sections, isSection) &&
    isMetadata(v.metadata) &&
    arrayOf(v.items, isItem) &&
    new Set(v.items.map((i) => i.id)).size === v.items.length &&
    arrayOf(v.notices, isNotice) &&
    isIsoDateTime(v.startedAt)
  );
}

export function encodeDraft(draft: ImportDraft): string {
  return JSON.stringify({ version: DRAFT_SCHEMA_VERSION, draft });
}

/** The stored draft, or null when there is none or it cannot be trusted (wrong version, damaged). */
export function decodeDraft(stored: string | null): ImportDraft | null {
  if (stored === null) return null;
  try {
    const envelope: unknown = JSON.parse(stored);
    if (!isObject(envelope) || envelope.version !== DRAFT_SCHEMA_VERSION) return null;
    return isDraft(envelope.draft) ? envelope.draft : null;
  } catch {
    return null;
  }
}
