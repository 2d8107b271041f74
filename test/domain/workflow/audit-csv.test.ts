import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_HEADER, auditCsv, csvCell, escapeFormula } from '../../../src/domain/workflow/audit-csv';
import { AGENCIES } from '../fixtures';
import { initialGovernance } from '../../../src/domain/workflow/governance';
import { HAPPY_PATH, PLAN_ID, governanceAt, mustApply, people } from './workflow-fixtures';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['Needs dates, owners', '"Needs dates, owners"'],
    ['Line one\nline two', '"Line one\nline two"'],
    ['Said "no"', '"Said ""no"""'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('escapes only a formula character at the start', () => {
    expect(escapeFormula('a=b')).toBe('a=b');
  });
});

describe('the audit trail as CSV', () => {
  it('lists every event with who, role, agency, when (UTC and UK time), stage and details', () => {
    const g = HAPPY_PATH().reduce((acc, [event, actor]) => mustApply(acc, event, actor), initialGovernance(PLAN_ID));
    const lines = auditCsv(g, AGENCIES).split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(','));
    expect(lines).toHaveLength(g.audit.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[2]).toBe(
      [
        '2018-04-10T09:00:00.000Z',
        '10 April 2018 at 10:00',
        'Quinn Adams',
        'Agency QA lead',
        'Police',
        'Sign-off',
        'Agency quality assurance',
        'Police QA approved by Quinn Adams',
        g.audit[1]!.id,
      ].join(','),
    );
  });

  it('neutralises a formula typed into a comment', () => {
    const g = mustApply(
      governanceAt('partnership-review'),
      { type: 'add-comment', target: { kind: 'plan' }, text: '=cmd|"/c calc"!A1' },
      people.councilPartner,
    );
    const g2 = mustApply(g, { type: 'resolve-comment', commentId: g.comments[0]!.id, note: '@admin done' }, people.dcs);
    const csv = auditCsv(g2, AGENCIES);
    expect(csv).toContain('"Zina Obi commented on the plan: =cmd|""/c calc""!A1"');
    expect(csv).toContain('Comment by Zina Obi resolved: @admin done');
    expect(csv.split('\r\n').every((line) => !/(^|,)[=+\-@]/.test(line))).toBe(true);
  });
});
