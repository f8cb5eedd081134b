/**
 * Reads an Excel workbook (.xlsx) into rows of text per sheet, for the import wizard. Runs on
 * the host: exceljs would add about 950 KB (minified) to the renderer bundle, while sending the
 * file's bytes over the contract costs nothing noticeable. Merged cells are filled with their
 * master value, so a merged organisation down several rows gives each person the organisation
 * and a merged header cell names every column it spans. Numbers, dates and times read as the
 * sheet displays them (their number format applied by numfmt), and hidden columns are listed so
 * the mapping never prefers them over a visible column.
 */
import ExcelJS from 'exceljs';
import { format as formatNumber } from 'numfmt';

export interface SheetRows {
  name: string;
  rows: string[][];
  /** 0-based indexes of the columns the sheet hides (an old 原排序 kept for reference). */
  hiddenColumns: number[];
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
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= columnCount; c++) if (sheet.getColumn(c).hidden) hiddenColumns.push(c - 1);
    sheets.push({ name: sheet.name, rows, hiddenColumns });
  }
  return { sheets };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  // A formula shows its cached result; exceljs gives dates (and times) as Date objects.
  const shown = typeof value === 'object' && 'result' in value ? value.result : value;
  if (shown instanceof Date) return displayed(cell.numFmt, excelSerial(shown), true);
  if (typeof shown === 'number') return displayed(cell.numFmt, shown, false);
  return cell.text ?? '';
}

/** Excel's serial day number (days since 1899-12-30, the time as its fraction) of a date exceljs read. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Excel's built-in short date (format 14, written "mm-dd-yy") follows the reader's regional
 * setting; a Chinese list means 2026-11-20 by it, the form our dates take everywhere.
 */
const SYSTEM_SHORT_DATE = new Set(['mm-dd-yy', 'm/d/yy', 'm/d/yyyy']);

function displayed(numFmt: string | undefined, value: number, isDate: boolean): string {
  const code = numFmt && numFmt !== 'General' ? (SYSTEM_SHORT_DATE.has(numFmt) ? 'yyyy-mm-dd' : numFmt) : undefined;
  if (code) {
    try {
      return formatNumber(code, value).trim();
    } catch {
      // A format numfmt cannot read: the value as General below rather than an error text.
    }
  }
  if (isDate) return formatNumber('yyyy-mm-dd', value);
  // General: integers as written, other numbers without binary noise (0.1 + 0.2 shows 0.3).
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

function trimTrailing(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
