import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingId } from '../../src/domain/ids';
import { contentHash } from '../../src/domain/workflow/content-hash';
import { STATEMENT_WORDS } from '../../src/export/statement-model';
import { EVERY_SIGNATURE_COMPLETE } from '../../src/export/docx-statement-closing';
import {
  buildStatement,
  indexOf,
  isPara,
  sectionAfter,
  tablesIn,
  textsIn,
  type BuiltStatement,
} from './support/statement-doc';
import { haringeySnapshot, options, SPECIAL_TEXT } from './support/snapshots';

const DRAFT = 'DRAFT — not yet approved';

const SECTIONS = [
  'Contents',
  'Introduction and foreword',
  'Summary of the findings',
  'Areas for priority action',
  'Areas for improvement',
  'Governance and monitoring arrangements',
  'Signatures',
  'Appendix: named contacts',
];

describe('the written statement (draft)', () => {
  const snapshot = haringeySnapshot();
  let doc: BuiltStatement;

  beforeAll(async () => {
    doc = await buildStatement(snapshot, options());
  });

  it('reads in the order councils write it: cover, contents, foreword, summary, areas, governance, signatures, contacts', () => {
    const at = SECTIONS.map((title) => indexOf(doc.blocks, title, 'Heading1'));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(indexOf(doc.blocks, 'Written statement of action', 'Title')).toBeLessThan(at[0]!);
  });

  it('has a cover with the inspection, the partnership, its statutory partners, date, version and status', () => {
    const cover = textsIn(doc.blocks.slice(0, indexOf(doc.blocks, 'Contents', 'Heading1')));
    expect(cover).toEqual(
      expect.arrayContaining([
        'Haringey safeguarding partnership',
        'Written statement of action',
        'Joint targeted area inspection of the multi-agency response to abuse and neglect in Haringey',
        'Statutory safeguarding partners',
        "Children's social care (local authority)",
        'Police',
        'Health (ICB and NHS trusts)',
        'Area: Haringey',
        'Date of the findings letter: 30 January 2018',
        'Due to Ofsted by: 11 May 2018',
        'Statement date: 10 May 2018',
        'Version: Draft of 10 May 2018 at 10:30',
        'Status: Draft for approval',
        `Content reference: ${contentHash(snapshot).slice(0, 12)}`,
      ]),
    );
  });

  it('lists every section and area in the contents, each linked to its heading', () => {
    const contents = sectionAfter(doc.blocks, 'Contents', 'Heading1');
    const headings = doc.blocks
      .filter(isPara)
      .filter(
        (b) =>
          (b.style === 'Heading1' && b.text !== 'Contents') || (b.style === 'Heading2' && /^Area for/.test(b.text)),
      )
      .map((b) => b.text);
    const listed = textsIn(contents);
    expect(listed).toEqual(headings);
    expect(listed[0]).toBe('Introduction and foreword');
    expect(listed).toContain('Area for improvement 5: Voice of the child');
    expect(listed.at(-1)).toBe('Appendix: named contacts');
    const anchors = [...doc.parts.document.matchAll(/<w:hyperlink\b[^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]!);
    expect(anchors).toHaveLength(listed.length);
    for (const anchor of anchors) expect(doc.parts.document).toContain(`w:name="${anchor}"`);
  });

  it('summarises the findings by short title, grouped, with the strengths the letter recognised', () => {
    const summary = textsIn(sectionAfter(doc.blocks, 'Summary of the findings', 'Heading1'));
    expect(summary[0]).toMatch(/letter of 30 January 2018 identified one area for priority action and 31 areas/);
    const priority = summary.indexOf('Areas for priority action');
    const improvement = summary.indexOf('Areas for improvement');
    expect(summary[priority + 1]).toBe(`PA1\t${SPECIAL_TEXT}`);
    expect(summary[improvement + 5]).toBe('AFI5\tVoice of the child');
    expect(summary.slice(summary.indexOf('Strengths'))).toContain('Schools value the advice line.');
  });

  it('sets out each area under its numbered short title, with the letter verbatim and its actions', () => {
    const area = sectionAfter(doc.blocks, `Area for priority action 1: ${SPECIAL_TEXT}`, 'Heading2');
    const texts = textsIn(area);
    expect(texts).toEqual(
      expect.arrayContaining([
        SPECIAL_TEXT,
        'First sub-point',
        'Second − sub-point',
        'From the letter\'s section "Health":',
      ]),
    );
    const [table] = tablesIn(area);
    expect(table?.rows[0]).toEqual([
      'No.',
      'Action',
      'Lead agency and lead officer',
      'Contributing agencies',
      'Milestones and timescale',
      'Success measure and how it is measured',
    ]);
    expect(table?.rows[1]).toEqual([
      'PA1.1',
      'Audit <every> health referral & report',
      'Health (ICB and NHS trusts)\nPriya Shah, Head of Service, MASH and Assessment\nSponsor: Director of Nursing',
      "Police\nChildren's social care (local authority)",
      'Start: 12/02/2018\nTarget: 29/06/2018\nMilestone: Audit tool agreed, by 01/03/2018',
      'Audit of 40 contacts a month shows a recorded joint decision in at least 95%.\nMeasured by: Monthly audit',
    ]);
  });

  it('numbers the actions of an area for improvement within it', () => {
    const area = sectionAfter(
      doc.blocks,
      'Area for improvement 1: Joint partnership decision making in the MASH',
      'Heading2',
    );
    const rows = tablesIn(area)[0]?.rows.slice(1) ?? [];
    expect(rows.map((r) => r[0])).toEqual(['AFI1.1', 'AFI1.2']);
    expect(rows[1]?.[2]).toBe('Police\nSarah Mitchell, Detective Inspector, Safeguarding');
    expect(textsIn(area)).toContain('Joint partnership decision making in the MASH');
  });

  it('says in one line when an area has no action yet, without an empty table', () => {
    const area = sectionAfter(doc.blocks, 'Area for improvement 5: Voice of the child', 'Heading2');
    expect(textsIn(area)).toContain(STATEMENT_WORDS.noActionYet);
    expect(tablesIn(area)).toHaveLength(0);
  });

  it('does not claim approval in a draft', () => {
    expect(doc.text).not.toContain(EVERY_SIGNATURE_COMPLETE);
  });

  it('states intent only: no delivery status, RAG rating or count table anywhere', () => {
    for (const word of [
      'RAG',
      '(Amber)',
      '(Green)',
      '(Red)',
      '(Grey)',
      'On track',
      'At risk',
      'Off track',
      'Not started',
    ])
      expect(doc.text).not.toContain(word);
    const reasons = snapshot.actions.map((a) => a.statusReason).filter((r) => r !== '');
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(doc.text).not.toContain(reason);
    expect(doc.text).not.toContain('Summary of actions');
  });

  it('keeps markup-like text literal and the XML well escaped', () => {
    expect(doc.parts.document).toContain('&lt;script&gt;');
    expect(doc.parts.document).not.toContain('<script>');
  });

  it('marks the first row of every table, and only that row, to repeat as a header', () => {
    const tables = tablesIn(doc.blocks);
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.headerRows).toEqual(t.rows.map((_, i) => i === 0));
  });

  it('lays the areas out on landscape pages between portrait ones', () => {
    const sections = doc.blocks.filter((b) => b.kind === 'section');
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    const area = indexOf(doc.blocks, 'Areas for improvement', 'Heading1');
    expect(doc.blocks.slice(area).find((b) => b.kind === 'section')).toMatchObject({ orientation: 'landscape' });
  });

  it('declares British English and names the document and its author', () => {
    expect(doc.parts.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    expect(doc.parts.core).toContain('<dc:title>Haringey written statement of action</dc:title>');
    expect(doc.parts.core).toContain('<dc:creator>Haringey safeguarding partnership</dc:creator>');
  });

  it('says DRAFT at the head of every page until approved', () => {
    expect(doc.blocks.filter((b) => b.kind === 'section').every((s) => s.hasHeader)).toBe(true);
    expect(doc.parts.headers.length).toBe(3);
    for (const header of doc.parts.headers) expect(header).toContain(DRAFT);
  });
});

describe('the written statement (approved)', () => {
  it('drops the DRAFT banner, says Approved and is dated by its last signature', async () => {
    const doc = await buildStatement(haringeySnapshot(), options({ final: true }));
    expect(doc.parts.headers.length).toBeGreaterThan(0);
    expect(doc.text).not.toContain('DRAFT');
    expect(doc.text).toContain('Status: Approved');
    expect(doc.text).toContain('Version: Final');
    expect(doc.text).toContain('Statement date: 9 May 2018');
    expect(textsIn(sectionAfter(doc.blocks, 'Signatures', 'Heading1'))[0]).toBe(
      `${EVERY_SIGNATURE_COMPLETE}: this is the approved written statement of action.`,
    );
  });
});

describe('the written statement (an action whose finding is gone)', () => {
  it('lists it under "Other actions" rather than leaving it out', async () => {
    const snapshot = haringeySnapshot();
    const stray = { ...snapshot.actions[0]!, title: 'A stray action', findingId: 'fnd-gone' as FindingId };
    const doc = await buildStatement({ ...snapshot, actions: [...snapshot.actions, stray] }, options());
    const other = sectionAfter(doc.blocks, 'Other actions', 'Heading1');
    expect(tablesIn(other)[0]?.rows[1]?.slice(0, 2)).toEqual(['OA.1', 'A stray action']);
  });
});
