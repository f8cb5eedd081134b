/**
 * LibreOffice Calc as the stand-in for Excel and WPS: converts the spreadsheets we write to PDF
 * (what the printer gets) and back to CSV (what the program read). One soffice start per batch of
 * files, with a private profile so parallel runs and the user's own LibreOffice do not interfere.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROFILE = pathToFileURL(mkdtempSync(join(tmpdir(), 'zuoci-lo-profile-'))).href;

/**
 * Converts `files` into `outDir` as `format` ('pdf', or a CSV filter string); `infilter` names how
 * to read them (a CSV's separator and encoding).
 */
export function officeConvert(files: string[], format: string, outDir: string, infilter?: string): void {
  execFileSync(
    process.env.SOFFICE_PATH ?? 'soffice',
    [
      `-env:UserInstallation=${PROFILE}`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

/** CSV out of Calc: comma, double quote, UTF-8 (filter token 76). */
export const CSV_UTF8 = 'csv:Text - txt - csv (StarCalc):44,34,76';
/** Reading our CSV: comma, double quote, UTF-8 (it starts with a BOM, which Excel needs). */
export const CSV_IN = 'Text - txt - csv (StarCalc):44,34,76';

/** Every distinct non-empty cell text of a workbook's first sheet (a merged cell once). */
export async function xlsxCellTexts(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const texts = new Set<string>();
  book.worksheets[0]!.eachRow((row) => row.eachCell((c) => void (c.text && texts.add(c.text))));
  return [...texts];
}
