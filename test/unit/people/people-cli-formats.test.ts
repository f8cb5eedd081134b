/**
 * `npm run people` reads every form the wizard reads, through the wizard's own reader (content
 * before extension, every encoding, the same limits): an Excel 97–2003 .xls, a WPS .et that is a
 * compound file and one that is an .xlsx inside, a GB18030 CSV, a UTF-8 CSV with BOM, Excel's
 * "Unicode text" (UTF-16LE with tabs), a Word table pasted into a .txt with a cell of two lines,
 * our own people export (formula guard undone), and a CSV past the column limit (refused, exit 1,
 * the limit named). Each file is made here; each case runs the command and reads its JSON.
 */
import { utils, write } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/people';
import { encodeGb18030, encodeUtf16le } from './encode';

const dir = mkdtempSync(join(tmpdir(), 'people-cli-formats-'));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

interface JsonRow {
  row: number;
  action: string;
  fields: Record<string, unknown>;
  rank: { rank: number; source: string; words: string } | null;
  problems: { row: number; column: string; code: string; message: string }[];
}

/** The command's JSON for a file: its format, header row, each row as [row, action, fields, rank and source], problems, unclosed quotes. */
async function report(path: string, ...args: string[]) {
  const res = await run(path, '--json', ...args);
  expect([res.status, res.stderr]).toEqual([0, '']);
  const out = JSON.parse(res.stdout) as { format: string; headerRow: number; rows: JsonRow[]; unclosedQuotes: unknown[] };
  return {
    format: out.format,
    headerRow: out.headerRow,
    rows: out.rows.map((r) => [r.row, r.action, r.fields, r.rank && `${r.rank.rank} ${r.rank.source}`]),
    problems: out.rows.flatMap((r) => r.problems.map((p) => p.message)),
    unclosedQuotes: out.unclosedQuotes,
  };
}

/** A report with no problem and no unclosed quote. */
const CLEAN = { problems: [], unclosedQuotes: [] };

/** A title merged over the header, a level list (ranked by --rank level), as SheetJS writes BIFF8. */
function legacyBook(): Uint8Array {
  const sheet = utils.aoa_to_sheet([
    ['外宾代表团名单'],
    ['序号', '姓名', '单位', '职务', '级别'],
    [1, '陈志远', '远航集团', '副总裁', '副厅级'],
    [2, '王建国', '市外办', '主任', '正厅级'],
  ]);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, '名单');
  return new Uint8Array(write(book, { bookType: 'biff8', type: 'array' }) as ArrayBuffer);
}

const LEGACY_ROWS = [
  [3, 'add', { name: '陈志远', organisation: '远航集团', title: '副总裁', officialLevel: '副厅级', side: 'guest' }, '2 level'],
  [4, 'add', { name: '王建国', organisation: '市外办', title: '主任', officialLevel: '正厅级', side: 'guest' }, '1 level'],
];

