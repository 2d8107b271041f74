import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings ask for a Node Buffer; it reads any bytes.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`The workbook has no sheet "${name}".`);
  return found;
}

/** Every worksheet part's raw XML, to check no formula was written anywhere. */
export async function worksheetXml(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

/** A row's values by header, as the sheet's first row names them. */
export function rowByHeader(ws: ExcelJS.Worksheet, rowNumber: number): Record<string, ExcelJS.CellValue> {
  const headers = ws.getRow(1);
  const row = ws.getRow(rowNumber);
  const out: Record<string, ExcelJS.CellValue> = {};
  headers.eachCell((cell, col) => {
    out[String(cell.value)] = row.getCell(col).value;
  });
  return out;
}
