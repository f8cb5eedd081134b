/**
 * Chinese Excel's own date and time formats in .xlsx: saved as the built-in format numbers 27–36
 * and 50–58 without their codes (shared/people/regional-formats.ts). exceljs carries no code of
 * its own for those numbers, so such a cell had no format at all: a date read as its serial
 * number (46346) and a time as a fraction. Imported once by the .xlsx reader: the numbers read as
 * the zh-CN codes the .xls reader uses too, so numfmt shows them as the sheet does (cell-text.ts).
 */
// exceljs first: its writer has already listed the codes it writes by number, so a code filled in
// here is read, never written, by number (our own .xlsx keep writing the code itself).
import 'exceljs';
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats.js';
import { ZH_CN_REGIONAL_FORMATS } from '../../shared/people/regional-formats';

for (const [id, code] of Object.entries(ZH_CN_REGIONAL_FORMATS)) {
  const format = (defaultNumFormats[id] ??= {});
  format.f ??= code;
}
