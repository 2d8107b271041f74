import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedLetter } from '../../src/domain/letter/parse-letter';
import { manyPagesPdf, pdfStreamBomb, zipBombDocx } from '../support/hostile-letters';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/parse-letter.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parse-letter CLI', () => {
  it('prints the parsed letter as JSON', () => {
    const { status, stdout } = runCli('test/fixtures/letters/northmoor-2018.txt');
    expect(status).toBe(0);
    const letter = JSON.parse(stdout) as ParsedLetter;
    expect(letter.metadata.printedDeadline).toBe('2018-12-03');
    expect(letter.items).toHaveLength(12);
  });

  it('exits 1 with a message on stderr for a missing file', () => {
    const { status, stdout, stderr } = runCli('test/fixtures/letters/no-such-letter.pdf');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no such file/);
  });

  it('exits 1 with the error code for a file it cannot read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-letter-'));
    const image = path.join(dir, 'letter.png');
    writeFileSync(image, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    const { status, stderr } = runCli(image);
    expect(status).toBe(1);
    expect(stderr).toMatch(/LETTER\.UNSUPPORTED_TYPE/);
  });

  it('exits 1 with usage when no file is given', () => {
    const { status, stderr } = runCli();
    expect(status).toBe(1);
    expect(stderr).toMatch(/usage/);
  });
});

describe('parse-letter CLI with hostile files', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parse-letter-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const WAY_ROUND = 'Check it is the right file, or paste the letter’s text instead.';

  it.each([
    [
      'a zip bomb .docx',
      'bomb.docx',
      () => zipBombDocx(300),
      `LETTER.EXPANDS_TOO_MUCH: This Word file expands to more than 30 MB when opened, far more than any findings letter. ${WAY_ROUND}`,
    ],
    [
      'a .docx whose zip directory lies about its size',
      'liar.docx',
      () => zipBombDocx(300, { declaredBytes: 12_000 }),
      `LETTER.EXPANDS_TOO_MUCH: This Word file expands to more than 30 MB when opened`,
    ],
    [
      'a PDF whose content stream inflates to 300 MB',
      'bomb.pdf',
      () => pdfStreamBomb(300),
      `LETTER.EXPANDS_TOO_MUCH: This PDF expands to more than 30 MB when opened, far more than any findings letter. ${WAY_ROUND}`,
    ],
    [
      'a PDF of 20,000 pages',
      'pages.pdf',
      () => manyPagesPdf(20_000),
      `LETTER.TOO_MANY_PAGES: This PDF has 20,000 pages; a findings letter has far fewer, and at most 200 can be read. ${WAY_ROUND}`,
    ],
  ])('refuses %s with its own message and exit code 1', (_what, name, build, message) => {
    const file = path.join(dir, name);
    writeFileSync(file, build());
    const { status, stdout, stderr } = runCli(file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`parse-letter: ${message}`);
    expect(stderr).not.toMatch(/corrupt|damaged/i);
  });
});
