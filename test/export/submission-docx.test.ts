import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingId } from '../../src/domain/ids';
import { buildSubmissionDocx } from '../../src/export/submission-docx';
import { buildSubmissionModel } from '../../src/export/submission-model';
import type { SubmissionModel } from '../../src/export/submission-model.types';
import { bodyBlocks, readDocx, type Block, type DocxParts } from './support/read-docx';
import { haringeySnapshot, options, SPECIAL_TEXT } from './support/snapshots';

const DRAFT = 'DRAFT — not yet approved';

type Table = Extract<Block, { kind: 'table' }>;
const headings = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'p' && /^Heading[12]$/.test(b.style ?? '') ? [`${b.style}: ${b.text}`] : []));
const nextTable = (blocks: Block[], from: number) => blocks.slice(from).find((b): b is Table => b.kind === 'table');

describe('buildSubmissionDocx (draft)', () => {
  let model: SubmissionModel;
  let parts: DocxParts;
  let blocks: Block[];

  beforeAll(async () => {
    model = buildSubmissionModel(haringeySnapshot(), options());
    parts = await readDocx(await buildSubmissionDocx(model));
    blocks = bodyBlocks(parts.document);
  });

  it('uses real headings, in order: cover, governance, summary, then findings as the letter has them', () => {
    const findingHeadings = model.sections.map((s) => `Heading2: ${s.finding.text}`);
    expect(headings(blocks)).toEqual([
      'Heading1: Haringey: written statement of action',
      'Heading2: The inspection',
      'Heading2: Partnership members',
      'Heading1: Governance record',
      'Heading1: Summary of actions',
      'Heading1: Areas for priority action',
      findingHeadings[0],
      'Heading1: Areas for improvement',
      ...findingHeadings.slice(1),
      'Heading1: Strengths',
    ]);
  });

  it('carries each finding verbatim, special characters literal', () => {
    const first = blocks.find((b) => b.kind === 'p' && b.style === 'Heading2' && b.text === SPECIAL_TEXT);
    expect(first).toBeDefined();
    expect(parts.document).toContain('&lt;script&gt;');
    expect(parts.document).not.toContain('<script>');
  });

  it('puts each action row in the table under its own finding', () => {
    for (const section of model.sections) {
      const at = blocks.findIndex((b) => b.kind === 'p' && b.style === 'Heading2' && b.text === section.finding.text);
      const next = blocks.slice(at + 1).findIndex((b) => b.kind === 'p' && b.style?.startsWith('Heading'));
      const table = nextTable(blocks.slice(0, next < 0 ? undefined : at + 1 + next), at);
      const titles = table?.rows.slice(1).map((r) => r[0]) ?? [];
      expect(titles).toEqual(section.actions.map((a) => a.title));
    }
    const police = nextTable(
      blocks,
      blocks.findIndex((b) => b.kind === 'p' && b.text.startsWith('Joint partnership')),
    );
    expect(police?.rows[0]).toEqual(['Action', 'Lead agency and officer', 'Timescale', 'Success measure', 'Status']);
    expect(police?.rows[2]?.[1]).toBe('Police\nSarah Mitchell, Detective Inspector, Safeguarding');
    expect(police?.rows[2]?.[2]).toBe('12/02/2018 – 31/05/2018');
    expect(police?.rows[2]?.[4]).toMatch(/^At risk \(Amber\)\nReason: Recruitment/);
  });

  it('marks the first row of every table, and only that row, to repeat as a header', () => {
    const tables = blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t.headerRows).toEqual(t.rows.map((_, i) => i === 0));
  });

  it('lays the action tables out on landscape pages and the cover on portrait', () => {
    const sections = blocks.filter((b) => b.kind === 'section');
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    const firstActionTable = blocks.findIndex(
      (b) => b.kind === 'p' && b.style === 'Heading2' && b.text === SPECIAL_TEXT,
    );
    const sectionAfter = blocks.slice(firstActionTable).find((b) => b.kind === 'section');
    expect(sectionAfter).toMatchObject({ orientation: 'landscape' });
  });

  it('declares British English and sets the title and creator', () => {
    expect(parts.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    expect(parts.core).toContain('<dc:title>Haringey: written statement of action</dc:title>');
    expect(parts.core).toContain('<dc:creator>Haringey safeguarding partnership</dc:creator>');
  });

  it('says DRAFT in the header of every section until approved', () => {
    expect(blocks.filter((b) => b.kind === 'section').every((s) => s.hasHeader)).toBe(true);
    expect(parts.headers.length).toBe(3);
    for (const header of parts.headers) expect(header).toContain(DRAFT);
  });

  it('records each sign-off with name, role and date', () => {
    const at = blocks.findIndex((b) => b.kind === 'p' && b.text === 'Governance record');
    const table = nextTable(blocks, at);
    expect(table?.rows[0]).toEqual(['Name', 'Role', 'Stage', 'Decision', 'Date']);
    expect(table?.rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['Cllr Grace Adeyemi', 'Lead Member', '8 May 2018'],
      ['Robert Lang', 'Chief Executive', '9 May 2018'],
    ]);
  });
});

describe('buildSubmissionDocx (final)', () => {
  it('drops the DRAFT banner once every sign-off is complete', async () => {
    const bytes = await buildSubmissionDocx(buildSubmissionModel(haringeySnapshot(), options({ final: true })));
    const parts = await readDocx(bytes);
    expect(parts.headers.length).toBeGreaterThan(0);
    for (const header of parts.headers) expect(header).not.toContain('DRAFT');
    expect(parts.document).not.toContain('DRAFT');
  });
});

describe('buildSubmissionDocx (an action whose finding is gone)', () => {
  it('lists it under "Other actions" rather than leaving it out', async () => {
    const snapshot = haringeySnapshot();
    const stray = { ...snapshot.actions[0]!, title: 'A stray action', findingId: 'fnd-gone' as FindingId };
    const model = buildSubmissionModel({ ...snapshot, actions: [...snapshot.actions, stray] }, options());
    const blocks = bodyBlocks((await readDocx(await buildSubmissionDocx(model))).document);
    const at = blocks.findIndex((b) => b.kind === 'p' && b.style === 'Heading1' && b.text === 'Other actions');
    expect(at).toBeGreaterThan(0);
    expect(nextTable(blocks, at)?.rows[1]?.[0]).toBe('A stray action');
  });
});
