import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { defaultPeriod, oneMonthBefore, parsePeriod } from '../../../src/domain/monitoring/period';

const today = isoDate('2018-03-31');

describe('the reporting period', () => {
  it.each([
    ['2018-03-31', '2018-02-28'],
    ['2020-03-31', '2020-02-29'],
    ['2018-01-15', '2017-12-15'],
    ['2018-05-14', '2018-04-14'],
  ])('one month before %s is %s', (date, expected) => {
    expect(oneMonthBefore(isoDate(date))).toBe(expected);
  });

  it('defaults to the last month up to today', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2018-02-28', to: '2018-03-31' });
  });

  it.each([
    ['01/03/2018', '31/03/2018', { ok: true, value: { from: '2018-03-01', to: '2018-03-31' } }],
    ['1/3/18', '2/3/18', { ok: true, value: { from: '2018-03-01', to: '2018-03-02' } }],
    ['31/02/2018', '31/03/2018', { ok: false, error: 'PERIOD.FROM_INVALID' }],
    ['01/03/2018', 'March', { ok: false, error: 'PERIOD.TO_INVALID' }],
    ['31/03/2018', '01/03/2018', { ok: false, error: 'PERIOD.REVERSED' }],
    ['01/04/2018', '30/04/2018', { ok: false, error: 'PERIOD.IN_FUTURE' }],
  ])('%s to %s', (from, to, expected) => {
    expect(parsePeriod(from, to, today)).toEqual(expected);
  });
});
