import { describe, expect, it } from 'vitest';
import { draftDeadline } from '../../../src/domain/letter-import/draft-deadline';
import { METADATA } from './draft-fixtures';

describe('the deadline check on the details as typed', () => {
  it.each([
    [
      'a printed date that matches',
      '26/09/2022',
      '05/01/2023',
      { computed: '2023-01-05', printed: '2023-01-05', differs: false },
    ],
    [
      'a printed date a day later',
      '26/09/2022',
      '06/01/2023',
      { computed: '2023-01-05', printed: '2023-01-06', differs: true, differsByWorkingDays: 1 },
    ],
    ['no printed date', '30/01/2018', '', { computed: '2018-05-11', printed: null, differs: false }],
    ['no letter date yet', '', '11/05/2018', { computed: null, printed: '2018-05-11', differs: false }],
    ['a two-digit year', '30/01/20', '', { computed: '2020-05-12', differs: false }],
    ['a half-typed letter date', '30/01/2', '', { computed: null, differs: false }],
    ['an invalid letter date', '30/02/2018', '', { computed: null, differs: false }],
  ])('%s', (_name, letterDate, printedDeadline, expected) => {
    expect(draftDeadline({ ...METADATA, letterDate, printedDeadline })).toMatchObject(expected);
  });
});
