import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import type { Person } from '../../../shared/model/types';
import {
  buildPreview,
  columnLetter,
  detectHeader,
  guessMapping,
  importChanges,
  readRememberedMapping,
  rememberMapping,
  setColumnField,
  type ImportIssue,
} from '../../../shared/people';
import { personSchema } from '../../../shared/model/schema';

let n = 0;
const makeId = (prefix: string) => `${prefix}_${++n}`;

function preview(rows: string[][], existing: Person[] = []) {
  const header = detectHeader(rows);
  const mapping = guessMapping(header.headers);
  return {
    header,
    mapping,
    preview: buildPreview({ rows, dataStart: header.row + header.rows, headers: header.headers, mapping, existing }),
  };
}

/** The message a user reads for an issue, as the import wizard shows it. */
function message(issue: ImportIssue): string {
  const column = translate('zh', 'import.columnName', { letter: columnLetter(issue.column), header: issue.header });
  return translate('zh', `import.error.${issue.code}`, { row: issue.row, column, value: issue.value });
}

const person = (name: string, organisation: string, side: Person['side'], rank: number): Person => ({
  id: `p-${name}`,
  name,
  organisation,
  title: '',
  side,
  rank,
  tags: [],
  attendance: 'confirmed',
});

describe('mapping columns to fields', () => {
  it('guesses from common Chinese header words; 序号 (row number) is not the rank', () => {
    expect(
      guessMapping([
        '序号',
        '姓 名',
        '工作单位',
        '职务（职称）',
        '身份',
        '位次',
        '接待级别',
        '性别',
        '饮食禁忌',
        '备注',
        '是否出席',
      ]),
    ).toEqual([null, 'name', 'organisation', 'title', 'side', 'rank', 'level', 'gender', 'dietary', 'notes', 'attendance']);
  });

  it('a remembered choice wins over the guess, including "ignore"', () => {
    const remembered = rememberMapping({}, ['姓名', '单位', '备注'], ['name', 'delegation', null]);
    expect(guessMapping(['姓名', '单位', '备注'], remembered)).toEqual(['name', 'delegation', null]);
    // It survives a settings round trip and drops what is not a field.
    expect(readRememberedMapping(JSON.parse(JSON.stringify({ ...remembered, 职务: 'nonsense' })))).toEqual(remembered);
  });

  it('one field feeds one column: choosing it for another column clears the first', () => {
    expect(setColumnField(['name', 'organisation', null], 2, 'organisation')).toEqual(['name', null, 'organisation']);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });
});

describe('row-by-row validation', () => {
  const rows = [
    ['远航集团来访人员名单'],
    ['序号', '姓名', '单位', '职务', '身份', '排序', '性别', '出席'],
    ['1', '陈志远', '远航集团', '董事长', '客方', '1', '男', '确认'],
    ['2', '周文华', '远航集团', '总经理', '客方', '二', '女', '确认'],
    [''],
    ['3', '', '远航集团', '司机', '工作人员', '9', '', ''],
    ['4', '孙立', '远航集团', '副总经理', '来宾方', '３', '未说', '可能'],
  ];

  it('names the row (as Excel numbers it) and the column of every error', () => {
    const { preview: p } = preview(rows);
    const errors = p.rows.flatMap((r) => r.errors).map(message);
    expect(errors).toEqual([
      '第 4 行，F 列“排序”：“二”不是有效的排序（应为 1 以上的整数）',
      '第 6 行，B 列“姓名”：缺少姓名',
      '第 7 行，E 列“身份”：“来宾方”不是有效的身份（主方、客方或工作人员）',
      '第 7 行，G 列“性别”：“未说”不是有效的性别（男或女）',
      '第 7 行，H 列“出席”：“可能”不是有效的出席状态（确认、待定或缺席）',
    ]);
    expect(
      translate('en', 'import.error.badRank', {
        row: 4,
        column: translate('en', 'import.columnName', { letter: 'F', header: '排序' }),
        value: '二',
      }),
    ).toBe('Row 4, column F “排序”: “二” is not a valid rank (a whole number from 1)');
  });

  it('a 上主席台 column: 是/√/TRUE mark the person, 否 and an empty cell do not, anything else is named', () => {
    const { mapping, preview: p } = preview([
      ['姓名', '身份', '排序', '是否上主席台'],
      ['陈志远', '主方', '1', '是'],
      ['周文华', '主方', '2', '√'],
      ['孙立', '主方', '3', 'TRUE'],
      ['王芳', '主方', '4', '否'],
      ['李强', '主方', '5', ''],
      ['赵艳', '主方', '6', '也许'],
    ]);
    expect(mapping).toEqual(['name', 'side', 'rank', 'rostrum']);
    expect(p.rows.map((r) => r.values.rostrum)).toEqual([true, true, true, undefined, undefined, undefined]);
    expect(p.rows.flatMap((r) => r.errors).map(message)).toEqual(['第 7 行，D 列“是否上主席台”：“也许”应为“是”或“否”']);
  });

  it('rows with errors are skipped by default; valid cells of a valid row are read', () => {
    const { preview: p } = preview(rows);
    expect(p.rows.map((r) => [r.row, r.action])).toEqual([
      [3, 'add'],
      [4, 'skip'],
      [6, 'skip'],
      [7, 'skip'],
    ]);
    expect(p.rows[0]!.values).toEqual({
      name: '陈志远',
      organisation: '远航集团',
      title: '董事长',
      side: 'guest',
      rank: 1,
      gender: 'male',
      attendance: 'confirmed',
    });
    expect(p.skipped).toEqual([{ row: 5, reason: 'blank' }]);
  });

  it('a row the user imports despite errors comes in without its invalid cells', () => {
    const { preview: p } = preview(rows);
    p.rows[1]!.action = 'add';
    const { add } = importChanges(p, [], 'guest', makeId);
    expect(add.map((a) => [a.name, a.rank])).toEqual([
      ['陈志远', 1],
      ['周文华', 2],
    ]);
  });

  it('without a name column nothing can be imported', () => {
    const p = buildPreview({ rows, dataStart: 2, headers: rows[1]!, mapping: [null, null, 'organisation'], existing: [] });
    expect(p.noNameColumn).toBe(true);
    expect(p.rows).toEqual([]);
  });

  it('reads full-width digits, padded names, "第3位", levels written "2级", and tags', () => {
    const { preview: p } = preview([
      ['姓名', '排序', '接待级别', '标签'],
      ['张　三', '３', '2级', 'VIP、清真'],
      ['李四', '第3位', '一级接待', ''],
    ]);
    expect(p.rows.map((r) => r.values)).toEqual([
      { name: '张三', rank: 3, level: '二级', tags: ['VIP', '清真'] },
      { name: '李四', rank: 3, level: '一级' },
    ]);
  });

  it('section rows ("一、主方人员") give the side of the rows below; notes and repeated headers are skipped', () => {
    const { preview: p } = preview([
      ['姓名', '单位', '职务'],
      ['一、主方人员'],
      ['王建国', '市外办', '主任'],
      ['二、客方人员'],
      ['陈志远', '远航集团', '董事长'],
      ['姓名', '单位', '职务'],
      ['周文华', '远航集团', '总经理'],
      ['注：名单如有变动请及时告知'],
      // A foreign-affairs list names its sides 中方 and 外方; a name alone holding 中方 is a person.
      ['（三）中方人员'],
      ['王中方'],
      ['4. 外方人员：'],
      ['Anna Schmidt', 'Hanse AG', 'CEO'],
    ]);
    expect(p.rows.map((r) => [r.values.name, r.sectionSide])).toEqual([
      ['王建国', 'host'],
      ['陈志远', 'guest'],
      ['周文华', 'guest'],
      ['王中方', 'host'],
      ['Anna Schmidt', 'guest'],
    ]);
    expect(p.skipped.map((s) => [s.row, s.reason])).toEqual([
      [2, 'section'],
      [4, 'section'],
      [6, 'repeatedHeader'],
      [8, 'note'],
      [9, 'section'],
      [11, 'section'],
    ]);
  });
});

