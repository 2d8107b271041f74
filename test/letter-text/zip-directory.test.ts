import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxExpansion } from '../../src/letter-text/docx-expansion';
import { entryData, readZipDirectory } from '../../src/letter-text/zip-directory';

async function wordFile(): Promise<Uint8Array> {
  const paragraphs = Array.from({ length: 50 }, (_, i) => new Paragraph(`Area for improvement ${i + 1}.`));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

describe('reading a Word file’s zip directory', () => {
  it('lists every entry with the sizes a zip reader finds when it unzips them', async () => {
    const bytes = await wordFile();
    const entries = readZipDirectory(bytes)!;
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    expect(entries.map((e) => e.name).sort()).toEqual(names.sort());
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    for (const entry of entries) {
      const unzipped = await zip.file(entry.name)!.async('uint8array');
      expect(entry.uncompressedSize, entry.name).toBe(unzipped.byteLength);
      expect(entryData(bytes, entry)?.byteLength, entry.name).toBe(entry.compressedSize);
    }
  });

  it('measures a real Word file as what it unzips to, well inside the limit', async () => {
    const bytes = await wordFile();
    const total = readZipDirectory(bytes)!.reduce((sum, e) => sum + e.uncompressedSize, 0);
    expect(docxExpansion(bytes, 30 * 1024 * 1024)).toEqual({
      declaredBytes: total,
      inflatedBytes: total,
      overLimit: false,
    });
  });

  it('finds the directory when bytes come before the zip, as zip readers do', async () => {
    const bytes = await wordFile();
    const prefixed = new Uint8Array(bytes.byteLength + 100);
    prefixed.set(bytes, 100);
    const entries = readZipDirectory(prefixed)!;
    expect(entries.map((e) => e.name)).toEqual(readZipDirectory(bytes)!.map((e) => e.name));
    expect(entries.every((e) => entryData(prefixed, e) !== null)).toBe(true);
  });

  it('has no directory to read in a file that is not a zip, or is cut short', async () => {
    const bytes = await wordFile();
    expect(readZipDirectory(new TextEncoder().encode('Dear partnership, this is plain text.'))).toBeNull();
    expect(readZipDirectory(bytes.subarray(0, bytes.byteLength - 30))).toBeNull();
    expect(docxExpansion(bytes.subarray(0, 200), 1000)).toBeNull();
  });
});
