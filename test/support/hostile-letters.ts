/**
 * Builds hostile "letter" files for tests, in a few hundred KB and a few milliseconds: nothing
 * here ever holds the inflated content. A deflate stream flushed with Z_FULL_FLUSH restarts with
 * no history, so one compressed MiB of a repeated byte can simply be repeated to make a stream
 * that inflates to hundreds of MiB.
 */
import zlib from 'node:zlib';

const MiB = 1024 * 1024;
const FILL = 0x20;

/** An empty final block: the end of a deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** Raw deflate (as in a zip) of `mib` MiB of spaces. */
export function deflateBomb(mib: number): Buffer {
  // One MiB of spaces, ended by a full flush: a block valid at any point of a stream.
  const block = zlib.deflateRawSync(Buffer.alloc(MiB, FILL), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array<Buffer>(mib).fill(block), FINAL_BLOCK]);
}

/** Adler-32 of `length` copies of one byte, in closed form. */
function adler32OfFill(length: number): number {
  const n = BigInt(length);
  const c = BigInt(FILL);
  const a = (1n + n * c) % 65521n;
  const b = (n + (c * n * (n + 1n)) / 2n) % 65521n;
  return Number((b << 16n) | a);
}

/** zlib format (as in a PDF's FlateDecode stream) of `mib` MiB of spaces. */
export function zlibBomb(mib: number): Buffer {
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler32OfFill(mib * MiB));
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflateBomb(mib), trailer]);
}

function crc32OfFill(mib: number): number {
  const chunk = Buffer.alloc(MiB, FILL);
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = zlib.crc32(chunk, crc);
  return crc;
}

interface ZipPart {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

function localHeader(part: ZipPart, name: Buffer): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(part.method, 8);
  h.writeUInt32LE(part.crc, 14);
  h.writeUInt32LE(part.data.length, 18);
  h.writeUInt32LE(part.size, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function directoryHeader(part: ZipPart, name: Buffer, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(part.method, 10);
  h.writeUInt32LE(part.crc, 16);
  h.writeUInt32LE(part.data.length, 20);
  h.writeUInt32LE(part.size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.concat([localHeader(part, name), part.data]);
    directory.push(directoryHeader(part, name, offset));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
);

/**
 * A .docx whose word/document.xml inflates to `mib` MiB. `declaredBytes` is what its zip
 * directory claims that entry holds: the truth unless a lie is asked for.
 */
export function zipBombDocx(mib: number, options: { declaredBytes?: number } = {}): Uint8Array {
  const bomb: ZipPart = {
    name: 'word/document.xml',
    method: 8,
    data: deflateBomb(mib),
    crc: crc32OfFill(mib),
    size: options.declaredBytes ?? mib * MiB,
  };
  const types: ZipPart = {
    name: '[Content_Types].xml',
    method: 0,
    data: CONTENT_TYPES,
    crc: zlib.crc32(CONTENT_TYPES),
    size: CONTENT_TYPES.length,
  };
  return new Uint8Array(zip([types, bomb]));
}

/** A PDF from numbered object bodies (object n is `objects[n - 1]`), with its cross-reference table. */
export function pdfOf(objects: readonly (string | Buffer)[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0]!.length;
  const offsets = objects.map((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    parts.push(obj);
    const offset = length;
    length += obj.length;
    return offset;
  });
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const size = objects.length + 1;
  parts.push(Buffer.from(`xref\n0 ${size}\n0000000000 65535 f \n${entries}`));
  parts.push(Buffer.from(`trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const LINE = 'Dear Westfold Safeguarding Partnership, this page has a line of text.';

export interface PageText {
  /** Lines shown on every page, top down; one short line unless given. */
  readonly lines?: readonly string[];
  /** Point size; a tiny size fits hundreds of lines on a page. */
  readonly size?: number;
  /** Whether the shared content stream is deflated. */
  readonly deflated?: boolean;
}

/** The content stream that shows each page's lines (pdf.js drops text outside the page). */
export function showLines(lines: readonly string[], size = 11): string {
  const shown = lines.map((line) => `(${line}) Tj T*`).join(' ');
  return `BT /F1 ${size} Tf ${size * 1.25} TL 36 800 Td ${shown} ET`;
}

/**
 * A one-page PDF whose content stream inflates to `mib` MiB (of spaces); with two layers it is
 * deflated twice (/Filter [/FlateDecode /FlateDecode]), so the file is a few KB.
 */
export function pdfStreamBomb(mib: number, options: { layers?: 1 | 2 } = {}): Uint8Array {
  const twice = options.layers === 2;
  const stream = twice ? zlib.deflateSync(zlibBomb(mib), { level: 9 }) : zlibBomb(mib);
  const filter = twice ? '[/FlateDecode /FlateDecode]' : '/FlateDecode';
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter ${filter} >>\nstream\n`),
      stream,
      Buffer.from('\nendstream'),
    ]),
  ]);
}

function contentStream(page: PageText): Buffer {
  const content = Buffer.from(showLines(page.lines ?? [LINE], page.size), 'latin1');
  const data = page.deflated ? zlib.deflateSync(content) : content;
  const filter = page.deflated ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([
    Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
}

/** A PDF of `pages` pages sharing one content stream: the page tree costs ~60 bytes a page. */
export function manyPagesPdf(pages: number, text: PageText = {}): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>`,
    FONT,
    contentStream(text),
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>'),
  ]);
}
