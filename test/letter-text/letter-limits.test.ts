import { describe, expect, it } from 'vitest';
import { docxExpansion } from '../../src/letter-text/docx-expansion';
import { extractLetterText, type LetterFile } from '../../src/letter-text/extract-letter-text';
import type { LoadPdfjs } from '../../src/letter-text/extract-pdf-text';
import { METER_CHUNK } from '../../src/letter-text/inflate-meter';
import { LETTER_LIMITS } from '../../src/letter-text/letter-limits';
import { nodePdfjs } from '../../src/letter-text/node-pdfjs';
import { pdfExpansion } from '../../src/letter-text/pdf-expansion';
import { manyPagesPdf, pdfStreamBomb, showLines, zipBombDocx } from '../support/hostile-letters';
import { toArrayBuffer } from './helpers/node-buffer';

const LIMIT = LETTER_LIMITS.expandedBytes;
/** Each hostile file would inflate to ten times the limit, were it let. */
const BOMB_MIB = 300;

const file = (name: string, bytes: Uint8Array): LetterFile => ({ name, data: toArrayBuffer(bytes) });
const neverPdfjs: LoadPdfjs = () => Promise.reject(new Error('pdf.js must not be loaded for this file'));
const WAY_ROUND = 'Check it is the right file, or paste the letter’s text instead.';

describe('a Word file that expands too far is refused before any reader opens it', () => {
  it('refuses a zip bomb on the sizes its directory declares, without inflating a byte', async () => {
    const bomb = zipBombDocx(BOMB_MIB);
    const measured = docxExpansion(bomb, LIMIT);
    expect(measured).toMatchObject({ inflatedBytes: 0, overLimit: true });
    expect(measured?.declaredBytes).toBeGreaterThan(BOMB_MIB * 2 ** 20);
    const result = await extractLetterText(file('letter.docx', bomb), { loadPdfjs: neverPdfjs });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'LETTER.EXPANDS_TOO_MUCH',
        message: `This Word file expands to more than 30 MB when opened, far more than any findings letter. ${WAY_ROUND}`,
      },
    });
  });

  it('refuses one whose directory understates the size, stopping the inflating just past the limit', async () => {
    const liar = zipBombDocx(BOMB_MIB, { declaredBytes: 12_000 });
    const measured = docxExpansion(liar, LIMIT);
    expect(measured?.declaredBytes).toBeLessThan(LIMIT);
    expect(measured?.overLimit).toBe(true);
    expect(measured?.inflatedBytes).toBeGreaterThan(LIMIT);
    expect(measured?.inflatedBytes).toBeLessThanOrEqual(LIMIT + METER_CHUNK);
    const result = await extractLetterText(file('letter.docx', liar), { loadPdfjs: neverPdfjs });
    expect(result).toMatchObject({ ok: false, error: { code: 'LETTER.EXPANDS_TOO_MUCH' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/damaged|corrupt/i);
  });
});

describe('a PDF that expands too far is refused before pdf.js opens it', () => {
  it('refuses a page whose content stream inflates to hundreds of MB, inflating no more than the limit', async () => {
    const bomb = pdfStreamBomb(BOMB_MIB);
    const measured = pdfExpansion(bomb, LIMIT);
    expect(measured.overLimit).toBe(true);
    expect(measured.inflatedBytes).toBeLessThanOrEqual(LIMIT + METER_CHUNK);
    const result = await extractLetterText(file('letter.pdf', bomb), { loadPdfjs: neverPdfjs });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'LETTER.EXPANDS_TOO_MUCH',
        message: `This PDF expands to more than 30 MB when opened, far more than any findings letter. ${WAY_ROUND}`,
      },
    });
  });

  it('counts every layer of a stream deflated twice, so a 2 KB file cannot hide 300 MB', async () => {
    const bomb = pdfStreamBomb(BOMB_MIB, { layers: 2 });
    expect(bomb.byteLength).toBeLessThan(2048);
    const measured = pdfExpansion(bomb, LIMIT);
    expect(measured).toMatchObject({ overLimit: true });
    expect(measured.inflatedBytes).toBeLessThanOrEqual(LIMIT + METER_CHUNK);
    const result = await extractLetterText(file('letter.pdf', bomb), { loadPdfjs: neverPdfjs });
    expect(result).toMatchObject({ ok: false, error: { code: 'LETTER.EXPANDS_TOO_MUCH' } });
  });

  it('measures an ordinary PDF at what its streams really inflate to, and reads it', async () => {
    const lines = ['Dear Westfold Safeguarding Partnership,', 'the areas for improvement follow.'];
    const letter = manyPagesPdf(3, { lines, deflated: true });
    expect(pdfExpansion(letter, LIMIT)).toEqual({ inflatedBytes: showLines(lines).length, overLimit: false });
    const result = await extractLetterText(file('letter.pdf', letter), { loadPdfjs: nodePdfjs });
    expect(result).toMatchObject({ ok: true, value: { kind: 'pdf', text: expect.stringContaining(lines[1]!) } });
  });
});

describe('pages and text', () => {
  it('refuses a PDF of 20,000 pages from its page count, before reading any page', async () => {
    const pagesRead: number[] = [];
    const result = await extractLetterText(file('letter.pdf', manyPagesPdf(20_000)), {
      loadPdfjs: nodePdfjs,
      onProgress: (page) => pagesRead.push(page),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'LETTER.TOO_MANY_PAGES',
        message: `This PDF has 20,000 pages; a findings letter has far fewer, and at most 200 can be read. ${WAY_ROUND}`,
      },
    });
    expect(pagesRead).toEqual([]);
  });

  it('reads a PDF of exactly the page limit', async () => {
    const result = await extractLetterText(file('letter.pdf', manyPagesPdf(LETTER_LIMITS.pages)), {
      loadPdfjs: nodePdfjs,
    });
    expect(result.ok).toBe(true);
  });

  it('stops reading a PDF once its text passes the limit, and says so', async () => {
    // About 300,000 characters a page: 600 lines of 500 characters in 1-point type.
    const lines = Array.from({ length: 600 }, () => 'The partnership should review its arrangements. '.repeat(10));
    const pagesRead: number[] = [];
    const result = await extractLetterText(file('letter.pdf', manyPagesPdf(40, { lines, size: 1 })), {
      loadPdfjs: nodePdfjs,
      onProgress: (page) => pagesRead.push(page),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'LETTER.TOO_MUCH_TEXT',
        message: `This file holds more than 2 MB of text, far more than any findings letter. ${WAY_ROUND}`,
      },
    });
    expect(pagesRead.length).toBeLessThan(40);
  });

  it('refuses a text file with more than 2 MB of text', async () => {
    const text = new TextEncoder().encode('An area for improvement.\n'.repeat(100_000));
    const result = await extractLetterText(file('letter.txt', text), { loadPdfjs: neverPdfjs });
    expect(result).toMatchObject({ ok: false, error: { code: 'LETTER.TOO_MUCH_TEXT' } });
  });
});
