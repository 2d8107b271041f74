/**
 * Prints the parsed findings letter as JSON:
 *   node --import tsx src/cli/parse-letter.ts <letter.txt|letter.pdf|letter.docx>
 * It runs the same extraction and parser as the app, so a letter can be checked without the UI.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseFindingsLetter } from '../domain/letter/parse-letter';
import { extractLetterText } from '../letter-text/extract-letter-text';
import { MAX_LETTER_BYTES, MAX_LETTER_LABEL } from '../letter-text/letter-text-error';
import { nodePdfjs } from '../letter-text/node-pdfjs';

function fail(message: string): never {
  process.stderr.write(`parse-letter: ${message}\n`);
  process.exit(1);
}

async function readLetterFile(path: string): Promise<ArrayBuffer> {
  const info = await stat(path).catch(() => fail(`cannot read ${path}: no such file`));
  if (!info.isFile()) fail(`${path} is not a file`);
  // Checked before reading, so a huge file is never loaded.
  if (info.size > MAX_LETTER_BYTES)
    fail(`${path} is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_LETTER_LABEL}`);
  const buffer = await readFile(path);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

async function main(args: readonly string[]): Promise<void> {
  const path = args[0];
  if (args.length !== 1 || !path) fail('usage: parse-letter <letter.txt|letter.pdf|letter.docx>');
  const data = await readLetterFile(path);
  const extracted = await extractLetterText({ name: basename(path), data }, { loadPdfjs: nodePdfjs });
  if (!extracted.ok) fail(`${extracted.error.code}: ${extracted.error.message}`);
  process.stdout.write(`${JSON.stringify(parseFindingsLetter(extracted.value.text), null, 2)}\n`);
}

await main(process.argv.slice(2));
