/**
 * The seating list as an .xlsx formatted for printing (columns, paper and footer by `fitForPrint`):
 * the title and column headings repeated on every page, each table a block that never breaks
 * across pages, the main table shaded.
 */
import ExcelJS from 'exceljs';
import type { RequestOf } from '../../shared/ipc/contract';
import { fitForPrint } from './xlsx-print';

export type SeatingList = RequestOf<'export.xlsx'>['list'];

/** Rows that fit an A4 portrait page at the row height used here, below the repeated headings. */
const ROWS_PER_PAGE = 44;

export async function seatingListXlsx(list: SeatingList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zuoci';
  const sheet = workbook.addWorksheet(list.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  const ncol = list.columns.length;
  const font = { name: 'Microsoft YaHei', size: 10 };

  sheet.mergeCells(1, 1, 1, ncol);
  Object.assign(sheet.getCell(1, 1), { value: list.title, font: { ...font, size: 14, bold: true } });
  sheet.getRow(1).height = 24;
  sheet.mergeCells(2, 1, 2, ncol);
  Object.assign(sheet.getCell(2, 1), { value: list.subtitle, font: { ...font, color: { argb: 'FF555555' } } });
  const head = sheet.getRow(3);
  head.values = list.columns;
  head.font = { ...font, bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
  head.eachCell((c) => (c.border = { bottom: { style: 'medium' } }));

  let usedOnPage = 0;
  for (const table of list.tables) {
    const need = table.rows.length + 2;
    // Start a new page rather than split a table (unless the table is longer than a page).
    if (usedOnPage > 0 && usedOnPage + need > ROWS_PER_PAGE) {
      sheet.lastRow?.addPageBreak();
      usedOnPage = 0;
    }
    const headingRow = sheet.addRow([table.heading]);
    sheet.mergeCells(headingRow.number, 1, headingRow.number, ncol);
    headingRow.font = { ...font, bold: true, size: 11 };
    headingRow.height = 20;
    headingRow.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: table.main ? 'FFFDE2A0' : 'FFF2F2F2' } };
    headingRow.getCell(1).border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
    for (const values of table.rows) {
      const row = sheet.addRow(values);
      row.font = font;
      row.height = 17;
      row.eachCell({ includeEmpty: true }, (c) => (c.border = { bottom: { style: 'hair', color: { argb: 'FF999999' } } }));
    }
    sheet.addRow([]);
    usedOnPage += need;
  }
  fitForPrint(sheet, { planName: list.title, headRows: 3 });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
