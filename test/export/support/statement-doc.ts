import { buildSubmissionDocx } from '../../../src/export/submission-docx';
import { buildSubmissionModel } from '../../../src/export/submission-model';
import type { SubmissionOptions } from '../../../src/export/submission-model.types';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import { bodyBlocks, paragraphText, readDocx, type Block, type DocxParts } from './read-docx';

export type Table = Extract<Block, { kind: 'table' }>;
export type Para = Extract<Block, { kind: 'p' }>;

export interface BuiltStatement {
  readonly parts: DocxParts;
  readonly blocks: Block[];
  /** Every paragraph of the body and of the running heads, in order, one a line. */
  readonly text: string;
}

export async function buildStatement(snapshot: PlanSnapshot, options: SubmissionOptions): Promise<BuiltStatement> {
  const parts = await readDocx(await buildSubmissionDocx(buildSubmissionModel(snapshot, options)));
  const blocks = bodyBlocks(parts.document);
  const paragraphs = (xml: string) => (xml.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).map(paragraphText);
  const text = [parts.document, ...parts.headers].flatMap(paragraphs).join('\n');
  return { parts, blocks, text };
}

export const isPara = (b: Block): b is Para => b.kind === 'p';

/** The index of the first paragraph whose text is `text` (and whose style is `style`, if given). */
export function indexOf(blocks: readonly Block[], text: string, style?: string): number {
  return blocks.findIndex((b) => isPara(b) && b.text === text && (style === undefined || b.style === style));
}

/** The blocks after the heading `text` up to the next heading of the same or a higher level. */
export function sectionAfter(blocks: readonly Block[], text: string, style: 'Heading1' | 'Heading2'): Block[] {
  const at = indexOf(blocks, text, style);
  if (at < 0) throw new Error(`No ${style} "${text}" in the document.`);
  const stops = style === 'Heading1' ? ['Heading1'] : ['Heading1', 'Heading2'];
  const rest = blocks.slice(at + 1);
  const end = rest.findIndex((b) => isPara(b) && stops.includes(b.style ?? ''));
  return end < 0 ? rest : rest.slice(0, end);
}

export const tablesIn = (blocks: readonly Block[]): Table[] => blocks.filter((b): b is Table => b.kind === 'table');

export const textsIn = (blocks: readonly Block[]): string[] => blocks.filter(isPara).map((b) => b.text);
