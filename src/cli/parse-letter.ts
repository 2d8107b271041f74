/**
 * Prints the parsed findings letter as JSON:
 *   node --import tsx src/cli/parse-letter.ts <letter.txt|letter.pdf|letter.docx>
 * It runs the same extraction, limits and parser as the app, so a letter can be checked without
 * the UI. The file is read in a worker thread that is stopped when the time limit passes.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseFindingsLetter } from '../domain/letter/parse-letter';
import { LETTER_LIMITS } from '../letter-text/letter-limits';
import { fileTooLarge } from '../letter-text/limit-errors';
import { extractLetterTextInThread } from '../letter-text/node-extraction';

function fail(message: string): never {
  process.stderr.write(`parse-letter: ${message}\n`);
  process.exit(1);
}

async function readLetterFile(path: string): Promise<ArrayBuffer> {
  const info = await stat(path).catch(() => fail(`cannot read ${path}: no such file`));
  if (!info.isFile()) fail(`${path} is not a file`);
  // Checked before reading, so a huge file is never loaded.
  if (info.size > LETTER_LIMITS.fileBytes) {
    const { code, message } = fileTooLarge(info.size);
    fail(`${code}: ${message}`);
  }
  const buffer = await readFile(path);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

async function main(args: readonly string[]): Promise<void> {
  const path = args[0];
  if (args.length !== 1 || !path) fail('usage: parse-letter <letter.txt|letter.pdf|letter.docx>');
  const data = await readLetterFile(path);
  const extract = extractLetterTextInThread();
  const extracted = await extract({ name: basename(path), data }, () => undefined).catch((error: unknown) =>
    fail(`the letter could not be read: ${error instanceof Error ? error.message : String(error)}`),
  );
  if (!extracted.ok) fail(`${extracted.error.code}: ${extracted.error.message}`);
  process.stdout.write(`${JSON.stringify(parseFindingsLetter(extracted.value.text), null, 2)}\n`);
}

await main(process.argv.slice(2));
