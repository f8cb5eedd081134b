/**
 * `npm run people`: what the wizard would import, printed as text or JSON, from files made here
 * (a workbook by exceljs with a title row and two sheets, a GB18030 CSV, a plan to update).
 * It exits non-zero only on a file it cannot read (1) or options it cannot understand (2). The
 * cases run the command in this process; the last one starts it as npm does.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/people';
import { banquetPlan } from '../../helpers/plans';
import { encodeGb18030 } from './encode';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The command in this process, its output collected (a tsx start-up per case would cost seconds each). */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'people-cli-'));
const xlsx = join(dir, '欢迎宴名单.xlsx');
const csv = join(dir, 'list.csv');
const plan = join(dir, 'plan.json');

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('名单');
  sheet.addRow(['出席欢迎宴会人员名单']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['序号', '姓名', '单位', '职务', '级别', '主/客']);
  sheet.addRow([1, '张伟', '省商务厅', '副厅长', '副厅级', '客方']);
  sheet.addRow([2, '李娜', '市外办', '主任', '正厅级', '主方']);
  sheet.addRow([3, '王强', '市商务局', '局长', '正厅级', '客方翻译']);
  sheet.addRow([4, '', '市商务局', '处长', '处级', 'VIP']);
  wb.addWorksheet('工作人员').addRow(['姓名', '职能']);
  wb.getWorksheet('工作人员')!.addRow(['小刘', '联络员']);
  writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
  writeFileSync(csv, encodeGb18030('姓名,单位,排序\r\n李娜,市外办,2\r\n赵敏,远航集团,\r\n'));
  writeFileSync(plan, JSON.stringify(banquetPlan([{ name: '李娜', organisation: '市外办', side: 'guest', rank: 1 }])));
});

