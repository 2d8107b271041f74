import { buildBlocks } from './build-blocks';
import { classifyLine } from './classify-lines';
import { attachLoneGlyphs } from './lone-glyphs';
import { findSections, type LineSection } from './find-sections';
import { inferAgencies } from './infer-agencies';
import { letterWarnings, saysNoPriorityActions as textSaysNoPriorityActions } from './letter-warnings';
import { cleanLetterLines } from './normalise-text';
import type { LetterSection, ParsedItem, ParsedLetter } from './parsed-letter';
import { readMetadata } from './read-metadata';
import { renderText, type PlacedBlock } from './render-text';
import { findingsSection, splitItems, type DraftItem } from './split-items';

export type { ParsedLetter } from './parsed-letter';

function outputSections(sections: readonly LineSection[], blocks: readonly PlacedBlock[]): LetterSection[] {
  return sections.flatMap((section, index) => {
    const own = blocks.filter((b) => b.section === index);
    const first = own[0];
    const last = own[own.length - 1];
    if (section.headingLine === null || !first || !last) return [];
    return [{ type: section.type, heading: section.heading, start: first.span.start, end: last.span.end }];
  });
}

function withAgencies(draft: DraftItem): ParsedItem {
  const { type, text, subItems, heading, confidence, span } = draft;
  const agencies = inferAgencies([text, ...subItems, heading ?? '']);
  return { type, text, subItems, agencies, heading, confidence, span };
}

interface CollectedItems {
  readonly items: ParsedItem[];
  readonly emptySections: string[];
  readonly saysNone: boolean;
}

function collectItems(sections: readonly LineSection[], blocks: readonly PlacedBlock[]): CollectedItems {
  const collected: CollectedItems = { items: [], emptySections: [], saysNone: false };
  let saysNone = false;
  sections.forEach((section, index) => {
    const type = findingsSection(section);
    if (!type) return;
    const found = splitItems(
      type,
      blocks.filter((b) => b.section === index),
    );
    saysNone ||= found.saysNone;
    if (found.items.length === 0 && !found.saysNone) collected.emptySections.push(section.heading);
    collected.items.push(...found.items.map(withAgencies));
  });
  return { ...collected, saysNone };
}

/**
 * Reads a JTAI findings letter from its extracted text (PDF, DOCX or pasted): metadata, every
 * priority action, area for improvement and strength, and the sections, with spans into the
 * normalised text so the UI can show where each came from.
 */
export function parseFindingsLetter(raw: string): ParsedLetter {
  const lines = attachLoneGlyphs(cleanLetterLines(raw)).map(classifyLine);
  const lineSections = findSections(lines);
  const { text, blocks } = renderText(buildBlocks(lines, lineSections));
  const metadata = readMetadata({ text, blocks, sections: lineSections });
  const { items, emptySections, saysNone } = collectItems(lineSections, blocks);
  const findingsSections = lineSections.filter((s) => findingsSection(s) !== null).length;
  const saysNoPriorityActions = saysNone || textSaysNoPriorityActions(text);
  const warnings = letterWarnings({ metadata, items, findingsSections, emptySections, saysNoPriorityActions });
  return { metadata, items, sections: outputSections(lineSections, blocks), warnings, text };
}
