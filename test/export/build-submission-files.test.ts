import { describe, expect, it } from 'vitest';
import { buildSubmissionFiles, DOCX_MIME, XLSX_MIME } from '../../src/export/build-submission-files';
import { buildSubmissionModel } from '../../src/export/submission-model';
import { submissionFileName } from '../../src/export/submission-file-name';
import { readXlsx } from './support/read-xlsx';
import { haringeySnapshot, options } from './support/snapshots';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

describe('buildSubmissionFiles', () => {
  it('builds both files, named for the area and the deadline, reporting progress to the end', async () => {
    const steps: [string, number][] = [];
    const files = await buildSubmissionFiles(haringeySnapshot(), { ...options(), perAgencySheets: true }, (s, f) =>
      steps.push([s, f]),
    );
    expect(files.docx).toMatchObject({
      name: 'Haringey JTAI written statement of action 2018-05-11.docx',
      mime: DOCX_MIME,
    });
    expect(files.xlsx).toMatchObject({
      name: 'Haringey JTAI written statement of action 2018-05-11.xlsx',
      mime: XLSX_MIME,
    });
    expect(isZip(files.docx.bytes) && isZip(files.xlsx.bytes)).toBe(true);
    expect((await readXlsx(files.xlsx.bytes)).worksheets.length).toBeGreaterThan(2);
    const fractions = steps.map(([, f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual(['Done', 1]);
  });
});

describe('submissionFileName', () => {
  const modelFor = (area: string, printedDeadline: string | null, letterDate: string | null = '2018-01-30') => {
    const snapshot = haringeySnapshot();
    const plan = { ...snapshot.plan, area, printedDeadline, letterDate } as typeof snapshot.plan;
    return buildSubmissionModel({ ...snapshot, plan }, options());
  };

  it('keeps only characters that are safe in a file name anywhere', () => {
    const name = submissionFileName(modelFor('Brighton & Hove/<Test>: "East"?', '2018-05-11'), options().today, 'docx');
    expect(name).toBe('Brighton & Hove Test East JTAI written statement of action 2018-05-11.docx');
  });

  it('keeps apostrophes and accented letters', () => {
    const name = submissionFileName(modelFor("King's Lynn and Ynys Môn", '2018-05-11'), options().today, 'xlsx');
    expect(name).toBe("King's Lynn and Ynys Môn JTAI written statement of action 2018-05-11.xlsx");
  });

  it('uses the computed deadline without a printed one, and today without a letter date', () => {
    expect(submissionFileName(modelFor('Haringey', null), options().today, 'docx')).toContain(' 2018-05-11.docx');
    expect(submissionFileName(modelFor('Haringey', null, null), options().today, 'docx')).toContain(' 2018-05-10.docx');
  });
});
