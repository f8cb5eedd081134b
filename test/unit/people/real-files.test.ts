/**
 * Lists as offices really send them, made here as files (xlsx by exceljs, CSV encoded as Excel
 * saves it, a Word table as its pasted text): titles above the header, hidden columns, number
 * formats, a multi-line cell. Each is read end to end the way the wizard reads it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../electron/services/people-import';
import { decodeText, fieldForHeader, guessMapping, headerTexts, matchHeader, parseDelimited } from '../../../shared/people';
import { encodeGb18030 } from './encode';
import { importSheet } from './import-sheet';

async function xlsxRows(build: (sheet: ExcelJS.Worksheet) => void, edit = async (bytes: Uint8Array) => bytes) {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('名单'));
  const { sheets, problem } = await readXlsx(await edit(new Uint8Array(await wb.xlsx.writeBuffer())));
  expect(problem).toBeUndefined();
  return sheets[0]!;
}

/**
 * The workbook as Chinese Excel saves its own date and time formats: a cell styled with the code
 * "#31" (any code of this form) gets the built-in format number 31 and no code in the file.
 */
async function asBuiltInFormats(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let styles = await zip.file('xl/styles.xml')!.async('string');
  const builtIn = new Map<string, string>();
  styles = styles.replace(/<numFmt numFmtId="(\d+)" formatCode="#(\d+)"\/>/g, (_all, id: string, number: string) => {
    builtIn.set(id, number);
    return '';
  });
  styles = styles.replace(/(<xf [^>]*numFmtId=")(\d+)"/g, (all, start: string, id: string) =>
    builtIn.has(id) ? `${start}${builtIn.get(id)}"` : all,
  );
  expect(builtIn.size).toBeGreaterThan(0);
  zip.file('xl/styles.xml', styles);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a title above the header is never part of it', () => {
  it('xlsx: 出席欢迎宴会人员名单 merged over 序号 … — 序号 stays unmapped, every person comes in with rank', async () => {
    const sheet = await xlsxRows((s) => {
      s.getCell('A1').value = '出席欢迎宴会人员名单';
      s.mergeCells('A1:F1');
      s.addRow(['序号', '姓名', '单位', '职务', '身份', '排序']);
      s.addRow([1, '王建国', '市外办', '主任', '主方', 1]);
      s.addRow([2, '陈志远', '远航集团', '董事长', '客方', 1]);
      s.addRow([3, '周文华', '远航集团', '总裁', '客方', 2]);
    });
    const { header, mapping, people, problems } = importSheet(sheet.rows);
    expect(header).toMatchObject({ row: 1, rows: 1, confident: true });
    expect(mapping).toEqual([null, 'name', 'organisation', 'title', 'side', 'rank']);
    expect(people).toEqual([
      { row: 3, action: 'add', name: '王建国', organisation: '市外办', title: '主任', side: 'host', rank: 1 },
      { row: 4, action: 'add', name: '陈志远', organisation: '远航集团', title: '董事长', side: 'guest', rank: 1 },
      { row: 5, action: 'add', name: '周文华', organisation: '远航集团', title: '总裁', side: 'guest', rank: 2 },
    ]);
    expect(problems).toEqual([]);
  });

  it('GB18030 CSV: 外宾代表团名单 in column A does not turn 序号 into the delegation', () => {
    const csv = '外宾代表团名单,,,\r\n序号,姓名,单位,职务\r\n1,Anna Schmidt,Hanse AG,CEO\r\n2,李明,远航集团,副总裁\r\n';
    const rows = parseDelimited(decodeText(encodeGb18030(csv)).text).rows;
    const { header, mapping, people, problems } = importSheet(rows);
    expect(header).toMatchObject({ row: 1, rows: 1, headers: ['序号', '姓名', '单位', '职务'] });
    expect(mapping).toEqual([null, 'name', 'organisation', 'title']);
    expect(people).toEqual([
      { row: 3, action: 'add', name: 'Anna Schmidt', organisation: 'Hanse AG', title: 'CEO' },
      { row: 4, action: 'add', name: '李明', organisation: '远航集团', title: '副总裁' },
    ]);
    expect(problems).toEqual([]);
  });

  it('xlsx: 外宾代表团名单 merged over 序号 1–4 — the numbers are never read as the delegation', async () => {
    const sheet = await xlsxRows((s) => {
      s.getCell('A1').value = '外宾代表团名单';
      s.mergeCells('A1:E1');
      s.addRow(['序号', '姓名', '单位', '职务', '主/客']);
      s.addRow([1, 'Anna Schmidt', 'Hanse AG', 'CEO', '客方']);
      s.addRow([2, 'Tom Becker', 'Hanse AG', '副总裁', '客方']);
      s.addRow([3, '李明', '远航集团', '副总裁', '客方']);
      s.addRow([4, '王建国', '市外办', '主任', '陪同']);
    });
    const { header, mapping, people, problems, skipped } = importSheet(sheet.rows);
    expect(header).toMatchObject({ row: 1, rows: 1, confident: true });
    expect(mapping).toEqual([null, 'name', 'organisation', 'title', 'side']);
    expect(people).toEqual([
      { row: 3, action: 'add', name: 'Anna Schmidt', organisation: 'Hanse AG', title: 'CEO', side: 'guest' },
      { row: 4, action: 'add', name: 'Tom Becker', organisation: 'Hanse AG', title: '副总裁', side: 'guest' },
      { row: 5, action: 'add', name: '李明', organisation: '远航集团', title: '副总裁', side: 'guest' },
      { row: 6, action: 'add', name: '王建国', organisation: '市外办', title: '主任', side: 'host' },
    ]);
    expect(problems).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it('a Word table pasted with 附件1 and a title keeps a multi-line cell whole', () => {
    // Word and WPS put a cell holding a paragraph break in quotes; the rest is tab-separated.
    const pasted =
      '附件1\r\n\r\n外宾代表团名单\r\n序号\t姓名\t职务\t排序\r\n1\t陈志远\t"远航集团董事长\r\n兼总裁"\t1\r\n2\t周文华\t副总裁\t2\r\n';
    const { header, mapping, people, problems, skipped } = importSheet(parseDelimited(pasted).rows);
    expect(header).toMatchObject({ row: 3, rows: 1 });
    expect(mapping).toEqual([null, 'name', 'title', 'rank']);
    expect(people).toEqual([
      { row: 5, action: 'add', name: '陈志远', title: '远航集团董事长\r\n兼总裁', rank: 1 },
      { row: 6, action: 'add', name: '周文华', title: '副总裁', rank: 2 },
    ]);
    expect(problems).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it('two header rows the user picks combine as detection does: 序号 below a title keeps its column', () => {
    const rows = [
      ['参会人员', '参会人员', '联系方式', ''],
      ['序号', '姓名', '电话', '邮箱'],
    ];
    expect(headerTexts(rows, 0, 2)).toEqual(['序号', '姓名', '电话', '邮箱']);
    expect(headerTexts(rows, 1, 1)).toEqual(['序号', '姓名', '电话', '邮箱']);
    expect(
      headerTexts(
        [
          ['出席人员名单', '排序'],
          ['', '姓名'],
        ],
        0,
        2,
      ),
    ).toEqual(['出席人员名单', '姓名']);
  });

  it('title words inside a title never name a field; an exact header word beats a word inside a header', () => {
    for (const title of ['出席欢迎宴会人员名单', '外宾代表团名单', '附件1', '参会单位名单', '远航公司来访人员一览表'])
      expect(matchHeader(title)).toBeNull();
    expect(matchHeader('序号')).toEqual({ kind: 'other' });
    expect(matchHeader('排序')).toEqual({ kind: 'field', field: 'rank', exact: true });
    expect(matchHeader('原排序')).toEqual({ kind: 'field', field: 'rank', exact: false });
    expect(fieldForHeader('嘉宾单位')).toBe('organisation');
    // The first row names rank only by a word inside 原排序; the second by 排序 itself.
    expect(guessMapping(['原排序', '姓名', '排序'])).toEqual([null, 'name', 'rank']);
  });
});

describe('what an .xlsx shows is what is read', () => {
  it('a hidden 原排序 is marked and never chosen over the visible 排序', async () => {
    const sheet = await xlsxRows((s) => {
      s.addRow(['序号', '原排序', '姓名', '单位', '排序']);
      s.addRow([1, 5, '陈志远', '远航集团', 2]);
      s.addRow([2, 4, '周文华', '远航集团', 1]);
      s.getColumn(2).hidden = true;
    });
    expect(sheet.hiddenColumns).toEqual([1]);
    const { mapping, people, problems } = importSheet(sheet.rows, sheet.hiddenColumns);
    expect(mapping).toEqual([null, null, 'name', 'organisation', 'rank']);
    expect(people.map((p) => [p.name, p.rank])).toEqual([
      ['陈志远', 2],
      ['周文华', 1],
    ]);
    expect(problems).toEqual([]);
    // Hidden and visible both merely contain the word: the visible one still wins.
    expect(guessMapping(['旧排序', '新排序'], {}, [0])).toEqual([null, 'rank']);
  });

  it('numbers, dates and times read as formatted (18:30, not 1899-12-30)', async () => {
    const sheet = await xlsxRows((s) => {
      s.addRow(['姓名', '抵达时间', '抵达日期', '比例', '工号', '排序', '备注']);
      const row = s.addRow([
        '陈志远',
        new Date(Date.UTC(1899, 11, 30, 18, 30)),
        new Date(Date.UTC(2026, 11, 7)),
        0.125,
        7,
        { formula: '1+1', result: 2 },
        new Date(Date.UTC(2026, 10, 20)),
      ]);
      row.getCell(2).numFmt = 'h:mm';
      row.getCell(3).numFmt = 'yyyy"年"m"月"d"日"';
      row.getCell(4).numFmt = '0.0%';
      row.getCell(5).numFmt = '000';
      row.getCell(6).numFmt = '0';
      // Cell 7 keeps exceljs's default date format (Excel's regional short date): ISO.
    });
    expect(sheet.rows[1]).toEqual(['陈志远', '18:30', '2026年12月7日', '12.5%', '007', '2', '2026-11-20']);
    const { people, problems } = importSheet(sheet.rows);
    expect(people).toEqual([{ row: 2, action: 'add', name: '陈志远', rank: 2, notes: '2026-11-20' }]);
    expect(problems).toEqual([]);
  });

  it('a formula reads as its last result as the sheet shows it: text, a formatted date, TRUE, an error', async () => {
    const sheet = await xlsxRows((s) => {
      s.addRow(['姓名', '单位', '抵达日期', '是否出席', '备注', '排序']);
      const first = s.addRow([
        { formula: 'H2&I2', result: '陈志远' },
        { formula: 'VLOOKUP(A2,单位表!A:B,2,0)', result: '远航集团' },
        { formula: 'DATE(2026,11,20)', result: new Date(Date.UTC(2026, 10, 20)) },
        { formula: 'TRUE()', result: true },
        { formula: 'VLOOKUP(A2,备注表!A:B,2,0)', result: { error: '#N/A' } },
        { formula: 'ROW()-1', result: 1 },
      ]);
      first.getCell(3).numFmt = 'm"月"d"日"';
      s.addRow(['周文华', '远航集团', null, false, null, { formula: 'ROW()-1', result: 2 }]);
    });
    expect(sheet.rows.slice(1)).toEqual([
      ['陈志远', '远航集团', '11月20日', 'TRUE', '#N/A', '1'],
      ['周文华', '远航集团', '', 'FALSE', '', '2'],
    ]);
    const { mapping, people, problems } = importSheet(sheet.rows);
    expect(mapping).toEqual(['name', 'organisation', null, 'attendance', 'notes', 'rank']);
    expect(people).toEqual([
      { row: 2, action: 'add', name: '陈志远', organisation: '远航集团', attendance: 'confirmed', notes: '#N/A', rank: 1 },
      { row: 3, action: 'add', name: '周文华', organisation: '远航集团', attendance: 'absent', rank: 2 },
    ]);
    expect(problems).toEqual([]);
  });

  it("Chinese Excel's own date and time formats (built-in numbers saved without their codes) read as shown", async () => {
    const arrival = 46346 + 18.5 / 24;
    const sheet = await xlsxRows((s) => {
      s.addRow(['姓名', '抵达日期', '月日', '月份', '抵达时间', '上下午', '普通']);
      const row = s.addRow(['陈志远', 46346, 46346, 46346, arrival % 1, arrival % 1, 7]);
      // 31 年月日, 58 月日, 57 年月, 32 时分, 55 上午/下午 时分: what the zh-CN Excel format list saves.
      ['#31', '#58', '#57', '#32', '#55'].forEach((code, i) => (row.getCell(i + 2).numFmt = code));
    }, asBuiltInFormats);
    expect(sheet.rows[1]).toEqual(['陈志远', '2026年11月20日', '11月20日', '2026年11月', '18时30分', '下午 6时30分', '7']);
  });
});
