/**
 * Lists in the other forms offices send: Excel 97–2003 .xls and WPS .et (both shapes WPS writes:
 * a compound file, or an .xlsx under the .et name), Excel's "Unicode text" (UTF-16LE with tabs)
 * and UTF-16BE, an HTML table saved as .xls. Each file is made here and read the way the wizard
 * reads it (read-list.ts, then the host for an .xlsx), and each asserts the exact people and problems.
 */
import { utils, write, type WorkSheet } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../electron/services/people-import';
import { isReadList, readListBytes, workbookList, type ReadList } from '../../../shared/people/read-list';
import { encodeUtf16le } from './encode';
import { importSheet } from './import-sheet';

const TITLE = '出席欢迎宴会人员名单';
const HEADER = ['序号', '姓名', '单位', '原排序', '排序', '抵达时间', '备注'];
/** 46346.7708… is 2026-11-20 18:30 as Excel stores it. */
const ARRIVAL = 46346 + 18.5 / 24;
const PEOPLE = [
  { row: 3, action: 'add', name: '王建国', organisation: '市外办', rank: 1, notes: '2026-11-20' },
  { row: 4, action: 'add', name: '陈志远', organisation: '远航集团', rank: 2, notes: '2026-11-20' },
];

/** The list as SheetJS writes it in Excel 97–2003 form: a merged title, a hidden 原排序, formatted numbers. */
function legacyBytes(): Uint8Array {
  const sheet: WorkSheet = utils.aoa_to_sheet([
    [TITLE],
    HEADER,
    [1, '王建国', '市外办', 9, 1, ARRIVAL, 46346],
    [2, '陈志远', '远航集团', 8, 2, ARRIVAL, 46346],
  ]);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: HEADER.length - 1 } }];
  sheet['!cols'] = [{}, {}, {}, { hidden: true }];
  for (const cell of ['F3', 'F4']) sheet[cell].z = 'hh:mm';
  // Excel's built-in short date (format 14), which follows the reader's region: ISO for us.
  for (const cell of ['G3', 'G4']) sheet[cell].z = 'm/d/yy';
  const hidden = utils.aoa_to_sheet([['只给系统看的'], ['x']]);
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, '名单');
  utils.book_append_sheet(book, hidden, '数据');
  book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 2 }] };
  return new Uint8Array(write(book, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
}

function read(fileName: string, bytes: Uint8Array): ReadList {
  const outcome = readListBytes(fileName, bytes);
  if (!isReadList(outcome)) throw new Error(`not read: ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('legacy workbooks: .xls and WPS .et', () => {
  it('an .xls (BIFF8) reads like the .xlsx: title merged over the header, hidden column marked, times as shown', () => {
    const list = read('名单.xls', legacyBytes());
    expect(list.format).toBe('Excel 97–2003 (.xls)');
    // The very hidden sheet is left out.
    expect(list.sheets.map((s) => s.name)).toEqual(['名单']);
    const sheet = list.sheets[0]!;
    expect(sheet.hiddenColumns).toEqual([3]);
    expect(sheet.rows).toEqual([
      Array(HEADER.length).fill(TITLE),
      HEADER,
      ['1', '王建国', '市外办', '9', '1', '18:30', '2026-11-20'],
      ['2', '陈志远', '远航集团', '8', '2', '18:30', '2026-11-20'],
    ]);
    const { mapping, people, problems } = importSheet(sheet.rows, sheet.hiddenColumns);
    expect(mapping).toEqual([null, 'name', 'organisation', null, 'rank', null, 'notes']);
    expect(people).toEqual(PEOPLE);
    expect(problems).toEqual([]);
  });

  it('an .et that WPS wrote as a compound file is read by its content, whatever its name', () => {
    const list = read('名单.et', legacyBytes());
    expect(list.format).toBe('WPS (.et)');
    expect(importSheet(list.sheets[0]!.rows, list.sheets[0]!.hiddenColumns).people).toEqual(PEOPLE);
  });

  it('an .et (or .xls) that is an .xlsx inside goes to the host’s .xlsx reader', async () => {
    const book = new ExcelJS.Workbook();
    const s = book.addWorksheet('名单');
    s.addRow([TITLE]);
    s.mergeCells(1, 1, 1, 3);
    s.addRow(['姓名', '单位', '排序']);
    s.addRow(['王建国', '市外办', 1]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    for (const name of ['名单.et', '名单.xls']) {
      const outcome = readListBytes(name, bytes);
      expect(outcome).toEqual({ xlsx: bytes });
    }
    const list = workbookList('Excel (.xlsx)', (await readXlsx(bytes)).sheets);
    if (!isReadList(list)) throw new Error('not read');
    expect(importSheet(list.sheets[0]!.rows).people).toEqual([
      { row: 3, action: 'add', name: '王建国', organisation: '市外办', rank: 1 },
    ]);
  });

  it('an HTML table saved as .xls by a web system reads too', () => {
    const html =
      '<html><body><table><tr><td>姓名</td><td>职务</td></tr><tr><td>王建国</td><td>主任</td></tr></table></body></html>';
    const list = read('导出.xls', new TextEncoder().encode(html));
    expect(list.format).toBe('HTML (.xls)');
    expect(importSheet(list.sheets[0]!.rows).people).toEqual([{ row: 2, action: 'add', name: '王建国', title: '主任' }]);
  });

  it('a damaged workbook, or text under a workbook’s name, is refused as not a workbook; other files as unsupported', () => {
    const damaged = legacyBytes().slice(0, 700);
    expect(readListBytes('名单.xls', damaged)).toEqual({ problem: 'notWorkbook' });
    expect(readListBytes('名单.et', new TextEncoder().encode('姓名,单位\n王建国,市外办\n'))).toEqual({ problem: 'notWorkbook' });
    expect(readListBytes('名单.docx', new TextEncoder().encode('姓名'))).toEqual({ problem: 'unsupported' });
  });
});

describe('UTF-16 text', () => {
  const TSV = '外宾代表团名单\r\n序号\t姓名\t单位\t职务\r\n1\tAnna Schmidt\tHanse AG\tCEO\r\n2\t吕涛\t远航集团\t副总裁\r\n';
  const EXPECTED = [
    { row: 3, action: 'add', name: 'Anna Schmidt', organisation: 'Hanse AG', title: 'CEO' },
    { row: 4, action: 'add', name: '吕涛', organisation: '远航集团', title: '副总裁' },
  ];

  it('UTF-16LE with tabs and a BOM (Excel "Unicode text") reads with its title skipped', () => {
    const list = read('名单.txt', encodeUtf16le(TSV));
    expect(list.format).toBe('UTF-16LE BOM');
    const { people, problems } = importSheet(list.sheets[0]!.rows);
    expect([people, problems]).toEqual([EXPECTED, []]);
  });

  it('UTF-16BE with a BOM', () => {
    const le = encodeUtf16le(TSV);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect([be[0], be[1]]).toEqual([0xfe, 0xff]);
    const list = read('名单.txt', be);
    expect(list.format).toBe('UTF-16BE BOM');
    const { people, problems } = importSheet(list.sheets[0]!.rows);
    expect([people, problems]).toEqual([EXPECTED, []]);
  });

  it('UTF-16 without a BOM is told by its byte order too', () => {
    const le = encodeUtf16le(TSV, false);
    expect(read('名单.csv', le).format).toBe('UTF-16LE');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    const list = read('名单.csv', be);
    expect(list.format).toBe('UTF-16BE');
    expect(importSheet(list.sheets[0]!.rows).people).toEqual(EXPECTED);
  });
});
