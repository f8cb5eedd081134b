/**
 * Legacy workbooks: Excel 97–2003 .xls (BIFF8 in a compound file) and WPS .et, read by SheetJS
 * (@e965/xlsx, pure JavaScript, so it runs in the renderer's reading worker as well as in tests
 * and scripts). The rows come out as the .xlsx reader gives them: merged cells filled with their
 * master value, numbers and dates as the sheet displays them (cell-text.ts; Chinese Excel's own
 * date and time formats, saved by number only, by biff-regional-formats.ts), hidden columns
 * listed, very hidden sheets left out. The limits are checked by the caller (read-list.ts).
 */
import { read, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { cellKey, regionalFormatCells } from './biff-regional-formats';
import { displayedNumber } from './cell-text';
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
  // An HTML table saved as .xls has no number formats of its own.
  const regional = isCompoundFile(bytes) ? regionalFormatCells(bytes) : [];
  const sheets: SheetRows[] = [];
  book.SheetNames.forEach((name, i) => {
    if (book.Workbook?.Sheets?.[i]?.Hidden === 2) return; // very hidden: never meant to be seen
    const sheet = book.Sheets[name];
    if (sheet) sheets.push(sheetRows(name, sheet, regional[i]));
  });
  return { sheets };
}

/** `regional`: the zh-CN code of each cell that has one of Chinese Excel's formats saved by number only. */
function sheetRows(name: string, sheet: WorkSheet, regional: Map<number, string> | undefined): SheetRows {
  const ref = sheet['!ref'];
  if (!ref) return { name, rows: [], hiddenColumns: [] };
  const range = utils.decode_range(ref);
  const rows: string[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++)
      cells.push(cellText(sheet[utils.encode_cell({ r, c })] as CellObject | undefined, regional?.get(cellKey(r, c))));
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

function cellText(cell: CellObject | undefined, regionalCode: string | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number')
    return displayedNumber(regionalCode ?? (typeof cell.z === 'string' ? cell.z : undefined), cell.v, false);
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  // Strings as written; an error cell (#N/A) as the sheet shows it.
  return cell.w ?? String(cell.v);
}
