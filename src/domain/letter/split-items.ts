import type { FindingType } from '../finding';
import type { LineSection } from './find-sections';
import { joinLine } from './join-lines';
import type { ItemConfidence, TextSpan } from './parsed-letter';
import type { PlacedBlock } from './render-text';

/** An item before its agencies are inferred. */
export interface DraftItem {
  readonly type: FindingType;
  readonly text: string;
  readonly subItems: readonly string[];
  readonly heading: string | null;
  readonly confidence: ItemConfidence;
  readonly span: TextSpan;
}

export interface SectionItems {
  readonly items: DraftItem[];
  /** The section says it has nothing to list ("There are no areas for priority action"). */
  readonly saysNone: boolean;
}

/** "There are no areas for priority action", but not a finding such as "There is no triage process". */
const NONE_STATEMENT = /^(?:there\s+(?:are|is|were)\s+no|no)\s+(?:areas?\s+for\s+|findings?\b|priority\s+actions?\b)/i;
/** Past this length an "item" has probably swallowed its neighbours. */
const MAX_PLAUSIBLE_ITEM = 3000;

interface Draft {
  type: FindingType;
  text: string;
  subItems: string[];
  heading: string | null;
  confidence: ItemConfidence;
  start: number;
  end: number;
}

function newDraft(type: FindingType, block: PlacedBlock, heading: string | null, confidence: ItemConfidence): Draft {
  return { type, text: block.text, subItems: [], heading, confidence, start: block.span.start, end: block.span.end };
}

function finish(draft: Draft): DraftItem {
  const confidence = draft.text.length > MAX_PLAUSIBLE_ITEM ? 'low' : draft.confidence;
  const { type, text, subItems, heading } = draft;
  return { type, text, subItems, heading, confidence, span: { start: draft.start, end: draft.end } };
}

const subheadingText = (block: PlacedBlock): string => block.text.replace(/\s*:$/, '');

/** A paragraph after a bullet continues it (a second paragraph, or text after its sub-bullets). */
function appendParagraph(draft: Draft, block: PlacedBlock): void {
  const last = draft.subItems.length - 1;
  if (last >= 0) draft.subItems[last] = joinLine(draft.subItems[last] ?? '', block.text);
  else draft.text = joinLine(draft.text, block.text);
  draft.end = block.span.end;
  if (draft.confidence === 'high') draft.confidence = 'medium';
}

function addSubItem(draft: Draft, block: PlacedBlock): void {
  draft.subItems.push(block.text);
  draft.end = block.span.end;
}

/** Bulleted lists: each bullet is an item; prose before the first bullet is an introduction. */
function bulletedItems(type: FindingType, blocks: readonly PlacedBlock[]): SectionItems {
  const drafts: Draft[] = [];
  let heading: string | null = null;
  let saysNone = false;
  let current: Draft | null = null;
  for (const block of blocks) {
    if (block.kind === 'subheading') [heading, current] = [subheadingText(block), null];
    else if (block.kind === 'bullet') drafts.push((current = newDraft(type, block, heading, 'high')));
    else if (block.kind === 'sub-bullet' && current) addSubItem(current, block);
    else if (block.kind === 'sub-bullet') drafts.push((current = newDraft(type, block, heading, 'medium')));
    else if (NONE_STATEMENT.test(block.text)) saysNone = true;
    else if (current) appendParagraph(current, block);
  }
  return { items: drafts.map(finish), saysNone };
}

/** An opening paragraph ending in a colon, followed by paragraphs, introduces them. */
function isIntroduction(blocks: readonly PlacedBlock[], index: number): boolean {
  const block = blocks[index];
  const previous = blocks[index - 1];
  const next = blocks[index + 1];
  const opensGroup = previous === undefined || previous.kind === 'subheading';
  return !!block && opensGroup && block.text.endsWith(':') && next?.kind === 'paragraph';
}

/** Unbulleted lists: each paragraph is an item; guessed paragraph ends make them low confidence. */
function paragraphItems(type: FindingType, blocks: readonly PlacedBlock[]): SectionItems {
  const confidence: ItemConfidence = blocks.some((b) => b.breakBefore === 'soft') ? 'low' : 'medium';
  const drafts: Draft[] = [];
  let heading: string | null = null;
  let saysNone = false;
  blocks.forEach((block, index) => {
    const current = drafts[drafts.length - 1];
    if (block.kind === 'subheading') heading = subheadingText(block);
    else if (block.kind === 'sub-bullet' && current) addSubItem(current, block);
    else if (NONE_STATEMENT.test(block.text)) saysNone = true;
    else if (!isIntroduction(blocks, index)) drafts.push(newDraft(type, block, heading, confidence));
  });
  return { items: drafts.map(finish), saysNone };
}

export function splitItems(type: FindingType, blocks: readonly PlacedBlock[]): SectionItems {
  const content = blocks.filter((b) => b.kind !== 'heading');
  return content.some((b) => b.kind === 'bullet') ? bulletedItems(type, content) : paragraphItems(type, content);
}

export function findingsSection(section: LineSection): FindingType | null {
  return section.role === 'findings' && section.type !== 'other' ? section.type : null;
}
