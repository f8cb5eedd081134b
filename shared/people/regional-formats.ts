/**
 * Chinese Excel saves several of its own date and time formats (2026年11月20日, 11月20日, 2026年11月,
 * 18时30分, 上午/下午 6时30分 …) as the built-in format numbers 27–36 and 50–58 without writing
 * their codes: those numbers mean "the reader's region's format". A list comes from a Chinese
 * office, so both readers take the zh-CN code: the .xlsx reader (electron/services/
 * xlsx-regional-formats.ts fills exceljs's table with it) and the .xls/.et reader
 * (legacy-workbook.ts). The codes are the zh-cn column of exceljs 4.4's table of built-in formats
 * (exceljs/lib/xlsx/defaultnumformats.js; a unit test keeps them equal), which follows ECMA-376
 * Part 1, 18.8.30.
 */
const YEAR_MONTH = 'yyyy"年"m"月"';
const MONTH_DAY = 'm"月"d"日"';
const AM_PM_MINUTES = '上午/下午 h"时"mm"分"';
const AM_PM_SECONDS = '上午/下午 h"时"mm"分"ss"秒"';

export const ZH_CN_REGIONAL_FORMATS: Readonly<Record<number, string>> = {
  27: YEAR_MONTH,
  28: MONTH_DAY,
  29: MONTH_DAY,
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: AM_PM_MINUTES,
  35: AM_PM_SECONDS,
  36: YEAR_MONTH,
  50: YEAR_MONTH,
  51: MONTH_DAY,
  52: YEAR_MONTH,
  53: MONTH_DAY,
  54: MONTH_DAY,
  55: AM_PM_MINUTES,
  56: AM_PM_SECONDS,
  57: YEAR_MONTH,
  58: MONTH_DAY,
};
