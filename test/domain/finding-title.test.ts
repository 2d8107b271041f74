import { describe, expect, it } from 'vitest';
import { SHORT_TITLE_LIMIT, findingShortTitle } from '../../src/domain/finding-title';

const title = (text: string) => findingShortTitle({ text });

describe('a finding’s short title', () => {
  it('is the whole text when the letter already names the area briefly', () => {
    expect(title('Voice of the child')).toBe('Voice of the child');
    expect(title('  Cultural   competency.  ')).toBe('Cultural competency');
  });

  it('is the first clause of a long finding', () => {
    expect(
      title(
        'The quality of strategy discussions: too many are held without the police or health, and decisions are not recorded in a way that others can follow.',
      ),
    ).toBe('The quality of strategy discussions');
    expect(
      title(
        'Management oversight and supervision in children’s social care, which are not consistently effective in ensuring that children’s plans progress without delay.',
      ),
    ).toBe('Management oversight and supervision in children’s social care');
  });

  it('is the opening words, cut at a word and marked as cut, when no clause is short enough', () => {
    const text =
      'The effectiveness of the arrangements for identifying and responding to children who are at risk of criminal exploitation across all of the partner agencies in the area and beyond';
    const short = title(text);
    expect(short.length).toBeLessThanOrEqual(SHORT_TITLE_LIMIT);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(short.slice(0, -1)).not.toMatch(/\s$/);
  });

  it('skips a clause too short to name anything', () => {
    const text =
      'In health, the identification of risk to unborn babies and the sharing of information with midwives is not yet consistent across the three acute trusts and community services.';
    expect(title(text)).not.toBe('In health');
    expect(title(text).length).toBeLessThanOrEqual(SHORT_TITLE_LIMIT);
  });
});
