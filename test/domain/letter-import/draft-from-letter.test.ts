import { describe, expect, it } from 'vitest';
import type { FindingId } from '../../../src/domain/ids';
import { draftFromLetter } from '../../../src/domain/letter-import/draft-from-letter';
import { parseFindingsLetter } from '../../../src/domain/letter/parse-letter';
import { readFixture } from '../letter/fixture-letters';
import { IDS } from './draft-fixtures';

function draftOf(text: string) {
  let n = 0;
  return draftFromLetter(parseFindingsLetter(text), {
    ids: IDS,
    findingId: () => `fnd-${++n}` as FindingId,
    source: { kind: 'paste', name: null },
    now: '2022-09-27T09:00:00.000Z' as never,
  });
}

describe('a draft from a parsed letter', () => {
  const draft = draftOf(readFixture('eastbrook-2022.txt'));

  it('fills the plan details as the person would type them', () => {
    expect(draft.metadata).toEqual({
      area: 'Eastbrook',
      letterDate: '26/09/2022',
      inspectionType: 'jtai',
      theme: 'multi-agency response to identification of initial need and risk',
      fieldworkStart: '11/07/2022',
      fieldworkEnd: '15/07/2022',
      principalAuthority: 'the chair of the Eastbrook Safeguarding Children Partnership',
      printedDeadline: '06/01/2023',
    });
  });

  it('gives every item a fresh finding id and keeps where it came from', () => {
    expect(draft.items.map((i) => [i.id, i.type, i.agencies])).toEqual([
      ['fnd-1', 'improvement', ['childrens-social-care']],
      ['fnd-2', 'improvement', ['childrens-social-care', 'police']],
      ['fnd-3', 'improvement', ['health']],
      ['fnd-4', 'strength', ['partnership']],
      ['fnd-5', 'strength', ['childrens-social-care', 'education']],
    ]);
    const first = draft.items[0]!;
    expect(draft.letter.text.slice(first.span!.start, first.span!.end)).toContain('consistency of thresholds');
  });

  it('keeps only the warnings about the letter as a whole; dates are rechecked as typed', () => {
    expect(draft.notices.map((n) => n.code)).toEqual(['LETTER.NO_PRIORITY_ACTIONS']);
  });

  it('makes an empty draft, with the reason, from text that is not a findings letter', () => {
    const other = draftOf('Minutes of the scrutiny panel\n\nThe panel met on 3 March.\n');
    expect(other.items).toEqual([]);
    expect(other.notices.map((n) => n.code)).toContain('LETTER.NO_SECTIONS');
  });

  it('marks items whose boundaries were guessed', () => {
    const parsed = parseFindingsLetter(readFixture('northmoor-2018.txt'));
    const guessed = parsed.items.filter((i) => i.confidence === 'low').length;
    expect(draftOf(readFixture('northmoor-2018.txt')).items.filter((i) => i.needsCheck)).toHaveLength(guessed);
  });
});
