import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFindingsLetter, type ParsedLetter } from '../../../src/domain/letter/parse-letter';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/letters');

export const readFixture = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');
export const parseFixture = (name: string): ParsedLetter => parseFindingsLetter(readFixture(name));

/** Items without spans, for exact comparison with a written-out table. */
export const itemsOf = (letter: ParsedLetter) => letter.items.map(({ span: _span, ...rest }) => rest);
export const codesOf = (letter: ParsedLetter) => letter.warnings.map((w) => w.code);
