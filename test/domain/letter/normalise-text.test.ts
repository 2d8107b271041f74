import { describe, expect, it } from 'vitest';
import { cleanLetterLines } from '../../../src/domain/letter/normalise-text';
import { joinLines } from '../../../src/domain/letter/join-lines';

const texts = (raw: string) => cleanLetterLines(raw).map((l) => l.text);

describe('cleanLetterLines', () => {
  it('drops bare page numbers and "Page n of m" at page edges', () => {
    const raw = 'First page body.\n1\n\fPage 2 of 3\nSecond page body.\n\fThird page body.\nPage 3 of 3\n\f';
    expect(texts(raw)).toEqual(['First page body.', 'Second page body.', 'Third page body.']);
  });

  it('drops running headers and footers repeated on most pages', () => {
    const page = (n: number, body: string) => `OFFICIAL\n${body}\nJoint targeted area inspection – Westfold ${n}\n`;
    const raw = [page(1, 'One.'), page(2, 'Two.'), page(3, 'Three.'), page(4, 'Four.')].join('\f');
    expect(texts(raw)).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('removes a footnote that interrupts a bullet, and its marker, in both extraction styles', () => {
    const stacked =
      'Body with a marker in Westfold1 here and the bullet\n\n1\n\nThe footnote text.\n2\n\fcontinues on the next page.\n\f';
    const inline =
      'Body with a marker in Westfold1 here and the bullet\n\n1 The footnote text.\n2\n\fcontinues on the next page.\n\f';
    for (const raw of [stacked, inline]) {
      expect(texts(raw)).toEqual(['Body with a marker in Westfold here and the bullet', 'continues on the next page.']);
    }
  });

  it('keeps numbered lines that have no marker above them', () => {
    expect(texts('There were\n12 children in the sample.\nMore text.\n3\n\fNext page.\n\f')).toEqual([
      'There were',
      '12 children in the sample.',
      'More text.',
      'Next page.',
    ]);
  });

  it('leaves text without page breaks alone: there is no page foot to find footnotes at', () => {
    expect(texts('Pasted text with Westfold1 marker.\n1\nNot a footnote here.')).toEqual([
      'Pasted text with Westfold1 marker.',
      '1',
      'Not a footnote here.',
    ]);
  });

  it('normalises line endings, non-breaking spaces, soft hyphens and ligatures', () => {
    expect(texts('A\u00A0line with a so\u00ADft hyphen\r\nand an \uFB01nal ligature')).toEqual([
      'A line with a soft hyphen',
      'and an final ligature',
    ]);
  });

  it('marks a blank line before a line, but not across a page break', () => {
    const lines = cleanLetterLines('One.\n\nTwo.\n\n\f\nThree.\n\f');
    expect(lines.map((l) => [l.text, l.blankBefore, l.pageBreakBefore])).toEqual([
      ['One.', false, false],
      ['Two.', true, false],
      ['Three.', false, true],
    ]);
  });
});

describe('joinLines', () => {
  it('repairs a compound split at a line end and keeps words glued by the extractor', () => {
    expect(joinLines(['a multi-', 'agency response and a multiagency', 'plan'])).toBe(
      'a multi-agency response and a multiagency plan',
    );
  });

  it('keeps a spaced dash at a line end as punctuation', () => {
    expect(joinLines(['the challenges they face –', 'they operate'])).toBe('the challenges they face – they operate');
  });
});
