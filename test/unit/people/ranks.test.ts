/**
 * Lists ranked the way officers give them, made here as workbooks (exceljs) and read the way the
 * wizard reads them: one ranked only by 级别, one only by 职务, one with 主/客 values of every
 * kind. Each asserts the exact people, ranks, where each rank came from, and the problems.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../electron/services/people-import';
import { newPerson } from '../../../shared/model/factory';
import {
  DEFAULT_PRECEDENCE_TABLES,
  importChanges,
  levelPosition,
  listReport,
  readPrecedenceTables,
  tableFromText,
  tableToText,
  titlePosition,
  type ListReportOptions,
} from '../../../shared/people';
import { counterIds } from '../../helpers/plans';

async function workbookRows(lines: (string | number | null)[][], title?: string) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名单');
  if (title) {
    sheet.addRow([title]);
    sheet.mergeCells(1, 1, 1, lines[0]!.length);
  }
  for (const line of lines) sheet.addRow(line);
  const { sheets, problem } = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(problem).toBeUndefined();
  return sheets[0]!.rows;
}

/** Each row as the test reads it: action, name, the fields that matter here, rank and its source. */
function summary(rows: string[][], options: ListReportOptions) {
  const report = listReport(rows, options);
  return {
    report,
    people: report.rows.map((r) => [
      r.row,
      r.action,
      r.values.name,
      r.side,
      r.values.officialLevel ?? r.values.title ?? '',
      r.rank ? `${r.rank.rank} ${r.rank.source}${r.rank.by ? ` ${r.rank.by}` : ''}` : '-',
    ]),
    problems: report.rows.flatMap((r) => r.errors.map((e) => `${e.row}:${e.column}:${e.field}:${e.code}:${e.value}`)),
  };
}

describe('a list ranked only by 级别 (with 单位排序 as the second key)', () => {
  const lines = [
    ['序号', '姓名', '单位', '职务', '级别', '单位排序'],
    [1, '张伟', '省商务厅', '副厅长', '副厅级', 2],
    [2, '李娜', '市外办', '主任', '正厅级', 1],
    [3, '王强', '市商务局', '局长', '正厅级', 3],
    [4, '刘洋', '市外办', '处长', '处级', 1],
    [5, '陈静', '远航集团', '经理', null, null],
    [6, '赵磊', '市外办', '副主任', '副厅级', 1],
    [7, '吴敏', '市外办', '副处长', '副处级', null],
    [8, '郑军', '省商务厅', '副处长', '副处级', null],
    [9, '孙丽', '市商务局', '科员', '科员', 3],
    [10, '周杰', '市外办', '调研员', '正处', '第二'],
  ];

  it('maps 级别 to the official level, and ranks by the level table, then unit order, then list order', async () => {
    const rows = await workbookRows(lines, '出席欢迎宴会人员名单');
    const { report, people, problems } = summary(rows, { rankBy: 'level' });
    expect(report.headerRow).toBe(1);
    expect(report.mapping).toEqual([null, 'name', 'organisation', 'title', 'officialLevel', 'unitOrder']);
    expect(people).toEqual([
      [3, 'add', '张伟', 'guest', '副厅级', '4 level 副厅级'],
      [4, 'add', '李娜', 'guest', '正厅级', '1 level 正厅级'],
      [5, 'add', '王强', 'guest', '正厅级', '2 level 正厅级'],
      [6, 'add', '刘洋', 'guest', '处级', '5 level 处级'],
      [7, 'add', '陈静', 'guest', '经理', '9 list'],
      [8, 'add', '赵磊', 'guest', '副厅级', '3 level 副厅级'],
      [9, 'add', '吴敏', 'guest', '副处级', '6 level 副处级'],
      [10, 'add', '郑军', 'guest', '副处级', '7 level 副处级'],
      [11, 'add', '孙丽', 'guest', '科员', '8 level 科员'],
      [12, 'skip', '周杰', 'guest', '正处', '-'],
    ]);
    expect(problems).toEqual(['12:5:unitOrder:badRank:第二']);
  });

  it('without a rank choice it follows the list; the rank a person gets is the one the import gives', async () => {
    const rows = await workbookRows(lines);
    const { report, people } = summary(rows, {});
    expect(report.rankBy).toBe('list');
    expect(people.map((p) => p[5])).toEqual([
      '1 list',
      '2 list',
      '3 list',
      '4 list',
      '5 list',
      '6 list',
      '7 list',
      '8 list',
      '9 list',
      '-',
    ]);

    // Two guests already in the plan: the new ranks continue after them, in the table's order.
    const ids = counterIds();
    const existing = [
      newPerson({ name: '甲', side: 'guest', rank: 1 }, ids),
      newPerson({ name: '乙', side: 'guest', rank: 2 }, ids),
    ];
    const byLevel = listReport(rows, { rankBy: 'level', existing });
    const changes = importChanges(byLevel, existing, 'guest', ids, { by: 'level', tables: DEFAULT_PRECEDENCE_TABLES });
    expect(changes.add.map((p) => [p.name, p.rank, p.officialLevel, p.level])).toEqual([
      ['张伟', 6, '副厅级', undefined],
      ['李娜', 3, '正厅级', undefined],
      ['王强', 4, '正厅级', undefined],
      ['刘洋', 7, '处级', undefined],
      ['陈静', 11, undefined, undefined],
      ['赵磊', 5, '副厅级', undefined],
      ['吴敏', 8, '副处级', undefined],
      ['郑军', 9, '副处级', undefined],
      ['孙丽', 10, '科员', undefined],
    ]);
    expect(changes.add.every((p) => !('unitOrder' in p))).toBe(true);
  });
});

