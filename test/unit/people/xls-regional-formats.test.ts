/**
 * Chinese Excel's own date and time formats in an Excel 97–2003 .xls (and a WPS .et, the same
 * reader): saved as the built-in format numbers 27–36 and 50–58 with no FORMAT record, so the
 * number means "the reader's region's format". Each reads as Chinese Excel shows it, by the zh-CN
 * codes the .xlsx reader uses too. LibreOffice set to zh-CN shows this fixture the same way
 * (`soffice --convert-to csv`; it writes 下午6时30分 where the zh-CN code has a space), and set to
 * en-US shows 11/20/2026 and 18:30:00: the numbers are regional.
 */
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats.js';
import { describe, expect, it } from 'vitest';
import { isReadList, readListBytes } from '../../../shared/people/read-list';
import { ZH_CN_REGIONAL_FORMATS } from '../../../shared/people/regional-formats';
import { importSheet } from './import-sheet';
import { legacyWithBuiltInFormats, type LegacyRows } from './legacy-formats';

/** 2026-11-20 18:30 as Excel stores it, and 09:05 that morning. */
const ARRIVAL = 46346 + 18.5 / 24;
const MORNING = 46346 + (9 + 5 / 60) / 24;

/** How Chinese Excel shows ARRIVAL in each of its regional formats (the zh-CN codes, by numfmt). */
const SHOWN: Record<number, string> = {
  27: '2026年11月',
  28: '11月20日',
  29: '11月20日',
  30: '11-20-26',
  31: '2026年11月20日',
  32: '18时30分',
  33: '18时30分00秒',
  34: '下午 6时30分',
  35: '下午 6时30分00秒',
  36: '2026年11月',
  50: '2026年11月',
  51: '11月20日',
  52: '2026年11月',
  53: '11月20日',
  54: '11月20日',
  55: '下午 6时30分',
  56: '下午 6时30分00秒',
  57: '2026年11月',
  58: '11月20日',
};
const IDS = Object.keys(SHOWN).map(Number);

function rowsOf(fileName: string, bytes: Uint8Array, sheet = 0): string[][] {
  const list = readListBytes(fileName, bytes);
  if (!isReadList(list)) throw new Error(`not read: ${JSON.stringify(list)}`);
  return list.sheets[sheet]!.rows;
}

describe('.xls: Chinese Excel’s own date and time formats, saved by number only', () => {
  it('every regional number reads as Chinese Excel shows it, in .xls and .et alike', () => {
    const bytes = legacyWithBuiltInFormats({
      名单: [IDS.map(String), IDS.map((id) => ({ value: ARRIVAL, id }))],
    });
    for (const name of ['名单.xls', '名单.et'])
      expect(rowsOf(name, bytes)).toEqual([IDS.map(String), IDS.map((id) => SHOWN[id])]);
  });

  it('morning times read with 上午', () => {
    const bytes = legacyWithBuiltInFormats({
      名单: [[34, 35, 55, 56].map((id) => ({ value: MORNING, id }))],
    });
    expect(rowsOf('名单.xls', bytes)).toEqual([['上午 9时05分', '上午 9时05分00秒', '上午 9时05分', '上午 9时05分00秒']]);
  });

  it('a list with such dates and times imports them as shown, on the sheet they are on', () => {
    const header = ['姓名', '单位', '排序', '抵达日期', '抵达时间', '备注'];
    const rows: LegacyRows = [
      header,
      ['王建国', '市外办', 1, { value: 46346, id: 31 }, { value: ARRIVAL % 1, id: 32 }, { value: 46346, id: 58 }],
      ['陈志远', '远航集团', 2, { value: 46347, id: 31 }, { value: MORNING % 1, id: 55 }, { value: 46347, id: 58 }],
    ];
    // A sheet before it, its numbers in the same cells in General: each sheet keeps its own formats.
    const bytes = legacyWithBuiltInFormats({ 说明: [header, ['', '', 1, 46346, 0.5, 46346]], 名单: rows });
    expect(rowsOf('名单.xls', bytes, 0)[1]).toEqual(['', '', '1', '46346', '0.5', '46346']);
    const list = rowsOf('名单.xls', bytes, 1);
    expect(list.slice(1)).toEqual([
      ['王建国', '市外办', '1', '2026年11月20日', '18时30分', '11月20日'],
      ['陈志远', '远航集团', '2', '2026年11月21日', '上午 9时05分', '11月21日'],
    ]);
    const { people, problems } = importSheet(list);
    expect(people).toEqual([
      { row: 2, action: 'add', name: '王建国', organisation: '市外办', rank: 1, notes: '11月20日' },
      { row: 3, action: 'add', name: '陈志远', organisation: '远航集团', rank: 2, notes: '11月21日' },
    ]);
    expect(problems).toEqual([]);
  });

  it('a code the file writes for a regional number wins, and so does a custom format', () => {
    const bytes = legacyWithBuiltInFormats({
      名单: [
        [
          { value: ARRIVAL, id: 31, code: 'yyyy/m/d' },
          { value: ARRIVAL, id: 56, code: 'hh"点"mm' },
          { value: ARRIVAL, id: 170, code: 'yyyy-mm-dd hh:mm' },
        ],
      ],
    });
    expect(rowsOf('名单.xls', bytes)).toEqual([['2026/11/20', '18点30', '2026-11-20 18:30']]);
    // SheetJS keeps the codes an .xls wrote for the next one it reads (its table is reset for .xlsx
    // only): the next list, which writes none, still reads by the zh-CN codes.
    const next = legacyWithBuiltInFormats({ 名单: [[31, 56].map((id) => ({ value: ARRIVAL, id }))] });
    expect(rowsOf('名单.xls', next)).toEqual([['2026年11月20日', '下午 6时30分00秒']]);
  });

  it('General numbers, and the short date, read as before', () => {
    const bytes = legacyWithBuiltInFormats({
      名单: [[7, 7.5, { value: 0.1 + 0.2, id: 0 }, { value: 46346, id: 14 }, { value: ARRIVAL, id: 31 }]],
    });
    expect(rowsOf('名单.xls', bytes)).toEqual([['7', '7.5', '0.3', '2026-11-20', '2026年11月20日']]);
  });

  it('the zh-CN codes are exceljs’s, the table the .xlsx reader had them from', () => {
    const zhCn = Object.fromEntries(IDS.map((id) => [id, defaultNumFormats[id]?.['zh-cn']]));
    expect(ZH_CN_REGIONAL_FORMATS).toEqual(zhCn);
  });
});
