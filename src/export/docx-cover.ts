import type { Paragraph, Table } from 'docx';
import { PORTRAIT_TEXT_WIDTH } from './docx-page';
import { DRAFT_BANNER } from './draft-banner';
import { dataTable } from './docx-table';
import { bulletParagraph, heading, labelledParagraph, textParagraph } from './docx-text';
import type { SubmissionCover, SubmissionModel } from './submission-model.types';

type Block = Paragraph | Table;

const DEADLINE_SOURCE = {
  printed: 'as printed in the findings letter',
  computed: 'computed as 70 working days from the letter; the letter gives no date',
} as const;

export function coverBlocks(model: SubmissionModel): Block[] {
  const { cover } = model;
  return [
    heading(1, cover.title),
    labelledParagraph('Status', model.final ? 'Approved: every sign-off is complete' : DRAFT_BANNER),
    heading(2, 'The inspection'),
    ...inspectionFacts(cover),
    labelledParagraph('Generated', model.generatedAtText),
    heading(2, 'Partnership members'),
    ...memberBlocks(cover),
  ];
}

function inspectionFacts(cover: SubmissionCover): Paragraph[] {
  const facts: [string, string | null][] = [
    ['Area', cover.area],
    ['Inspection', cover.inspectionType],
    ['Theme', cover.theme],
    ['Date of the findings letter', cover.letterDate],
    ['Fieldwork', cover.fieldwork],
    ['Submitted by (principal authority)', cover.principalAuthority || null],
    ['Deadline for submission', cover.deadline && `${cover.deadline.text} (${DEADLINE_SOURCE[cover.deadline.source]})`],
    ['Stage', cover.stage],
  ];
  return facts.map(([label, value]) => labelledParagraph(label, value ?? 'Not recorded'));
}

function memberBlocks(cover: SubmissionCover): Paragraph[] {
  if (cover.members.length === 0) return [textParagraph('No members have been added to the plan yet.')];
  return cover.members.flatMap((group) => [
    heading(3, group.roleLabel),
    ...group.people.map((p) =>
      bulletParagraph([p.name, p.jobTitle, p.agency].filter((part) => part && part.trim() !== '').join(', ')),
    ),
  ]);
}

export function governanceBlocks(model: SubmissionModel): Block[] {
  const intro = model.final
    ? 'Every sign-off in the governance chain is complete. This is the approved written statement of action.'
    : `${DRAFT_BANNER}. The sign-offs recorded so far are listed below; the statement is approved only when the chain is complete.`;
  const blocks: Block[] = [heading(1, 'Governance record'), textParagraph(intro)];
  if (model.governance.length === 0) return [...blocks, textParagraph('No sign-offs have been recorded yet.')];
  const share = PORTRAIT_TEXT_WIDTH / 100;
  const rows = model.governance.map((g) => [
    g.name,
    g.agency ? `${g.roleLabel}, ${g.agency}` : g.roleLabel,
    g.stageLabel,
    { lines: g.comment.trim() === '' ? [g.decisionLabel] : [g.decisionLabel, `Comment: ${g.comment}`] },
    g.date,
  ]);
  const widths = [22, 24, 20, 18, 16].map((pct) => Math.floor(pct * share));
  return [...blocks, dataTable(['Name', 'Role', 'Stage', 'Decision', 'Date'], rows, widths)];
}
