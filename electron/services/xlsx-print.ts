/**
 * Makes any worksheet we write print well in Excel, WPS and LibreOffice: every column as wide as
 * its longest value in the language written (measured: CJK characters take two widths, at the
 * cell's font size), A4 turned landscape when the columns are wider than a portrait page,
 * fitted to one page width, the heading rows repeated on every page, and a footer with the plan's
 * name and the page number. Used by every .xlsx writer (seating list, people list, …).
 */
import type ExcelJS from 'exceljs';
import { displayWidth } from '../../shared/people/text';

/** Excel's width unit is the digit width of the default font (Calibri 11): sizes scale from it. */
const BASE_FONT_SIZE = 11;
/** Room for the cell's padding and the glyphs' side bearings, in width units. */
const SLACK = 2;
const MIN_WIDTH = 6;
/** Wider columns (long notes) are capped and wrap instead. */
const MAX_WIDTH = 60;
/** A4 less 0.5" margins each side, in width units (a unit is 7 px + 5 px per column at 96 dpi). */
const PORTRAIT_UNITS = 96;
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };

/** A cell's text width in Excel width units, at the cell's font size. */
export function cellWidth(cell: ExcelJS.Cell): number {
  const value = cell.value;
  if (value === null || value === undefined || value === '') return 0;
  const text = typeof value === 'object' && 'richText' in value ? value.richText.map((r) => r.text).join('') : String(cell.text);
  const scale = (cell.font?.size ?? BASE_FONT_SIZE) / BASE_FONT_SIZE;
  // A cell that wraps is as wide as its longest line.
  return Math.max(...text.split('\n').map((line) => displayWidth(line))) * scale;
}

/** Footer text is a format string: a literal & is written &&. */
const footerText = (s: string) => s.replace(/&/g, '&&');

export function fitForPrint(sheet: ExcelJS.Worksheet, { planName, headRows }: { planName: string; headRows: number }): void {
  const widths: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell (title, table heading) spans the columns: it does not size one of them.
      if (cell.isMerged) return;
      widths[col - 1] = Math.max(widths[col - 1] ?? 0, cellWidth(cell));
    }),
  );
  let total = 0;
  for (let c = 1; c <= sheet.columnCount; c++) {
    const want = Math.ceil((widths[c - 1] ?? 0) + SLACK);
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, want));
    const column = sheet.getColumn(c);
    column.width = width;
    if (want > MAX_WIDTH) column.alignment = { ...column.alignment, wrapText: true, vertical: 'top' };
    total += width;
  }
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: total > PORTRAIT_UNITS ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: MARGINS,
    printTitlesRow: `1:${headRows}`,
    horizontalCentered: true,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&L${footerText(planName)}&R&P / &N` };
}
