import { describe, expect, it } from 'vitest';
import { sentenceStarts } from '../../../src/domain/letter-import/sentence-starts';

const starts = (text: string) => sentenceStarts(text).map((at) => text.slice(at, at + 6));

describe('where a finding can be split after a sentence', () => {
  it.each([
    ['One. Two.', ['Two.']],
    ['Leaders act! Police respond? Health too.', ['Police', 'Health']],
    ['The “front door” works. “Children” are seen.', ['“Child']],
    ['Quoted (as here.) Then more.', ['Then m']],
    ['Agencies, e.g. Health and police, share. 2018 data shows.', ['2018 d']],
    ['Dr. Smith leads. Mr. Jones helps.', ['Mr. Jo']],
    ['no capital. after this', []],
    ['One sentence only.', []],
  ])('%s', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
});
