/**
 * Writes the people table (shared/people/export.ts) as an .xlsx workbook: a styled header row,
 * the first row frozen, an autofilter; columns, paper and footer by `fitForPrint` (its many
 * columns print landscape on one page width).
 */
import ExcelJS from 'exceljs';
import type { ExportTable } from '../../shared/people/export';
import { fitForPrint } from './xlsx-print';

export async function writeXlsx(table: ExportTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zuoci';
  const sheet = workbook.addWorksheet(safeSheetName(table.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({ header: c.header }));
  for (const row of table.rows) sheet.addRow(row);
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF8B1A1A' } };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 22;
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  fitForPrint(sheet, { planName: table.title ?? table.sheetName, headRows: 1 });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}
