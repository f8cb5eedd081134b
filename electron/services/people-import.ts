/**
 * Reads an Excel workbook (.xlsx) into rows of text per sheet, for the import wizard. Runs on
 * the host: exceljs would add about 950 KB (minified) to the renderer bundle, while sending the
 * file's bytes over the contract costs nothing noticeable. Merged cells are filled with their
 * master value, so a merged organisation down several rows gives each person the organisation
 * and a merged header cell names every column it spans. Numbers, dates and times read as the
 * sheet displays them (shared/people/cell-text.ts), and hidden columns are listed so the mapping
 * never prefers them over a visible column. The limits are every list's (IMPORT_LIMITS), and the
 * conversion yields to the event loop as it goes, so other requests (autosave) are answered meanwhile.
 */
import ExcelJS from 'exceljs';
import './xlsx-regional-formats';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { IMPORT_LIMITS } from '../../shared/model/limits';
import { displayedNumber, excelSerial } from '../../shared/people/cell-text';
import {
  overLimit,
  tooLarge,
  trimTrailing,
  trimTrailingRows,
  type LimitProblem,
  type SheetRows,
} from '../../shared/people/sheet';

export type { SheetRows };
export type XlsxProblem = 'notXlsx' | 'tooLarge' | 'tooManyRows' | 'tooManyColumns';

/** Rows converted between turns of the event loop, so a large workbook never holds up autosave. */
const ROWS_PER_TURN = 500;

export async function readXlsx(bytes: Uint8Array): Promise<{ sheets: SheetRows[]; problem?: XlsxProblem }> {
  if (tooLarge(bytes.length)) return { sheets: [], problem: 'tooLarge' };
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
    const read = await sheetRows(sheet);
    if ('problem' in read) return { sheets: [], problem: read.problem };
    sheets.push(read);
  }
  return { sheets };
}

/** One sheet as rows of text, converted a few hundred rows per turn of the event loop. */
export async function sheetRows(sheet: ExcelJS.Worksheet): Promise<SheetRows | { problem: LimitProblem }> {
  // One row and one column past the limits are read, so a list past them is refused, not cut.
  const rowCount = Math.min(sheet.rowCount, IMPORT_LIMITS.rows + 1);
  const columnCount = Math.min(sheet.columnCount, IMPORT_LIMITS.columns + 1);
  const rows: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    if (r % ROWS_PER_TURN === 0) await nextTurn();
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(cellText(row.getCell(c)));
    rows.push(trimTrailing(cells));
  }
  const problem = overLimit(rows);
  if (problem) return { problem };
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= columnCount; c++) if (sheet.getColumn(c).hidden) hiddenColumns.push(c - 1);
  return { name: sheet.name, rows: trimTrailingRows(rows), hiddenColumns };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  // A formula shows its cached result; exceljs gives dates (and times) as Date objects.
  const shown = typeof value === 'object' && 'result' in value ? value.result : value;
  if (shown instanceof Date) return displayedNumber(cell.numFmt, excelSerial(shown), true);
  if (typeof shown === 'number') return displayedNumber(cell.numFmt, shown, false);
  // TRUE and #N/A as the sheet shows them (and as the .xls reader gives them), not "true" or
  // "[object Object]" (exceljs keeps a formula's error result as { error }).
  if (typeof shown === 'boolean') return shown ? 'TRUE' : 'FALSE';
  if (typeof shown === 'object' && shown !== null && 'error' in shown) return String(shown.error);
  return cell.text ?? '';
}
