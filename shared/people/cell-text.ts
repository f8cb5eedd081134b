/**
 * A spreadsheet number as the sheet displays it, whichever reader found it (exceljs for .xlsx,
 * SheetJS for .xls/.et): its number format applied by numfmt, so 18:30 stays 18:30 and a date
 * reads as a date, never 1899-12-30 or 46346.
 */
import { format as formatNumber } from 'numfmt';

/** Excel's serial day number (days since 1899-12-30, the time as its fraction) of a date a reader gave. */
export function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Excel's built-in short date (format 14, written "mm-dd-yy" or "m/d/yy") follows the reader's
 * regional setting; a Chinese list means 2026-11-20 by it, the form our dates take everywhere.
 */
const SYSTEM_SHORT_DATE = new Set(['mm-dd-yy', 'm/d/yy', 'm/d/yyyy']);

/**
 * Chinese Excel writes its morning/afternoon marker as 上午/下午 (上午/下午 h"时"mm"分"): Excel's AM/PM
 * in Chinese. numfmt would print it as text beside a 24-hour time ("上午/下午 18时30分").
 */
const CHINESE_AM_PM = '上午/下午';

export function displayedNumber(numFmt: string | undefined, value: number, isDate: boolean): string {
  const code = numFmt && numFmt !== 'General' ? (SYSTEM_SHORT_DATE.has(numFmt) ? 'yyyy-mm-dd' : numFmt) : undefined;
  if (code) {
    try {
      if (code.includes(CHINESE_AM_PM))
        return formatNumber(code.replaceAll(CHINESE_AM_PM, 'AM/PM'), value, { locale: 'zh-CN' }).trim();
      return formatNumber(code, value).trim();
    } catch {
      // A format numfmt cannot read: the value as General below rather than an error text.
    }
  }
  if (isDate) return formatNumber('yyyy-mm-dd', value);
  // General: integers as written, other numbers without binary noise (0.1 + 0.2 shows 0.3).
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}
