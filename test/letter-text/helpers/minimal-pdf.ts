/**
 * Writes small PDFs by hand for tests: Helvetica text (a standard font, so no font file is
 * needed), optional drawings, and optionally a Standard-security /Encrypt entry whose password
 * check always fails, which is what a password-protected letter looks like to a reader.
 */

export interface PdfText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** A footnote marker set right after the text, smaller and raised, as word processors do. */
  readonly superscript?: string;
}

export interface PdfPage {
  readonly texts: readonly PdfText[];
  /** Raw drawing operators, e.g. a filled box standing in for a scanned image. */
  readonly graphics?: string;
}

/** WinAnsi codes for the typographic characters letters use. */
const WIN_ANSI: Record<string, number> = {
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
};

function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`No WinAnsi code for ${ch}`);
    out +=
      ch === '(' || ch === ')' || ch === '\\' ? `\\${ch}` : code > 0x7e ? `\\${code.toString(8).padStart(3, '0')}` : ch;
  }
  return `(${out})`;
}

/** The superscript continues from where the text ended, so it lands exactly after its word. */
function textObject(t: PdfText): string {
  const marker = t.superscript
    ? ` /F1 ${Math.round(t.size * 0.6)} Tf ${Math.round(t.size * 0.35)} Ts ${pdfString(t.superscript)} Tj 0 Ts`
    : '';
  return `BT /F1 ${t.size} Tf ${t.x} ${t.y} Td ${pdfString(t.text)} Tj${marker} ET`;
}

function contentStream(page: PdfPage): string {
  const texts = page.texts.map(textObject);
  return [page.graphics ?? '', ...texts].join('\n');
}

const ENCRYPT = `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'a1'.repeat(32)}> /U <${'b2'.repeat(32)}> >>`;
const FILE_ID = `<${'0123456789abcdef'.repeat(2)}>`;

function objects(pages: readonly PdfPage[], encrypted: boolean): string[] {
  const pageIds = pages.map((_, i) => 4 + i * 2);
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((page, i) => {
    const stream = contentStream(page);
    objs.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  if (encrypted) objs.push(ENCRYPT);
  return objs;
}

export function minimalPdf(pages: readonly PdfPage[], options: { encrypted?: boolean } = {}): Uint8Array {
  const objs = objects(pages, options.encrypted ?? false);
  let body = '%PDF-1.4\n';
  const offsets = objs.map((obj, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const encrypt = options.encrypted ? ` /Encrypt ${objs.length} 0 R /ID [${FILE_ID} ${FILE_ID}]` : '';
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${entries}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (ch) => ch.charCodeAt(0));
}

/** Lays lines out top-down like a printed letter; an empty string leaves a paragraph gap. */
export function layoutLines(lines: readonly string[], size = 11): PdfText[] {
  const texts: PdfText[] = [];
  let y = 780;
  for (const line of lines) {
    if (line === '') {
      y -= size * 0.9;
      continue;
    }
    texts.push({ text: line, x: 72, y, size });
    y -= size * 1.25;
  }
  return texts;
}
