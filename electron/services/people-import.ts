/**
 * Reads an Excel workbook (.xlsx) into rows of text per sheet, for the import wizard. Runs on
 * the host: exceljs would add about 950 KB (minified) to the renderer bundle, while sending the
 * file's bytes over the contract costs nothing noticeable. Merged cells are filled with their
 * master value, so a merged organisation down several rows gives each person the organisation
 * and a merged header cell names every column it spans.
 */
import ExcelJS from 'exceljs';

export interface SheetRows {
  name: string;
  rows: string[][];
}

export type XlsxProblem = 'notXlsx' | 'tooLarge';

export const MAX_XLSX_BYTES = 30 * 1024 * 1024;
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 200;

export async function readXlsx(bytes: Uint8Array): Promise<{ sheets: SheetRows[]; problem?: XlsxProblem }> {
  if (bytes.length > MAX_XLSX_BYTES) return { sheets: [], problem: 'tooLarge' };
  // Every .xlsx is a zip file: "PK\x03\x04". An old .xls or a renamed CSV is not.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { sheets: [], problem: 'notXlsx' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { sheets: [], problem: 'notXlsx' };
  }
  const sheets: SheetRows[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state === 'veryHidden') continue;
    const rowCount = Math.min(sheet.rowCount, MAX_ROWS);
    const columnCount = Math.min(sheet.columnCount, MAX_COLUMNS);
    const rows: string[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= columnCount; c++) cells.push(cellText(row.getCell(c)));
      rows.push(trimTrailing(cells));
    }
    sheets.push({ name: sheet.name, rows });
  }
  return { sheets };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === 'object' && 'result' in value && value.result instanceof Date)
    return value.result.toISOString().slice(0, 10);
  return cell.text ?? '';
}

function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
