/**
 * Chinese Excel saves several of its own date and time formats (2026年11月20日, 11月20日, 2026年11月,
 * 18时30分, 上午/下午 6时30分 …) as the built-in format numbers 27–36 and 50–58 without writing
 * their codes: those numbers follow the reader's region. exceljs carries each region's code for
 * them but gives such a cell no format at all, so a date read as its serial number (46346) and a
 * time as a fraction. Imported once by the .xlsx reader: the numbers read as the zh-CN codes,
 * the region our lists come from, so numfmt shows them as the sheet does (cell-text.ts).
 */
// exceljs first: its writer has already listed the codes it writes by number, so a code filled in
// here is read, never written, by number (our own .xlsx keep writing the code itself).
import 'exceljs';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats.js';

for (const format of Object.values(defaultNumFormats)) {
  if (format.f === undefined && format['zh-cn'] !== undefined) format.f = format['zh-cn'];
}
