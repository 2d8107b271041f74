import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/domain/dates';
import { findDate } from '../../../src/domain/letter/read-dates';
import { readFieldwork, readThemeAndArea } from '../../../src/domain/letter/read-inspection';
import { readPrincipal, readPrintedDeadline } from '../../../src/domain/letter/read-next-steps';

const iso = (s: string) => s as IsoDate;

describe('findDate', () => {
  it.each([
    ['30 January 2018', '2018-01-30'],
    ['12 November 18', '2018-11-12'],
    ['11th May 2018', '2018-05-11'],
    ['Tuesday 25 October 2022', '2022-10-25'],
    ['3rd of Sept 2019', '2019-09-03'],
  ])('reads "%s"', (text, expected) => {
    expect(findDate(text)?.date).toBe(expected);
  });

  it('rejects impossible dates and words that only start like months', () => {
    expect(findDate('31 February 2018')).toBeNull();
    expect(findDate('scored 3 marks in 2018')).toBeNull();
  });

  it('completes a missing year from a known date, crossing into the next year', () => {
    expect(findDate('8 November', { onOrAfter: iso('2016-08-02') })?.date).toBe('2016-11-08');
    expect(findDate('5 January', { onOrAfter: iso('2022-09-26') })?.date).toBe('2023-01-05');
    expect(findDate('8 November')).toBeNull();
  });
});

describe('readFieldwork', () => {
  it.each([
    ['Between 4 and 8 December 2017, Ofsted…', null, { start: '2017-12-04', end: '2017-12-08' }],
    ['This inspection took place from 23 to 27 May 2022.', null, { start: '2022-05-23', end: '2022-05-27' }],
    ['Between 30 April and 4 May 2018, inspectors…', null, { start: '2018-04-30', end: '2018-05-04' }],
    ['from 29 December 2017 to 2 January 2018', null, { start: '2017-12-29', end: '2018-01-02' }],
    ['Between 29 December and 2 January 2018', null, { start: '2017-12-29', end: '2018-01-02' }],
    ['Between 20 and 24 June, Ofsted…', '2016-08-02', { start: '2016-06-20', end: '2016-06-24' }],
  ])('reads "%s"', (text, letterDate, expected) => {
    expect(readFieldwork(text, letterDate === null ? null : iso(letterDate))).toEqual(expected);
  });

  it('gives null when no span is printed', () => {
    expect(readFieldwork('The inspection took place in the summer.', null)).toBeNull();
  });
});

describe('readPrincipal', () => {
  it.each([
    [
      'We have determined that Barnsley Metropolitan Borough Council is the principal authority and should prepare…',
      'Barnsley Metropolitan Borough Council',
      'local-authority',
    ],
    [
      'The director of children’s services should prepare a written statement of proposed action.',
      'The director of children’s services',
      'director-of-childrens-services',
    ],
    [
      'The local authority should prepare a written statement of proposed action.',
      'The local authority',
      'local-authority',
    ],
    [
      'We have determined that NHS Torquay Integrated Care Board is the principal authority.',
      'NHS Torquay Integrated Care Board',
      'integrated-care-board',
    ],
    [
      'Jo Bloggs, the independent chair of the safeguarding partnership, is the principal authority.',
      'Jo Bloggs, the independent chair of the safeguarding partnership',
      'safeguarding-partnership',
    ],
  ])('reads "%s"', (text, wording, kind) => {
    expect(readPrincipal(text)).toEqual({ wording, kind });
  });

  it('leaves out "as the principal authority" from the wording', () => {
    expect(
      readPrincipal('The local authority, as the principal authority, should prepare a written statement.'),
    ).toEqual({
      wording: 'The local authority',
      kind: 'local-authority',
    });
  });

  it('gives null when no one is named', () => {
    expect(readPrincipal('Yours sincerely')).toBeNull();
  });
});

describe('readPrintedDeadline', () => {
  const letterDate = iso('2018-08-24');

  it('prefers the date in the sentence that sends the statement', () => {
    const text =
      'Partners met by 1 September 2018. The DCS should send the written statement of action to ProtectionOfChildren@ofsted.gov.uk by 3 December 2018.';
    expect(readPrintedDeadline(text, letterDate)).toBe('2018-12-03');
  });

  it.each([
    ['should send it to ProtectionOfChildren@ofsted.gov.uk by 3 December 18.', '2018-12-03'],
    ['should send it by Monday 3rd December.', '2018-12-03'],
    ['should send it by December 3, 2018.', '2018-12-03'],
  ])('reads "%s"', (text, expected) => {
    expect(readPrintedDeadline(text, letterDate)).toBe(expected);
  });

  it('gives null when no date is printed', () => {
    expect(readPrintedDeadline('should send the written statement of action to Ofsted.', letterDate)).toBeNull();
  });
});

describe('readThemeAndArea', () => {
  it.each([
    [
      'Joint targeted area inspection of the multi-agency response to abuse and neglect in Haringey',
      '',
      'abuse and neglect',
      'Haringey',
    ],
    ['Joint targeted area inspection (JTAI) of Stoke-on-Trent', '', null, 'Stoke-on-Trent'],
    [
      'Joint targeted area inspection of Westfold',
      'This letter summarises the findings of the JTAI of the multiagency response to children and families who need help in Westfold.',
      'children and families who need help',
      'Westfold',
    ],
  ])('reads "%s"', (title, opening, theme, area) => {
    expect(readThemeAndArea(title, opening)).toEqual({ theme, area });
  });
});
