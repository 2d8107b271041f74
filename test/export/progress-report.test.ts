import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDateTime } from '../../src/domain/dates';
import type { ActionId, PlanId, UpdateId, UserId } from '../../src/domain/ids';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import type { ProgressUpdate } from '../../src/domain/progress-update';
import { buildProgressReportFile, progressReportFileName } from '../../src/export/progress-report';
import { bodyBlocks, readDocx, type Block } from './support/read-docx';
import { haringeySnapshot } from './support/snapshots';

const today = isoDate('2018-07-10');
const period = { from: isoDate('2018-06-10'), to: today };

const update = (
  n: number,
  actionId: string,
  at: string,
  status: ProgressUpdate['status'],
  text: string,
): ProgressUpdate => ({
  id: `upd-${n}` as UpdateId,
  planId: 'plan-haringey-2018' as PlanId,
  actionId: actionId as ActionId,
  authorId: 'u-dcs' as UserId,
  authorName: 'Dana Cole',
  at: at as IsoDateTime,
  text,
  status,
});

function snapshot(): PlanSnapshot {
  const base = haringeySnapshot();
  return {
    ...base,
    actions: base.actions.map((a) =>
      a.id === 'act-haringey-01'
        ? {
            ...a,
            status: 'complete',
            evidence: [{ title: 'MASH audit June 2018', url: 'https://example.gov.uk/mash' }],
          }
        : a,
    ),
    updates: [
      update(1, 'act-haringey-02', '2018-03-05T14:30:00Z', 'at-risk', 'One detective constable seconded.'),
      update(2, 'act-haringey-02', '2018-06-20T09:00:00Z', null, 'Second post filled from 2 July.'),
      update(3, 'act-haringey-01', '2018-06-25T10:00:00Z', 'complete', 'Every contact now has a joint decision.'),
      update(4, 'act-haringey-06', '2018-06-15T10:00:00Z', 'off-track', 'Board moved the strategy to July.'),
    ],
  };
}

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const tableAfter = (blocks: Block[], headingText: string) => {
  const start = blocks.findIndex((b) => b.kind === 'p' && b.text === headingText);
  return tables(blocks.slice(start))[0]!;
};

describe('the progress report', () => {
  it('is a Word document named for the area and period', async () => {
    const file = await buildProgressReportFile(snapshot(), period, today);
    expect(file.name).toBe('Haringey progress report 2018-06-10 to 2018-07-10.docx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(progressReportFileName('St. Helens / Knowsley', period)).toBe(
      'St. Helens Knowsley progress report 2018-06-10 to 2018-07-10.docx',
    );
  });

  it('has real headings in order, en-GB, and tables with header rows', async () => {
    const { document, styles } = await readDocx((await buildProgressReportFile(snapshot(), period, today)).bytes);
    const blocks = bodyBlocks(document);
    const headings = blocks.filter((b) => b.kind === 'p' && /^Heading\d$/.test(b.style ?? ''));
    expect(headings.map((b) => (b.kind === 'p' ? `${b.style}: ${b.text}` : ''))).toEqual([
      'Heading1: Haringey: progress report on the action plan',
      'Heading2: Summary',
      'Heading3: Actions by lead agency and status',
      'Heading2: Status changes in the period',
      'Heading2: Overdue actions',
      'Heading2: Progress and evidence added in the period',
      'Heading2: Actions completed in the period',
    ]);
    expect(styles).toContain('w:val="en-GB"');
    expect(tables(blocks).every((t) => t.headerRows[0] === true && t.headerRows.slice(1).every((h) => !h))).toBe(true);
    expect(document).toContain('10 June 2018 to 10 July 2018');
  });

  it('lists the status changes in the period with their reasons', async () => {
    const blocks = bodyBlocks(
      (await readDocx((await buildProgressReportFile(snapshot(), period, today)).bytes)).document,
    );
    const changes = tableAfter(blocks, 'Status changes in the period');
    expect(changes.rows[0]).toEqual(['Date', 'Action', 'Lead agency', 'From', 'To', 'Reason given', 'Recorded by']);
    expect(changes.rows.slice(1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['15 June 2018', 'Not started (Grey)', 'Off track (Red)', 'Board moved the strategy to July.'],
      ['25 June 2018', 'Not started (Grey)', 'Complete (Blue)', 'Every contact now has a joint decision.'],
    ]);
  });

  it('gives each overdue action its owner and the owner’s latest explanation', async () => {
    const blocks = bodyBlocks(
      (await readDocx((await buildProgressReportFile(snapshot(), period, today)).bytes)).document,
    );
    const overdue = tableAfter(blocks, 'Overdue actions');
    const police = overdue.rows.find((r) => r[1] === 'Police')!;
    expect(police[2]).toBe('Sarah Mitchell');
    expect(police[3]).toBe('31 May 2018');
    expect(police[4]).toBe('28 working days');
    expect(police[6]).toContain('Second post filled from 2 July.');
    expect(
      overdue.rows.some((r) => r[1] === 'Health' && r[0]!.includes('Audit <every> health referral & report')),
    ).toBe(true);
    expect(overdue.rows.some((r) => r[0]!.includes('Hold a daily multi-agency MASH meeting'))).toBe(false);
  });

  it('shows progress and evidence added, and the actions completed in the period', async () => {
    const blocks = bodyBlocks(
      (await readDocx((await buildProgressReportFile(snapshot(), period, today)).bytes)).document,
    );
    const evidence = tableAfter(blocks, 'Progress and evidence added in the period');
    const mash = evidence.rows.find((r) => r[0]!.includes('Hold a daily multi-agency MASH meeting'))!;
    expect(mash[2]).toBe('25 June 2018: Every contact now has a joint decision.');
    expect(mash[3]).toBe('MASH audit June 2018 (https://example.gov.uk/mash)');
    const completed = tableAfter(blocks, 'Actions completed in the period');
    expect(completed.rows.slice(1).map((r) => [r[1], r[3]])).toEqual([["Children's social care", '25 June 2018']]);
  });

  it('says so when a period has nothing to report', async () => {
    const quiet = { from: isoDate('2018-01-01'), to: isoDate('2018-01-31') };
    const blocks = bodyBlocks(
      (await readDocx((await buildProgressReportFile(snapshot(), quiet, today)).bytes)).document,
    );
    const texts = blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining([
        'No action changed status in the period.',
        'No progress was reported in the period.',
        'No action was completed in the period.',
      ]),
    );
  });
});