describe('a list ranked only by 职务', () => {
  const lines = [
    ['姓名', '单位', '职务', '主/客'],
    ['Anna Schmidt', 'Hanse AG', '董事长兼总裁', '客方'],
    ['王书记', '市委', '市委书记', '主方'],
    ['王助理', '远航集团', '总经理助理', '客方'],
    ['刘市长', '市政府', '市长', '主方'],
    ['Tom Becker', 'Hanse AG', '副总裁', '客方'],
    ['陈副市长', '市政府', '常务副市长', '主方'],
    ['钱局长', '市商务局', '党组书记、局长', '主方'],
    ['李总', '远航集团', '总经理', '客方'],
    ['杨秘书长', '市政府', '市政府副秘书长', '主方'],
    ['赵主任', '市外办', '外办主任', '主方'],
  ];

  it('ranks each side by the title table: the longest title word the post ends with, the senior of two posts', async () => {
    const { people, problems } = summary(await workbookRows(lines), { rankBy: 'title' });
    expect(people).toEqual([
      [2, 'add', 'Anna Schmidt', 'guest', '董事长兼总裁', '1 title 董事长'],
      [3, 'add', '王书记', 'host', '市委书记', '1 title 书记'],
      [4, 'add', '王助理', 'guest', '总经理助理', '4 list'],
      [5, 'add', '刘市长', 'host', '市长', '3 title 市长'],
      [6, 'add', 'Tom Becker', 'guest', '副总裁', '3 title 副总裁'],
      [7, 'add', '陈副市长', 'host', '常务副市长', '4 title 常务副市长'],
      [8, 'add', '钱局长', 'host', '党组书记、局长', '2 title 书记'],
      [9, 'add', '李总', 'guest', '总经理', '2 title 总经理'],
      [10, 'add', '杨秘书长', 'host', '市政府副秘书长', '5 title 副秘书长'],
      [11, 'add', '赵主任', 'host', '外办主任', '6 title 主任'],
    ]);
    expect(problems).toEqual([]);
  });

  it("ranks by the office's own table when it has edited it (settings), words split by /", async () => {
    const tables = readPrecedenceTables({ level: [], title: tableFromText('市长\n书记 / 党组书记\n副市长\n董事长／总裁') });
    expect(tables.level).toEqual(DEFAULT_PRECEDENCE_TABLES.level);
    expect(tables.title).toEqual([['市长'], ['书记', '党组书记'], ['副市长'], ['董事长', '总裁']]);
    const { people } = summary(await workbookRows(lines), { rankBy: 'title', tables });
    expect(people.filter((p) => p[3] === 'host').map((p) => [p[2], p[5]])).toEqual([
      ['王书记', '2 title 书记'],
      ['刘市长', '1 title 市长'],
      ['陈副市长', '4 title 副市长'],
      ['钱局长', '3 title 党组书记'],
      ['杨秘书长', '5 list'],
      ['赵主任', '6 list'],
    ]);
  });
});