describe('duplicates', () => {
  const rows = [
    ['姓名', '单位', '职务'],
    ['陈志远', '远航集团', '董事长'],
    ['周文华', '远航集团', '总经理'],
    ['陈 志远', '远航集团 ', '董事长'],
    ['周文华', '市外办', '处长'],
  ];

  it('the same name and organisation twice in the file: the second is skipped and points at the first', () => {
    const { preview: p } = preview(rows);
    expect(p.rows[2]).toMatchObject({ row: 4, duplicate: { of: 'file', row: 2 }, action: 'skip' });
    // Same name, other organisation: a different person.
    expect(p.rows[3]).toMatchObject({ row: 5, action: 'add' });
    expect(p.rows[3]!.duplicate).toBeUndefined();
  });

  it('someone already in the plan is updated, not added twice', () => {
    const existing = [person('陈志远', '远航集团', 'guest', 1)];
    const { preview: p } = preview(rows, existing);
    expect(p.rows[0]).toMatchObject({ duplicate: { of: 'plan', personId: 'p-陈志远' }, action: 'update' });
    const changes = importChanges(p, existing, 'guest', makeId);
    expect(changes.update).toEqual([
      { personId: 'p-陈志远', patch: { name: '陈志远', organisation: '远航集团', title: '董事长' } },
    ]);
    expect(changes.add.map((a) => a.name)).toEqual(['周文华', '周文华']);
  });
});

describe('ranks of imported people', () => {
  it('rows without a rank follow the list, after the highest rank their side already has', () => {
    const existing = [person('王建国', '市外办', 'host', 1), person('陈志远', '远航集团', 'guest', 1)];
    const { preview: p } = preview([
      ['姓名', '身份', '排序'],
      ['周文华', '客方', ''],
      ['刘晓梅', '主方', ''],
      ['孙立', '客方', '5'],
      ['吴静', '', ''],
    ]);
    const { add } = importChanges(p, existing, 'guest', makeId);
    expect(add.map((a) => [a.name, a.side, a.rank])).toEqual([
      ['周文华', 'guest', 6],
      ['刘晓梅', 'host', 2],
      ['孙立', 'guest', 5],
      ['吴静', 'guest', 7],
    ]);
    for (const a of add) expect(personSchema.safeParse(a).success).toBe(true);
  });
});

describe('a large list', () => {
  it('validates 5,000 rows, keeping row numbers exact', () => {
    const rows = [['人员名单'], ['姓名', '单位', '职务', '排序']];
    for (let i = 0; i < 5000; i++) rows.push([`人员${i}`, `单位${i % 40}`, '处长', i === 4321 ? 'x' : String(i + 1)]);
    const started = performance.now();
    const { preview: p } = preview(rows);
    const ms = performance.now() - started;
    expect(p.rows).toHaveLength(5000);
    const bad = p.rows.filter((r) => r.errors.length);
    expect(bad.map((r) => message(r.errors[0]!))).toEqual(['第 4324 行，D 列“排序”：“x”不是有效的排序（应为 1 以上的整数）']);
    expect(ms).toBeGreaterThan(0);
  });
});
