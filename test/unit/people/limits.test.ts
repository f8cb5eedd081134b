/**
 * Every form of list meets the same limits (IMPORT_LIMITS): a CSV, a paste and a workbook past
 * the size, the rows or the columns are refused with that limit named — never read for minutes or
 * cut short without a word — and a list exactly at a limit still reads. The host's .xlsx reading
 * leaves turns of the event loop free, so autosave is answered meanwhile.
 */
import { utils, write } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { readXlsx, sheetRows } from '../../../electron/services/people-import';
import { translate, type Lang } from '../../../shared/i18n/translate';
import { IMPORT_LIMITS, IMPORT_MAX_BYTES } from '../../../shared/model/limits';
import { readProblemText } from '../../../shared/people';
import { isReadList, readListBytes, readListText } from '../../../shared/people/read-list';

const utf8 = (text: string) => new TextEncoder().encode(text);
const rowsOf = (n: number, line = '张三,市外办') => `姓名,单位\n${`${line}\n`.repeat(n - 1)}`;
const columnsOf = (n: number) => `${Array.from({ length: n }, (_, i) => `列${i + 1}`).join(',')}\n王建国\n`;

describe('CSV and paste limits', () => {
  it('refuses a file past the size limit before parsing it', () => {
    const bytes = new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61);
    expect(IMPORT_MAX_BYTES).toBe(30 * 1024 * 1024);
    expect(readListBytes('名单.csv', bytes)).toEqual({ problem: 'tooLarge' });
  });

  it('refuses a paste past the size limit measured in bytes, not characters', () => {
    // 11 million characters of Chinese are 33 MB: past the limit, though under it in characters.
    const text = '中'.repeat(11_000_000);
    expect(text.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(readListText('粘贴', '粘贴', text)).toEqual({ problem: 'tooLarge' });
  });

  it('refuses one row past the row limit, and reads the list at the limit (trailing blank lines not counted)', () => {
    expect(IMPORT_LIMITS.rows).toBe(100_000);
    expect(readListBytes('名单.csv', utf8(rowsOf(IMPORT_LIMITS.rows + 1)))).toEqual({ problem: 'tooManyRows' });
    const atLimit = readListBytes('名单.csv', utf8(`${rowsOf(IMPORT_LIMITS.rows)}\n\n,,\n`));
    if (!isReadList(atLimit)) throw new Error(JSON.stringify(atLimit));
    expect(atLimit.sheets[0]!.rows.filter((r) => r.some(Boolean))).toHaveLength(IMPORT_LIMITS.rows);
    expect(readListText('粘贴', '粘贴', rowsOf(IMPORT_LIMITS.rows + 1, '张三\t市外办').replaceAll(',', '\t'))).toEqual({
      problem: 'tooManyRows',
    });
  });

  it('refuses a column past the column limit; empty cells at a row’s end do not count', () => {
    expect(IMPORT_LIMITS.columns).toBe(200);
    expect(readListBytes('名单.csv', utf8(columnsOf(IMPORT_LIMITS.columns + 1)))).toEqual({ problem: 'tooManyColumns' });
    const atLimit = readListBytes('名单.csv', utf8(`${columnsOf(IMPORT_LIMITS.columns)}王建国${','.repeat(400)}\n`));
    if (!isReadList(atLimit)) throw new Error(JSON.stringify(atLimit));
    expect(atLimit.sheets[0]!.rows[0]).toHaveLength(IMPORT_LIMITS.columns);
  });

  it('refuses a paste past the column limit, as the CSV', () => {
    const wide = columnsOf(IMPORT_LIMITS.columns + 1).replaceAll(',', '\t');
    expect(readListText('粘贴', '粘贴', wide)).toEqual({ problem: 'tooManyColumns' });
    const atLimit = readListText('粘贴', '粘贴', columnsOf(IMPORT_LIMITS.columns).replaceAll(',', '\t'));
    if (!isReadList(atLimit)) throw new Error(JSON.stringify(atLimit));
    expect(atLimit.sheets[0]!.rows[0]).toHaveLength(IMPORT_LIMITS.columns);
  });

  it('each refusal names its limit, for a CSV and for a paste, in both languages', () => {
    const words = (lang: Lang, outcome: ReturnType<typeof readListBytes>, file: string) =>
      'problem' in outcome ? readProblemText((key, params) => translate(lang, key, params), outcome.problem, file) : 'read';
    const pasted = (lang: Lang) => translate(lang, 'import.pasted');
    const cases = [
      ['名单.csv', readListBytes('名单.csv', new Uint8Array(IMPORT_MAX_BYTES + 1).fill(0x61))],
      ['名单.csv', readListBytes('名单.csv', utf8(rowsOf(IMPORT_LIMITS.rows + 1)))],
      ['名单.csv', readListBytes('名单.csv', utf8(columnsOf(IMPORT_LIMITS.columns + 1)))],
      [null, readListText('粘贴', '粘贴', '中'.repeat(11_000_000))],
      [null, readListText('粘贴', '粘贴', rowsOf(IMPORT_LIMITS.rows + 1).replaceAll(',', '\t'))],
      [null, readListText('粘贴', '粘贴', columnsOf(IMPORT_LIMITS.columns + 1).replaceAll(',', '\t'))],
    ] as const;
    expect(cases.map(([file, outcome]) => words('zh', outcome, file ?? pasted('zh')))).toEqual([
      '无法读取“名单.csv”：太大（超过 30 MB 的上限）',
      '无法读取“名单.csv”：行数太多（超过 100,000 行的上限）',
      '无法读取“名单.csv”：列数太多（超过 200 列的上限）',
      `无法读取“${pasted('zh')}”：太大（超过 30 MB 的上限）`,
      `无法读取“${pasted('zh')}”：行数太多（超过 100,000 行的上限）`,
      `无法读取“${pasted('zh')}”：列数太多（超过 200 列的上限）`,
    ]);
    expect(cases.map(([file, outcome]) => words('en', outcome, file ?? pasted('en')))).toEqual([
      'Could not read “名单.csv”: Too large (over the limit of 30 MB)',
      'Could not read “名单.csv”: Too many rows (over the limit of 100,000 rows)',
      'Could not read “名单.csv”: Too many columns (over the limit of 200 columns)',
      `Could not read “${pasted('en')}”: Too large (over the limit of 30 MB)`,
      `Could not read “${pasted('en')}”: Too many rows (over the limit of 100,000 rows)`,
      `Could not read “${pasted('en')}”: Too many columns (over the limit of 200 columns)`,
    ]);
  });

  it('refuses an empty file or paste as empty', () => {
    expect(readListBytes('名单.csv', utf8(',,\r\n\r\n'))).toEqual({ problem: 'empty' });
    expect(readListText('粘贴', '粘贴', '\t\t\n')).toEqual({ problem: 'empty' });
  });

  it('reports progress as a large text is parsed', () => {
    const seen: number[] = [];
    readListBytes('名单.csv', utf8(rowsOf(50_000, `张三,市外办,${'备注'.repeat(20)}`)), (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((f) => f > 0 && f < 1)).toBe(true);
  });
});

describe('workbook limits', () => {
  it('an .xlsx past the column limit is refused on the host, not cut to 200 columns', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名单');
    sheet.addRow(Array.from({ length: IMPORT_LIMITS.columns + 1 }, (_, i) => `列${i + 1}`));
    expect(await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()))).toEqual({ sheets: [], problem: 'tooManyColumns' });
  });

  it('an .xls past the column limit is refused (BIFF8 holds 256 columns; its 65,536 rows are under the row limit)', () => {
    const rows = [Array.from({ length: IMPORT_LIMITS.columns + 1 }, (_, i) => `列${i + 1}`)];
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), '名单');
    const bytes = new Uint8Array(write(book, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
    expect(readListBytes('名单.xls', bytes)).toEqual({ problem: 'tooManyColumns' });
  });
});

describe('the host stays responsive while it reads an .xlsx', () => {
  it('the conversion of a sheet leaves turns of the event loop to other work (an autosave request)', async () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('名单');
    for (let i = 0; i < 2000; i++) sheet.addRow([`人${i}`, '远航集团', i + 1]);
    let done = false;
    let turnsDuringConversion = 0;
    const converting = sheetRows(sheet).then((r) => {
      done = true;
      return r;
    });
    while (!done) {
      await nextTurn();
      if (!done) turnsDuringConversion++;
    }
    expect(await converting).toMatchObject({ name: '名单', hiddenColumns: [] });
    // A turn after every 500 rows converted (none at all if the conversion ran in one piece).
    expect(turnsDuringConversion).toBeGreaterThanOrEqual(3);
  });
});
