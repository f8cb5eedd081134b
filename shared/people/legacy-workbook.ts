/**
 * Legacy workbooks: Excel 97–2003 .xls (BIFF8 in a compound file) and WPS .et, read by SheetJS
 * (@e965/xlsx, pure JavaScript, so it runs in the renderer's reading worker as well as in tests
 * and scripts). The rows come out as the .xlsx reader gives them: merged cells filled with their
 * master value, numbers and dates as the sheet displays them (cell-text.ts; Chinese Excel's own
 * date and time formats, saved by number only, by biff-regional-formats.ts), hidden columns
 * listed, very hidden sheets left out. The limits are checked by the caller (read-list.ts).
 */
import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { cellKey, regionalFormatCells, type RegionalFormatCells } from './biff-regional-formats';
import { displayedNumber } from './cell-text';
import { ZH_CN_REGIONAL_FORMATS } from './regional-formats';
import { trimTrailing, trimTrailingRows, type ReadProblem, type SheetRows } from './sheet';

/** The first bytes of an OLE2 compound file: .xls, and the .et WPS writes. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE.every((b, i) => bytes[i] === b);
}

/** A zip file: .xlsx, and the .et or .xls that is really an .xlsx under another name. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readLegacyWorkbook(bytes: Uint8Array): { sheets: SheetRows[]; problem?: ReadProblem } {
  let book;
  try {
    // cellStyles gives the column records (hidden columns); cellNF keeps each cell's number format.
    book = read(bytes, { type: 'array', cellStyles: true, cellNF: true, cellDates: false, cellHTML: false });
  } catch {
    return { sheets: [], problem: 'notWorkbook' };
  }
  const regionalCode = regionalCodeOf(bytes, (book as { SSF?: Record<number, string> }).SSF);
  const sheets: SheetRows[] = [];
  book.SheetNames.forEach((name, i) => {
    if (book.Workbook?.Sheets?.[i]?.Hidden === 2) return; // very hidden: never meant to be seen
    const sheet = book.Sheets[name];
    if (sheet) sheets.push(sheetRows(name, sheet, (cell, r, c) => regionalCode(cell, i, r, c) ?? codeOf(cell)));
  });
  return { sheets };
}

/**
 * The zh-CN code of a number cell that has one of Chinese Excel's formats saved by number only
 * (biff-regional-formats.ts). SheetJS gives such a cell no code, the one its table holds for that
 * number (a zh-TW code for 56) or one an earlier .xls wrote for it: `table`, its table after this
 * read. Only then is the file read a second time, for its records, once.
 */
function regionalCodeOf(
  bytes: Uint8Array,
  table: Record<number, string> | undefined,
): (cell: CellObject, sheet: number, r: number, c: number) => string | undefined {
  // An HTML table saved as .xls has no number formats of its own.
  if (!isCompoundFile(bytes)) return () => undefined;
  const ids = Object.keys(ZH_CN_REGIONAL_FORMATS).map(Number);
  const possible = table && new Set([undefined, ...ids.map((id) => table[id])]);
  let regional: RegionalFormatCells | undefined;
  return (cell, sheet, r, c) => {
    if (possible && !possible.has(codeOf(cell))) return undefined;
    regional ??= regionalFormatCells(bytes);
    return regional[sheet]?.get(cellKey(r, c));
  };
}

function codeOf(cell: CellObject): string | undefined {
  return typeof cell.z === 'string' ? cell.z : undefined;
}

/** `numberFormat`: the code the number cell at row r, column c is shown by. */
function sheetRows(
  name: string,
  sheet: WorkSheet,
  numberFormat: (cell: CellObject, r: number, c: number) => string | undefined,
): SheetRows {
  const ref = sheet['!ref'];
  if (!ref) return { name, rows: [], hiddenColumns: [] };
  const range = utils.decode_range(ref);
  const rows: string[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = sheet[utils.encode_cell({ r, c })] as CellObject | undefined;
      cells.push(
        cell?.t === 'n' && typeof cell.v === 'number' ? displayedNumber(numberFormat(cell, r, c), cell.v, false) : cellText(cell),
      );
    }
    rows.push(cells);
  }
  for (const m of sheet['!merges'] ?? []) {
    const master = rows[m.s.r]?.[m.s.c] ?? '';
    for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (rows[r]) rows[r]![c] = master;
  }
  const hiddenColumns: number[] = [];
  (sheet['!cols'] ?? []).forEach((col, i) => {
    if (col?.hidden) hiddenColumns.push(i);
  });
  return { name, rows: trimTrailingRows(rows.map(trimTrailing)), hiddenColumns };
}

/** A cell other than a number. */
function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  // Strings as written; an error cell (#N/A) as the sheet shows it.
  return cell.w ?? String(cell.v);
}
