import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseFindingsLetter } from '../../src/domain/letter/parse-letter';
import { extractLetterText, type LetterFile } from '../../src/letter-text/extract-letter-text';
import { MAX_LETTER_BYTES } from '../../src/letter-text/letter-text-error';
import { nodePdfjs } from '../../src/letter-text/node-pdfjs';
import { toArrayBuffer } from './helpers/node-buffer';
import { layoutLines, minimalPdf, type PdfText } from './helpers/minimal-pdf';

const file = (name: string, bytes: Uint8Array): LetterFile => ({ name, data: toArrayBuffer(bytes) });
const extract = (f: LetterFile, onProgress?: (i: number, n: number) => void) =>
  extractLetterText(f, { loadPdfjs: nodePdfjs, onProgress });

/** Kingsford: a fictional two-page 2022+ letter, with a footnote marker set as a superscript. */
function kingsfordPdf(): Uint8Array {
  const body = layoutLines([
    '3 March 2025',
    '',
    'Dear Kingsford Safeguarding Partnership',
    'Joint targeted area inspection of Kingsford',
    'This letter summarises the findings of the joint targeted area inspection (JTAI) of the',
    'multi-agency response to domestic abuse in Kingsford.',
    '',
    'What needs to improve?',
    '• The timeliness of police notifications to schools.',
    '• The quality of multi-',
    'agency plans, and the sharing of minutes by',
  ]);
  const page1: PdfText[] = [
    ...body.map((t) => (t.text.endsWith('in Kingsford.') ? { ...t, superscript: '1' } : t)),
    { text: '1', x: 66, y: 63, size: 6 },
    { text: 'A footnote that should not reach the letter text.', x: 72, y: 60, size: 8 },
    { text: '1', x: 520, y: 40, size: 9 },
  ];
  const page2 = layoutLines([
    'children’s social care.',
    '',
    'Strengths',
    '• Schools value the advice line.',
    '',
    'Next steps',
    'Kingsford Council should send the written statement of action to',
    'ProtectionOfChildren@ofsted.gov.uk by 13 June 2025.',
  ]);
  return minimalPdf([{ texts: page1 }, { texts: [...page2, { text: '2', x: 520, y: 40, size: 9 }] }]);
}

describe('extractLetterText: PDF', () => {
  it('extracts a text-layer PDF page by page, reporting progress, in a form the parser reads', async () => {
    const progress: Array<[number, number]> = [];
    const result = await extract(file('letter.pdf', kingsfordPdf()), (i, n) => progress.push([i, n]));
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
    ]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.kind).toBe('pdf');
    expect(result.value.text).toContain('\f');
    const letter = parseFindingsLetter(result.value.text);
    expect(letter.items.map((i) => [i.type, i.text])).toEqual([
      ['improvement', 'The timeliness of police notifications to schools.'],
      ['improvement', 'The quality of multi-agency plans, and the sharing of minutes by children’s social care.'],
      ['strength', 'Schools value the advice line.'],
    ]);
    expect(letter.metadata).toMatchObject({
      area: 'Kingsford',
      letterDate: '2025-03-03',
      printedDeadline: '2025-06-13',
      principalAuthority: 'Kingsford Council',
    });
    expect(letter.text).not.toContain('footnote');
    expect(letter.text).toContain('domestic abuse in Kingsford.\n');
  });

  it('refuses a PDF with no text layer, and says the text can be pasted instead', async () => {
    const scanned = minimalPdf([{ texts: [], graphics: '0.5 g 72 72 451 698 re f' }]);
    const result = await extract(file('scan.pdf', scanned));
    expect(result).toMatchObject({ ok: false, error: { code: 'LETTER.SCANNED_PDF' } });
    if (!result.ok) expect(result.error.message).toMatch(/paste/i);
  });

  it('refuses a password-protected PDF', async () => {
    const locked = minimalPdf(
      [{ texts: layoutLines(['Secret letter text that is long enough to count as a page.']) }],
      { encrypted: true },
    );
    expect(await extract(file('locked.pdf', locked))).toMatchObject({ ok: false, error: { code: 'LETTER.ENCRYPTED' } });
  });

  it('reports a damaged PDF as corrupt', async () => {
    const broken = Uint8Array.from('%PDF-1.7\nthis is not really a pdf at all\n', (c) => c.charCodeAt(0));
    expect(await extract(file('broken.pdf', broken))).toMatchObject({ ok: false, error: { code: 'LETTER.CORRUPT' } });
  });
});

async function docxLetter(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('10 October 2024'),
          new Paragraph('Dear Westfold Safeguarding Children Partnership'),
          new Paragraph({ text: 'What needs to improve?', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'The quality of return home interviews.', bullet: { level: 0 } }),
          new Paragraph({ text: 'The involvement of GPs in strategy discussions.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Next steps', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('The local authority should send the written statement of action by 23 January 2025.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('extractLetterText: Word', () => {
  it('extracts a .docx and the parser reads its unbulleted paragraphs as items', async () => {
    const result = await extract(file('letter.docx', await docxLetter()));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.kind).toBe('docx');
    const letter = parseFindingsLetter(result.value.text);
    expect(letter.items.map((i) => [i.type, i.text, i.agencies])).toEqual([
      ['improvement', 'The quality of return home interviews.', []],
      ['improvement', 'The involvement of GPs in strategy discussions.', ['health']],
    ]);
    expect(letter.metadata).toMatchObject({
      letterDate: '2024-10-10',
      printedDeadline: '2025-01-23',
      principalAuthority: 'The local authority',
    });
  });

  it('reports a damaged .docx as corrupt', async () => {
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 64 }, (_, i) => i)]);
    expect(await extract(file('broken.docx', broken))).toMatchObject({ ok: false, error: { code: 'LETTER.CORRUPT' } });
  });
});

describe('extractLetterText: other files', () => {
  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const result = await extractLetterText(
      { name: 'huge.pdf', data: new ArrayBuffer(MAX_LETTER_BYTES + 1) },
      { loadPdfjs: () => Promise.reject(new Error('must not load')) },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'LETTER.TOO_LARGE' } });
    if (!result.ok) expect(result.error.message).toContain('20 MB');
  });

  it('reads plain text as UTF-8, or as Windows-1252 when it is not valid UTF-8', async () => {
    const utf8 = await extract(file('letter.txt', new TextEncoder().encode('Children’s services')));
    const cp1252 = await extract(file('letter.txt', Uint8Array.from([0x43, 0x92, 0x73])));
    expect(utf8).toEqual({ ok: true, value: { kind: 'text', text: 'Children’s services' } });
    expect(cp1252).toEqual({ ok: true, value: { kind: 'text', text: 'C’s' } });
  });

  it.each([
    ['image.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]],
    ['old.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]],
    ['sheet.xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
  ])('refuses %s as an unsupported type', async (name, bytes) => {
    expect(await extract(file(name, Uint8Array.from(bytes)))).toMatchObject({
      ok: false,
      error: { code: 'LETTER.UNSUPPORTED_TYPE' },
    });
  });

  it('refuses an empty file', async () => {
    expect(await extract(file('empty.txt', new Uint8Array(0)))).toMatchObject({
      ok: false,
      error: { code: 'LETTER.EMPTY' },
    });
  });
});
