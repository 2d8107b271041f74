import { describe, expect, it } from 'vitest';
import { proseBlocks } from '../../src/export/statement-prose';

describe('proseBlocks', () => {
  it('splits paragraphs at blank lines and keeps line breaks inside one', () => {
    expect(proseBlocks('First line\nsecond line\n\n\nNext paragraph')).toEqual([
      { kind: 'paragraph', lines: ['First line', 'second line'] },
      { kind: 'paragraph', lines: ['Next paragraph'] },
    ]);
  });

  it('turns lines starting with a dash, star or bullet into a list, wherever they fall', () => {
    expect(proseBlocks('Our priorities:\r\n- Voice of the child\r\n• Neglect\n* Thresholds\nThat is all.')).toEqual([
      { kind: 'paragraph', lines: ['Our priorities:'] },
      { kind: 'list', items: ['Voice of the child', 'Neglect', 'Thresholds'] },
      { kind: 'paragraph', lines: ['That is all.'] },
    ]);
  });

  it('keeps a hyphenated word or a negative number as text', () => {
    expect(proseBlocks('-5 degrees\nwell-led')).toEqual([{ kind: 'paragraph', lines: ['-5 degrees', 'well-led'] }]);
  });

  it('gives nothing for blank text', () => {
    expect(proseBlocks(' \n\n ')).toEqual([]);
  });
});
