import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { readXlsx } from '../../../electron/services/people-import';
import { createServices, type Services } from '../../../electron/services/services';
import { applyCommand } from '../../../shared/commands/commands';
import { autoPlaceScene } from '../../../shared/engine';
import { buildPreview, decodeText, detectHeader, guessMapping, parseDelimited, peopleTable, toCsv } from '../../../shared/people';
import { banquetPlan } from '../../helpers/plans';
import { tempDir } from '../../helpers/temp';

async function workbookBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('来访名单'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('reading .xlsx on the host', () => {
  it('fills merged cells, turns numbers and dates into text, and finds a merged two-row header under a title', async () => {
    const bytes = await workbookBytes((s) => {
      s.getCell('A1').value = '远航集团来访人员名单';
      s.mergeCells('A1:E1');
      s.getCell('A2').value = '姓名';
      s.mergeCells('A2:A3');
      s.getCell('B2').value = '单位';
      s.mergeCells('B2:B3');
      s.getCell('C2').value = '个人信息';
      s.mergeCells('C2:E2');
      s.getRow(3).values = ['', '', '排序', '性别', '到达日期'];
      s.getRow(4).values = ['陈志远', '远航集团', 1, '男', new Date(Date.UTC(2026, 10, 20))];
      s.getRow(5).values = ['周文华', null, 2.0, '女'];
      s.getCell('B5').value = { richText: [{ text: '远航' }, { text: '集团' }] };
      s.getRow(6).values = ['孙立', '远航集团（上海）', { formula: '2+1', result: 3 }];
      s.mergeCells('B6:B7');
      s.getCell('A7').value = '吴静';
    });
    const { sheets, problem } = await readXlsx(bytes);
    expect(problem).toBeUndefined();
    expect(sheets[0]!.name).toBe('来访名单');
    const rows = sheets[0]!.rows;
    expect(rows[0]).toEqual(Array(5).fill('远航集团来访人员名单'));
    expect(rows.slice(3)).toEqual([
      ['陈志远', '远航集团', '1', '男', '2026-11-20'],
      ['周文华', '远航集团', '2', '女'],
      ['孙立', '远航集团（上海）', '3'],
      ['吴静', '远航集团（上海）'],
    ]);
    const header = detectHeader(rows);
    expect(header).toMatchObject({ row: 1, rows: 2, headers: ['姓名', '单位', '排序', '性别', '到达日期'] });
    const mapping = guessMapping(header.headers);
    const preview = buildPreview({ rows, dataStart: 3, headers: header.headers, mapping, existing: [] });
    expect(preview.rows.map((r) => [r.row, r.values.name, r.values.rank, r.errors.length])).toEqual([
      [4, '陈志远', 1, 0],
      [5, '周文华', 2, 0],
      [6, '孙立', 3, 0],
      [7, '吴静', undefined, 0],
    ]);
  });

  it('refuses what is not an .xlsx workbook, naming the problem, through the contract', async () => {
    const tmp = tempDir();
    const services: Services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '0' });
    try {
      const csv = Buffer.from('姓名,单位\n张三,市外办\n').toString('base64');
      expect(await dispatch(services.handlers, 'people.readXlsx', { fileName: 'a.xlsx', data: csv })).toEqual({
        ok: true,
        value: { sheets: [], problem: 'notXlsx' },
      });
      // A zip that is not a workbook.
      const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]).toString('base64');
      expect(await dispatch(services.handlers, 'people.readXlsx', { fileName: 'b.xlsx', data: zip })).toMatchObject({
        ok: true,
        value: { problem: 'notXlsx' },
      });
      const good = Buffer.from(await workbookBytes((s) => s.addRow(['姓名']))).toString('base64');
      expect(await dispatch(services.handlers, 'people.readXlsx', { fileName: 'c.xlsx', data: good })).toMatchObject({
        ok: true,
        value: { sheets: [{ rows: [['姓名']] }] },
      });
      expect(await dispatch(services.handlers, 'people.readXlsx', { fileName: 'c.xlsx' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    } finally {
      services.close();
      tmp.cleanup();
    }
  });
});

describe('exporting the people list', () => {
  const placed = () => {
    const plan = banquetPlan([
      { name: '王建国', side: 'host', rank: 1 },
      { name: '陈志远', side: 'guest', rank: 1 },
      { name: '=危险公式', side: 'guest', rank: 2 },
    ]);
    const scene = plan.scenes[0]!;
    const result = autoPlaceScene(plan, scene.id);
    return applyCommand(plan, {
      type: 'seat/apply',
      sceneId: scene.id,
      assignments: result.assignments,
    });
  };

  it('writes .xlsx with a styled header, the first row frozen and widths that fit Chinese text', async () => {
    const tmp = tempDir();
    const services = createServices({ dataDir: tmp.dir, mode: 'browser', version: '0' });
    try {
      const table = peopleTable(placed(), 'zh');
      const result = await dispatch(services.handlers, 'people.writeXlsx', { table });
      expect(result.ok).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from((result as { value: { data: string } }).value.data, 'base64') as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('人员名单')!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = sheet.getRow(1);
      expect(header.getCell(1).font?.bold).toBe(true);
      expect(header.values).toEqual([
        undefined,
        '序号',
        '姓名',
        '单位',
        '职务',
        '级别',
        '身份',
        '排序',
        '总排序',
        '接待级别',
        '职能',
        '性别',
        '团组',
        '饮食禁忌',
        '备注',
        '标签',
        '出席',
        '外文名',
        '上主席台',
        '欢迎宴·桌/车',
        '欢迎宴·座位',
      ]);
      expect(sheet.getRow(2).values).toEqual([
        undefined,
        1,
        '王建国',
        '',
        '',
        '',
        '主方',
        1,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '确认',
        '',
        '',
        '1 号桌',
        '主位', // the seat in words, as on screen, not the engine's code P
      ]);
      // "欢迎宴·桌/车": five Chinese characters (two columns each), two narrow ones, plus a margin of two.
      expect(sheet.getColumn(19).width).toBe(14);
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(6);
    } finally {
      services.close();
      tmp.cleanup();
    }
  });

  it('writes CSV with a UTF-8 BOM that reads back to the same table, formulas neutralised', () => {
    const table = peopleTable(placed(), 'zh');
    const csv = toCsv(table);
    expect(csv.startsWith('\ufeff序号,姓名')).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = parseDelimited(decodeText(bytes).text).rows;
    expect(back[3]![1]).toBe("'=危险公式");
    expect(back[2]!.slice(0, 3)).toEqual(['2', '陈志远', '']);
    expect(back[2]!.slice(-2)).toEqual(['1 号桌', '右1']);
  });
});