describe('npm run people reads what the wizard reads', () => {
  it('an .xls, and a WPS .et in both shapes (compound file; .xlsx inside), ranked by 级别', async () => {
    const bytes = legacyBook();
    const legacy = { headerRow: 2, rows: LEGACY_ROWS, ...CLEAN };
    expect(await report(file('名单.xls', bytes), '--rank', 'level')).toEqual({ format: 'Excel 97–2003 (.xls)', ...legacy });
    expect(await report(file('名单.et', bytes), '--rank', 'level')).toEqual({ format: 'WPS (.et)', ...legacy });

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('名单');
    sheet.addRows([
      ['外宾代表团名单'],
      ['序号', '姓名', '单位', '职务', '级别'],
      [1, '陈志远', '远航集团', '副总裁', '副厅级'],
      [2, '王建国', '市外办', '主任', '正厅级'],
    ]);
    sheet.mergeCells('A1:E1');
    const zipped = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await report(file('zip.et', zipped), '--rank', 'level')).toEqual({ format: 'Excel (.xlsx)', ...legacy });
  }, 30_000);

  it('CSV in GB18030 and UTF-8 with BOM: the same people, the encoding named', async () => {
    const text = '出席欢迎宴会人员名单\r\n序号,姓名,单位,主/客\r\n1,王建国,市外办,主方\r\n2,陈志远,远航集团,客方\r\n';
    const rows = [
      [3, 'add', { name: '王建国', organisation: '市外办', side: 'host' }, '1 list'],
      [4, 'add', { name: '陈志远', organisation: '远航集团', side: 'guest' }, '1 list'],
    ];
    expect(await report(file('gbk.csv', encodeGb18030(text)))).toEqual({ format: 'GB18030', headerRow: 2, rows, ...CLEAN });
    expect(await report(file('utf8.csv', `\ufeff${text}`))).toEqual({ format: 'UTF-8 BOM', headerRow: 2, rows, ...CLEAN });
  });

  it("Excel's Unicode text (UTF-16LE, tabs) and a Word paste whose cell holds two lines", async () => {
    const unicode = encodeUtf16le('姓名\t单位\t排序\r\n李娜\t市外办\t2\r\n赵敏\t远航集团\t1\r\n');
    expect(await report(file('unicode.txt', unicode))).toEqual({
      format: 'UTF-16LE BOM',
      headerRow: 1,
      ...CLEAN,
      rows: [
        [2, 'add', { name: '李娜', organisation: '市外办', rank: 2, side: 'guest' }, '2 column'],
        [3, 'add', { name: '赵敏', organisation: '远航集团', rank: 1, side: 'guest' }, '1 column'],
      ],
    });
    // Word puts a cell with a paragraph break in quotes; it stays one row, as Excel numbers it.
    const word = '附件1\n出席人员名单\n姓名\t单位\t备注\n王建国\t市外办\t"需要轮椅\n提前到场"\n陈志远\t远航集团\t\n';
    expect(await report(file('word.txt', word))).toEqual({
      format: 'UTF-8',
      headerRow: 3,
      problems: [],
      rows: [
        [4, 'add', { name: '王建国', organisation: '市外办', notes: '需要轮椅\n提前到场', side: 'guest' }, '1 list'],
        [5, 'add', { name: '陈志远', organisation: '远航集团', side: 'guest' }, '2 list'],
      ],
      unclosedQuotes: [],
    });
  });

  it('our own people export reads back: every column mapped, the formula guard undone', async () => {
    const csv = "\ufeff序号,姓名,身份,排序,单位,职务\r\n1,王建国,主方,1,市外办,'-副主任\r\n";
    expect(await report(file('导出.csv', csv))).toEqual({
      format: 'UTF-8 BOM',
      headerRow: 1,
      ...CLEAN,
      rows: [[2, 'add', { name: '王建国', side: 'host', rank: 1, organisation: '市外办', title: '-副主任' }, '1 column']],
    });
  });

  it('a CSV past a limit is refused with the limit named (exit 1), and an unclosed quote is reported with its row', async () => {
    const wide = `${Array.from({ length: 201 }, (_, i) => `列${i + 1}`).join(',')}\r\n王建国\r\n`;
    const res = await run(file('宽表.csv', wide));
    expect([res.status, res.stdout, res.stderr]).toEqual([1, '', 'people: 无法读取“宽表.csv”：列数太多（超过 200 列的上限）\n']);
    const en = await run(file('宽表.csv', wide), '--lang', 'en');
    expect(en.stderr).toBe('people: Could not read “宽表.csv”: Too many columns (over the limit of 200 columns)\n');

    const open = await report(file('open.csv', '姓名,备注\r\n王建国,"未闭合\r\n陈志远,\r\n'));
    expect(open.unclosedQuotes).toEqual([{ row: 2, words: '第 2 行：引号没有闭合，其后内容都读进了这一格。' }]);
  });

  it('every --rank on every form, as JSON and as text: the same people, each rank and its source', async () => {
    const lines = [
      ['姓名', '单位', '职务', '级别', '排序'],
      ['陈副市长', '市政府', '副市长', '副厅级', '3'],
      ['王书记', '市委', '书记', '正厅级', '2'],
      ['刘市长', '市政府', '市长', '正厅级', '1'],
    ];
    const csv = lines.map((l) => l.join(',')).join('\r\n');
    const tsv = lines.map((l) => l.join('\t')).join('\r\n');
    const xls = utils.book_new();
    utils.book_append_sheet(xls, utils.aoa_to_sheet(lines), '名单');
    const xlsx = new ExcelJS.Workbook();
    xlsx.addWorksheet('名单').addRows(lines);
    const files = {
      'GB18030 CSV': file('rank.csv', encodeGb18030(csv)),
      'UTF-16LE text': file('rank.txt', encodeUtf16le(tsv)),
      'Word paste': file('rank-paste.txt', `附件1\n${tsv.replaceAll('\r\n', '\n')}\n`),
      '.xls': file('rank.xls', new Uint8Array(write(xls, { bookType: 'biff8', type: 'array' }) as ArrayBuffer)),
      '.xlsx': file('rank.xlsx', new Uint8Array(await xlsx.xlsx.writeBuffer())),
    };
    const expected = {
      list: [
        ['陈副市长', 1, '名单顺序'],
        ['王书记', 2, '名单顺序'],
        ['刘市长', 3, '名单顺序'],
      ],
      column: [
        ['陈副市长', 3, '排序列'],
        ['王书记', 2, '排序列'],
        ['刘市长', 1, '排序列'],
      ],
      level: [
        ['陈副市长', 3, '级别：副厅级'],
        ['王书记', 1, '级别：正厅级'],
        ['刘市长', 2, '级别：正厅级'],
      ],
      title: [
        ['陈副市长', 3, '职务：副市长'],
        ['王书记', 1, '职务：书记'],
        ['刘市长', 2, '职务：市长'],
      ],
    };
    for (const [form, path] of Object.entries(files)) {
      for (const [rankBy, ranks] of Object.entries(expected)) {
        const res = await run(path, '--json', '--rank', rankBy);
        expect([form, rankBy, res.status, res.stderr]).toEqual([form, rankBy, 0, '']);
        const out = JSON.parse(res.stdout) as { rankBy: string; rows: JsonRow[] };
        expect(out.rankBy).toBe(rankBy);
        expect([form, out.rows.map((r) => [r.fields.name, r.rank?.rank, r.rank?.words])]).toEqual([form, ranks]);
        expect(out.rows.map((r) => [r.fields.side, r.fields.officialLevel, r.problems])).toEqual([
          ['guest', '副厅级', []],
          ['guest', '正厅级', []],
          ['guest', '正厅级', []],
        ]);
      }
      const text = await run(path, '--rank', 'title');
      expect([form, text.status, text.stdout.split('\n').filter((l) => l.startsWith('第'))]).toEqual([
        form,
        0,
        expect.arrayContaining([
          expect.stringMatching(/ 新增 {2}王书记 \| .*排序 1（职务：书记）$/),
          expect.stringMatching(/ 新增 {2}刘市长 \| .*排序 2（职务：市长）$/),
          expect.stringMatching(/ 新增 {2}陈副市长 \| .*排序 3（职务：副市长）$/),
        ]),
      ]);
    }
  }, 60_000);
});