describe('主/客 values of every kind give side and function', () => {
  it('reads 主方/客方/工作人员/随员/陪同/翻译, 中方/外方 … and takes the default side for a row that names none', async () => {
    const values = [
      '主方',
      '客方',
      '工作人员',
      '随员',
      '陪同',
      '翻译',
      '主方翻译',
      '客方翻译',
      '外宾',
      '我方',
      '司机',
      '记录',
      '会务',
      '嘉宾',
      '',
      'VIP',
      '中方',
      '外方',
      '主宾',
      '外方人员',
    ];
    const lines = [['姓名', '主/客', '排序'], ...values.map((v, i) => [`人员${i + 1}`, v, null])];
    const report = listReport(await workbookRows(lines), { defaultSide: 'host' });
    expect(report.mapping).toEqual(['name', 'side', 'rank']);
    expect(report.rows.map((r) => [r.values.name, r.side, r.values.function ?? '', r.action])).toEqual([
      ['人员1', 'host', '', 'add'],
      ['人员2', 'guest', '', 'add'],
      ['人员3', 'staff', '', 'add'],
      ['人员4', 'guest', '', 'add'],
      ['人员5', 'host', '', 'add'],
      ['人员6', 'host', '翻译', 'add'],
      ['人员7', 'host', '翻译', 'add'],
      ['人员8', 'guest', '翻译', 'add'],
      ['人员9', 'guest', '', 'add'],
      ['人员10', 'host', '', 'add'],
      ['人员11', 'staff', '司机', 'add'],
      ['人员12', 'host', '记录', 'add'],
      ['人员13', 'staff', '', 'add'],
      ['人员14', 'guest', '', 'add'],
      ['人员15', 'host', '', 'add'],
      ['人员16', 'host', '', 'skip'],
      ['人员17', 'host', '', 'add'],
      ['人员18', 'guest', '', 'add'],
      ['人员19', 'guest', '', 'add'],
      ['人员20', 'guest', '', 'add'],
    ]);
    expect(report.rows.flatMap((r) => r.errors.map((e) => `${e.row}:${e.column}:${e.code}:${e.value}`))).toEqual([
      '17:1:badSide:VIP',
    ]);
    // List order within each side: hosts 1…, guests 1…, staff 1…
    expect(report.rows.map((r) => r.rank?.rank ?? '-')).toEqual([1, 1, 1, 2, 2, 3, 4, 3, 4, 5, 2, 6, 3, 5, 7, '-', 8, 6, 7, 8]);
  });

  it('a function column says more than the 主/客 cell: 客方翻译 with 职能 记录 keeps 记录', async () => {
    const report = listReport(
      await workbookRows([
        ['姓名', '职能', '主客'],
        ['人员1', '记录', '客方翻译'],
      ]),
    );
    expect(report.rows[0]!.values).toEqual({ name: '人员1', side: 'guest', function: '记录' });
  });
});

describe('precedence tables', () => {
  it('find levels with or without the final 级 and short forms; titles by the longest word they end with', () => {
    const { level, title } = DEFAULT_PRECEDENCE_TABLES;
    expect(levelPosition(level, '正厅')).toEqual({ position: 4, word: '正厅级' });
    expect(levelPosition(level, '厅级')).toEqual({ position: 4, word: '厅级' });
    expect(levelPosition(level, '副部级')?.position).toBe(3);
    expect(levelPosition(level, '一级')).toBeUndefined();
    expect(titlePosition(title, '常务副市长')?.word).toBe('常务副市长');
    expect(titlePosition(title, '副市长')?.word).toBe('副市长');
    expect(titlePosition(title, '远航集团副总经理')?.word).toBe('副总经理');
    expect(titlePosition(title, '总经理助理')).toBeUndefined();
  });

  it('round-trip as the text the settings dialog edits; malformed settings fall back to the defaults', () => {
    expect(tableFromText(tableToText(DEFAULT_PRECEDENCE_TABLES.title))).toEqual(DEFAULT_PRECEDENCE_TABLES.title);
    expect(readPrecedenceTables('nonsense')).toEqual(DEFAULT_PRECEDENCE_TABLES);
    expect(readPrecedenceTables({ level: [[1, 2]], title: 'x' })).toEqual(DEFAULT_PRECEDENCE_TABLES);
  });
});