describe('npm run people', () => {
  it('prints each row with its action, fields, side, official level and rank with its source, and each problem', async () => {
    const res = await run(xlsx, '--rank', 'level');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout.split('\n')).toEqual([
      '文件：欢迎宴名单.xlsx（Excel (.xlsx)）',
      '工作表：名单（共 2 个）',
      '表头：第 2 行',
      '列对应：A 序号 → （不导入）；B 姓名 → 姓名；C 单位 → 单位；D 职务 → 职务；E 级别 → 级别；F 主/客 → 身份',
      '排序依据：级别顺序表',
      '',
      '第 3 行 新增  张伟 | 单位：省商务厅 | 职务：副厅长 | 级别：副厅级 | 身份：客方 | 排序 2（级别：副厅级）',
      '第 4 行 新增  李娜 | 单位：市外办 | 职务：主任 | 级别：正厅级 | 身份：主方 | 排序 1（级别：正厅级）',
      '第 5 行 新增  王强 | 单位：市商务局 | 职务：局长 | 级别：正厅级 | 身份：客方 | 职能：翻译 | 排序 1（级别：正厅级）',
      '第 6 行 跳过   | 单位：市商务局 | 职务：处长 | 级别：处级 | 身份：客方',
      '  第 6 行，B 列“姓名”：缺少姓名',
      '  第 6 行，F 列“主/客”：“VIP”不是有效的身份（主方、客方或工作人员）',
      '',
      '新增 3 人，更新 0 人，跳过 1 行，问题 2 个',
      '',
    ]);
  }, 30_000);

  it('--json in English: the same rows as data, problems with row, column letter and words; --sheet picks a sheet', async () => {
    const res = await run(xlsx, '--json', '--lang', 'en');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({
      file: '欢迎宴名单.xlsx',
      sheet: { number: 1, name: '名单', of: 2 },
      headerRow: 2,
      rankBy: 'list',
    });
    expect(
      out.rows.map((r: { row: number; action: string; fields: object; rank: object | null }) => [
        r.row,
        r.action,
        r.fields,
        r.rank,
      ]),
    ).toEqual([
      [
        3,
        'add',
        { name: '张伟', organisation: '省商务厅', title: '副厅长', officialLevel: '副厅级', side: 'guest' },
        { rank: 1, source: 'list', words: 'list order' },
      ],
      [
        4,
        'add',
        { name: '李娜', organisation: '市外办', title: '主任', officialLevel: '正厅级', side: 'host' },
        { rank: 1, source: 'list', words: 'list order' },
      ],
      [
        5,
        'add',
        { name: '王强', organisation: '市商务局', title: '局长', officialLevel: '正厅级', side: 'guest', function: '翻译' },
        { rank: 2, source: 'list', words: 'list order' },
      ],
      [6, 'skip', { organisation: '市商务局', title: '处长', officialLevel: '处级', side: 'guest' }, null],
    ]);
    expect(out.rows[3].problems).toEqual([
      {
        row: 6,
        column: 'B',
        header: '姓名',
        field: 'name',
        code: 'nameMissing',
        value: '',
        message: 'Row 6, column B “姓名”: the name is missing',
      },
      {
        row: 6,
        column: 'F',
        header: '主/客',
        field: 'side',
        code: 'badSide',
        value: 'VIP',
        message: 'Row 6, column F “主/客”: “VIP” is not a side (host, guest or staff)',
      },
    ]);
    expect(out.summary).toEqual({ add: 3, update: 0, skip: 1, problems: 2 });

    const second = JSON.parse((await run(xlsx, '--json', '--sheet', '2', '--side', 'host')).stdout);
    expect(second.rows).toEqual([
      {
        row: 2,
        action: 'add',
        fields: { name: '小刘', function: '联络员', side: 'host' },
        rank: { rank: 1, source: 'list', words: '名单顺序' },
        problems: [],
      },
    ]);
  }, 30_000);

  it('a GB18030 CSV against a plan: the person already in it is an update that keeps or takes the column rank', async () => {
    const out = JSON.parse((await run(csv, '--json', '--plan', plan)).stdout);
    expect(out.format).toBe('GB18030');
    expect(out.rankBy).toBe('column');
    expect(
      out.rows.map((r: { row: number; action: string; rank: { rank: number; source: string } | null }) => [
        r.row,
        r.action,
        r.rank?.rank,
        r.rank?.source,
      ]),
    ).toEqual([
      [2, 'update', 2, 'column'],
      [3, 'add', 2, 'list'],
    ]);
    const byList = JSON.parse((await run(csv, '--json', '--plan', plan, '--rank', 'list')).stdout);
    expect(byList.rows.map((r: { rank: { rank: number } | null }) => r.rank?.rank ?? null)).toEqual([null, 2]);
  }, 30_000);

  it('exits 1 on a file it cannot read and 2 on options it cannot understand, saying why on stderr', async () => {
    const notXlsx = join(dir, 'fake.xlsx');
    writeFileSync(notXlsx, '不是工作簿');
    const unsupported = join(dir, 'list.pdf');
    writeFileSync(unsupported, '%PDF');
    const cases: [string[], number, string][] = [
      [[join(dir, 'missing.xlsx')], 1, 'cannot read (ENOENT)'],
      [[notXlsx], 1, '无法读取“fake.xlsx”：这不是 Excel 或 WPS 工作簿'],
      [[unsupported], 1, '不支持的文件类型“list.pdf”'],
      [[xlsx, '--plan', join(dir, 'missing.json')], 1, 'cannot read the plan file'],
      [[xlsx, '--rank', 'age'], 2, '--rank: "age" is not one of list, column, level, title'],
      [[xlsx, '--sheet', '3'], 2, '没有第 3 个工作表（共 2 个）'],
      [[], 2, 'no list file given'],
    ];
    for (const [args, status, message] of cases) {
      const res = await run(...args);
      expect([args.join(' '), res.status, res.stdout]).toEqual([args.join(' '), status, '']);
      expect(res.stderr).toContain(message);
    }
  });

  it("as a process (npm run people): the exit code is the command's, the report on stdout, the reason on stderr", () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    const ok = spawnSync(tsx, [join(root, 'scripts/people.ts'), csv, '--json'], { encoding: 'utf8', cwd: root });
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    expect(JSON.parse(ok.stdout).summary).toEqual({ add: 2, update: 0, skip: 0, problems: 0 });
    const missing = spawnSync(tsx, [join(root, 'scripts/people.ts'), join(dir, 'missing.csv')], { encoding: 'utf8', cwd: root });
    expect([missing.status, missing.stdout]).toEqual([1, '']);
    expect(missing.stderr).toContain('cannot read (ENOENT)');
  }, 60_000);
});
