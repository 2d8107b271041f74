import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../../src/domain/dates';
import type { UserId } from '../../src/domain/ids';
import { buildSubmissionModel } from '../../src/export/submission-model';
import { buildSubmissionXlsx } from '../../src/export/submission-xlsx';
import { readXlsx, rowByHeader, sheet, worksheetXml } from './support/read-xlsx';
import { haringeySnapshot, options, SPECIAL_TEXT } from './support/snapshots';

const INJECTIONS = {
  title: '=HYPERLINK("http://evil","click")',
  successMeasure: '+1',
  measuredBy: '-2',
  statusReason: '@SUM(A1)',
  sponsoringDirector: '\t=1+1',
} as const;

function injectedSnapshot() {
  const snapshot = haringeySnapshot();
  const [first, ...rest] = snapshot.actions;
  const evil = {
    ...first!,
    ...INJECTIONS,
    evidence: [{ title: '\r=cmd', url: 'https://example.gov.uk/_x0041_' }],
    updatedAt: '2018-07-01T23:30:00.000Z' as IsoDateTime,
    updatedBy: 'u-csc-owner' as UserId,
  };
  return { ...snapshot, actions: [evil, ...rest] };
}

describe('buildSubmissionXlsx', () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  const model = buildSubmissionModel(injectedSnapshot(), options());

  beforeAll(async () => {
    bytes = await buildSubmissionXlsx(model);
    workbook = await readXlsx(bytes);
  });

  it('has a Findings and an Actions sheet, with frozen headers and auto-filters', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Findings', 'Actions']);
    for (const ws of workbook.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(sheet(workbook, 'Actions').autoFilter).toBe(`A1:T${model.actions.length + 1}`);
  });

  it('lists every finding in the letter order, verbatim', () => {
    const ws = sheet(workbook, 'Findings');
    expect(ws.rowCount).toBe(model.findings.length + 1);
    expect(rowByHeader(ws, 2)).toMatchObject({
      'Finding no.': 1,
      'Finding type': 'Area for priority action',
      'Letter sub-heading': 'Health',
      Finding: SPECIAL_TEXT,
      'Sub-items': 'First sub-point\nSecond − sub-point',
      Actions: 1,
    });
    expect(rowByHeader(ws, ws.rowCount)).toMatchObject({ 'Finding type': 'Strength', Actions: 0 });
  });

  it('writes one row per action with every field, dates as real dates', () => {
    const ws = sheet(workbook, 'Actions');
    expect(ws.rowCount).toBe(model.actions.length + 1);
    expect(rowByHeader(ws, 2)).toEqual({
      'Action ID': 'act-haringey-p1',
      'Finding no.': 1,
      'Finding type': 'Area for priority action',
      Finding: SPECIAL_TEXT,
      Action: 'Audit <every> health referral & report',
      'Lead agency': 'Health (ICB and NHS trusts)',
      'Contributing agencies': "Police\nChildren's social care (local authority)",
      'Lead officer': 'Priya Shah',
      'Sponsoring director': 'Director of Nursing',
      'Start date': new Date('2018-02-12T00:00:00.000Z'),
      'Target date': new Date('2018-06-29T00:00:00.000Z'),
      Milestones: 'Audit tool agreed (due 01/03/2018, done)',
      'Success measure': expect.stringContaining('Audit of 40 contacts'),
      'How measured': 'Monthly audit',
      Evidence: 'Audit report: https://example.gov.uk/audit?a=1&b=2',
      Status: 'On track',
      RAG: 'Green',
      'Reason for status': null,
      // 14:30 UTC is 15:30 in London in British Summer Time.
      'Last updated': new Date('2018-03-05T14:30:00.000Z'),
      'Last updated by': 'Fiona Gallagher',
    });
    expect(ws.getCell('J2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('K2').numFmt).toBe('dd/mm/yyyy');
  });

  it('gives times as the wall clock in England', () => {
    const row = rowByHeader(sheet(workbook, 'Actions'), 3);
    // 23:30 UTC on 1 July is 00:30 on 2 July in London.
    expect(row['Last updated']).toEqual(new Date('2018-07-02T00:30:00.000Z'));
    expect(row['Last updated by']).toBe('Priya Shah');
  });

  it('limits the status to the five statuses and fills each status in its colour, words kept', async () => {
    const ws = sheet(workbook, 'Actions');
    for (let r = 2; r <= ws.rowCount; r += 1) {
      expect(ws.getCell(r, 16).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Not started,On track,At risk,Off track,Complete"'],
      });
    }
    const xml = (await worksheetXml(bytes)).join('');
    expect(xml).toMatch(new RegExp(`<dataValidation type="list"[^>]*sqref="P2:P${ws.rowCount}"`));
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual([`P2:P${ws.rowCount}`, `Q2:Q${ws.rowCount}`]);
    expect(formats[0]?.rules.map((r) => r.formulae[0])).toEqual([
      '"Not started"',
      '"On track"',
      '"At risk"',
      '"Off track"',
      '"Complete"',
    ]);
  });

  it('writes formula-like text as plain strings, never as formulas', async () => {
    const ws = sheet(workbook, 'Actions');
    const row = rowByHeader(ws, 3);
    expect(row).toMatchObject({
      Action: INJECTIONS.title,
      'Success measure': INJECTIONS.successMeasure,
      'How measured': INJECTIONS.measuredBy,
      'Reason for status': INJECTIONS.statusReason,
      'Sponsoring director': INJECTIONS.sponsoringDirector,
      // Line endings become Excel's own (LF); the text stays a string.
      Evidence: '\n=cmd: https://example.gov.uk/_x0041_',
    });
    ws.getRow(3).eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
    });
    expect(ws.getCell('E3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E3').numFmt).toBe('@');
    for (const xml of await worksheetXml(bytes)) expect(xml).not.toMatch(/<f[ >]/);
  });

  it('adds one sheet per lead agency when asked, each with only its actions', async () => {
    const perAgency = await readXlsx(await buildSubmissionXlsx(model, { perAgencySheets: true }));
    expect(perAgency.worksheets.map((w) => w.name)).toEqual([
      'Findings',
      'Actions',
      "Children's social care",
      'Police',
      'Health',
      'Education',
      'Probation',
      'Partnership',
    ]);
    const health = sheet(perAgency, 'Health');
    const ids = Array.from({ length: health.rowCount - 1 }, (_, i) => health.getCell(i + 2, 1).value);
    expect(ids).toEqual(model.actions.filter((a) => a.leadAgencyKey === 'health').map((a) => a.id));
    expect(health.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(health.getCell('P2').dataValidation).toMatchObject({ type: 'list' });
  });

  it('marks the printed pages of a draft, and not of the approved statement', async () => {
    expect(sheet(workbook, 'Actions').headerFooter.oddHeader).toContain('DRAFT — not yet approved');
    const final = await readXlsx(
      await buildSubmissionXlsx(buildSubmissionModel(injectedSnapshot(), options({ final: true }))),
    );
    expect(sheet(final, 'Actions').headerFooter?.oddHeader ?? '').not.toContain('DRAFT');
  });
});
