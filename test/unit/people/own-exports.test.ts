/**
 * Our own exports read back: the people export as CSV (Chinese headers) and as .xlsx (English
 * headers) maps column for column, formula-guarded text comes back as written, and seats return
 * when this plan has the scene, table and seat the file names — otherwise a note says which not.
 */
import { describe, expect, it } from 'vitest';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { writeXlsx } from '../../../electron/services/people-export';
import { readXlsx } from '../../../electron/services/people-import';
import { applyCommand, type Command } from '../../../shared/commands/commands';
import { autoPlaceScene } from '../../../shared/engine';
import { seatingListData } from '../../../shared/output/seating-list';
import type { Plan } from '../../../shared/model/types';
import { translate, type Lang } from '../../../shared/i18n/translate';
import {
  buildPreview,
  detectHeader,
  importChanges,
  peopleTable,
  seatNoteText,
  toCsv,
  type ImportPreview,
} from '../../../shared/people';
import {
  findSeats,
  ownExportHeaders,
  seatCommands,
  seatingListSeats,
  unguardCell,
  type SeatNote,
} from '../../../shared/people/own-export';
import { isReadList, readListBytes, workbookList } from '../../../shared/people/read-list';
import { PERSON_FIELDS } from '../../../shared/people/fields';
import { banquetPlan, counterIds } from '../../helpers/plans';
import { importSheet } from './import-sheet';

/** A plan with four people seated at its one banquet table; one name starts like a formula. */
function placedPlan(): Plan {
  const plan = banquetPlan([
    { name: '王建国', side: 'host', rank: 1, rostrum: true },
    { name: '陈志远', side: 'guest', rank: 1, latinName: 'CHEN Zhiyuan' },
    { name: '=周文华', side: 'guest', rank: 2 },
    { name: 'Anna Schmidt', side: 'guest', rank: 3 },
  ]);
  const withPrecedence = { ...plan, people: plan.people.map((p, i) => ({ ...p, precedence: i + 1 })) };
  const scene = withPrecedence.scenes[0]!;
  return applyCommand(withPrecedence, {
    type: 'seat/apply',
    sceneId: scene.id,
    assignments: autoPlaceScene(withPrecedence, scene.id).assignments,
  });
}

/** The same plan with nobody in it yet: where an export is read back into. */
const emptied = (plan: Plan): Plan => ({ ...plan, people: [], scenes: plan.scenes.map((s) => ({ ...s, assignments: [] })) });

/** Reads the sheet as the wizard does for our export, confirms, and applies the commands. */
function importInto(target: Plan, rows: string[][]) {
  const header = detectHeader(rows);
  const own = ownExportHeaders(header.headers);
  if (!own) throw new Error(`not recognised: ${header.headers.join(' | ')}`);
  const unguarded = rows.map((r) => r.map(unguardCell));
  const dataStart = header.row + header.rows;
  const preview: ImportPreview = buildPreview({
    rows: unguarded,
    dataStart,
    headers: header.headers,
    mapping: own.mapping,
    existing: target.people,
  });
  const seats = findSeats(target, unguarded, dataStart, own.seats);
  const changes = importChanges(preview, target.people, 'guest', counterIds());
  const commands: Command[] = [
    { type: 'people/import', add: changes.add, update: changes.update },
    ...seatCommands(preview, changes, seats.placements),
  ];
  const after = commands.reduce(applyCommand, target);
  return { own, preview, seats, after };
}

/** The notes as the wizard's preview shows them. */
const noteWords = (lang: Lang, notes: SeatNote[]) =>
  notes.map((n) => seatNoteText((key, params) => translate(lang, key, params), n));

/** Who sits where, by name: what must survive the round trip. */
function seating(plan: Plan): Record<string, string> {
  const scene = plan.scenes[0]!;
  const name = new Map(plan.people.map((p) => [p.id, p.name]));
  return Object.fromEntries(scene.assignments.map((a) => [name.get(a.personId)!, `${a.itemId}/${a.seat}`]));
}

describe('the people export read back', () => {
  it('CSV with Chinese headers: every column maps back, the formula guard is undone, every seat restored', () => {
    const plan = placedPlan();
    const list = readListBytes('测试计划-人员名单.csv', new TextEncoder().encode(toCsv(peopleTable(plan, 'zh'))));
    if (!isReadList(list)) throw new Error('not read');
    const { own, preview, seats, after } = importInto(emptied(plan), list.sheets[0]!.rows);
    // 序号 first, then every person field in its own column, then the scene's table and seat.
    expect(own.mapping).toEqual([null, ...PERSON_FIELDS, null, null]);
    expect(own.seats).toEqual([{ scene: '欢迎宴', table: 18, seat: 19 }]);
    expect(preview.rows.map((r) => [r.values.name, r.values.side, r.values.rank, r.values.precedence, r.errors])).toEqual([
      ['王建国', 'host', 1, 1, []],
      ['陈志远', 'guest', 1, 2, []],
      ['=周文华', 'guest', 2, 3, []],
      ['Anna Schmidt', 'guest', 3, 4, []],
    ]);
    expect(after.people.map((p) => p.latinName)).toEqual([undefined, 'CHEN Zhiyuan', undefined, undefined]);
    expect(after.people.map((p) => p.rostrum)).toEqual([true, undefined, undefined, undefined]);
    expect(seats.notes).toEqual([]);
    expect(seats.placements).toHaveLength(4);
    expect(seating(after)).toEqual(seating(plan));
  });

  it('.xlsx with English headers ("Overall precedence") maps back and restores the seats', async () => {
    const plan = placedPlan();
    const bytes = await writeXlsx(peopleTable(plan, 'en'));
    const list = workbookList('Excel (.xlsx)', (await readXlsx(bytes)).sheets);
    if (!isReadList(list)) throw new Error('not read');
    const { own, preview, after } = importInto(emptied(plan), list.sheets[0]!.rows);
    expect(own.mapping[7]).toBe('precedence');
    expect(own.seats).toEqual([{ scene: '欢迎宴', table: 18, seat: 19 }]);
    expect(preview.rows.map((r) => [r.values.name, r.values.precedence])).toEqual([
      ['王建国', 1],
      ['陈志远', 2],
      ['=周文华', 3],
      ['Anna Schmidt', 4],
    ]);
    expect(own.mapping[16]).toBe('latinName');
    expect(own.mapping[17]).toBe('rostrum');
    expect(after.people.map((p) => p.latinName)).toEqual([undefined, 'CHEN Zhiyuan', undefined, undefined]);
    expect(after.people.map((p) => p.rostrum)).toEqual([true, undefined, undefined, undefined]);
    expect(seating(after)).toEqual(seating(plan));
  });

  it('into a plan without that scene, or without that table, the seats are left out with a note', () => {
    const plan = placedPlan();
    const rows = (
      readListBytes('x.csv', new TextEncoder().encode(toCsv(peopleTable(plan, 'zh')))) as { sheets: { rows: string[][] }[] }
    ).sheets[0]!.rows;
    const renamed = emptied({ ...plan, scenes: plan.scenes.map((s) => ({ ...s, name: '答谢宴' })) });
    const noScene = importInto(renamed, rows);
    expect(noScene.seats).toEqual({ placements: [], notes: [{ kind: 'noScene', scene: '欢迎宴', count: 4 }] });
    expect(noScene.after.people).toHaveLength(4);
    expect(noScene.after.scenes[0]!.assignments).toEqual([]);

    const scene = plan.scenes[0]!;
    const table = scene.items.find((i) => i.kind === 'round-table')!;
    const noTable = emptied({ ...plan, scenes: [{ ...scene, items: scene.items.filter((i) => i.id !== table.id) }] });
    const withoutTable = importInto(noTable, rows);
    expect(withoutTable.seats).toEqual({
      placements: [],
      notes: [{ kind: 'noSeat', scene: '欢迎宴', rows: [2, 3, 4, 5] }],
    });
    expect(withoutTable.after.people).toHaveLength(4);

    // What the officer reads in the preview.
    const notes = [...noScene.seats.notes, ...withoutTable.seats.notes];
    expect(noteWords('zh', notes)).toEqual([
      '“欢迎宴”的 4 个座位未恢复：本计划没有名为“欢迎宴”的场景。',
      '“欢迎宴”中第 2, 3, 4, 5 行的座位未恢复：这个场景里没有名单所写的桌位或座位。',
    ]);
    expect(noteWords('en', notes)).toEqual([
      '4 seats in “欢迎宴” not restored: this plan has no scene named “欢迎宴”.',
      'Seats in “欢迎宴” on rows 2, 3, 4, 5 not restored: this scene has no such table or seat.',
    ]);
  });

  it('a list that is not our export (one header of its own) is left to the usual mapping', () => {
    expect(ownExportHeaders(['序号', '姓名', '单位', '手机'])).toBeUndefined();
    expect(ownExportHeaders(['序号', '单位'])).toBeUndefined();
    expect(ownExportHeaders(['No.', 'Name', '欢迎宴: table/car'])).toBeUndefined();
    expect(unguardCell("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardCell("'张三")).toBe("'张三");
  });
});

describe('the seating list read back', () => {
  async function seatingListRows(plan: Plan, lang: 'zh' | 'en') {
    const data = seatingListData(plan, plan.scenes[0]!.id, lang);
    const { sheets } = await readXlsx(new Uint8Array(await seatingListXlsx(data)));
    return sheets[0]!.rows;
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the seated people come back with side, organisation and title, and their seats when the plan and scene match`, async () => {
      const plan = placedPlan();
      const rows = await seatingListRows(plan, lang);
      const { header, mapping, people, problems, skipped } = importSheet(rows);
      expect(header.row).toBe(2);
      expect(mapping).toEqual([null, 'name', null, 'side', 'organisation', 'title']);
      // In seat order: 主位, 右1, 右2, 左1.
      expect(people.map((p) => [p.row, p.name, p.side])).toEqual([
        [5, '王建国', 'host'],
        [6, '陈志远', 'guest'],
        [7, 'Anna Schmidt', 'guest'],
        [14, '=周文华', 'guest'],
      ]);
      expect(problems).toEqual([]);
      // The table's heading row and its empty seats are skipped as notes, never people.
      expect(skipped.every((s) => s.reason === 'note')).toBe(true);

      const target = emptied(plan);
      const found = seatingListSeats(target, rows, header.row)!;
      expect(found.notes).toEqual([]);
      const preview = buildPreview({ rows, dataStart: header.row + 1, headers: header.headers, mapping, existing: [] });
      const changes = importChanges(preview, [], 'guest', counterIds());
      const after = [
        { type: 'people/import', add: changes.add, update: changes.update } as Command,
        ...seatCommands(preview, changes, found.placements),
      ].reduce(applyCommand, target);
      expect(seating(after)).toEqual(seating(plan));
    });
  }

  it('a seating list of another plan keeps its people but not its seats, with a note naming its title', async () => {
    const plan = placedPlan();
    const rows = await seatingListRows(plan, 'zh');
    const other = emptied({ ...plan, name: '另一个计划' });
    const found = seatingListSeats(other, rows, 2)!;
    expect(found).toEqual({
      placements: [],
      notes: [{ kind: 'otherPlan', title: '测试计划 · 欢迎宴 · 分桌名单' }],
    });
    expect(noteWords('zh', found.notes)).toEqual([
      '座次表中的座位未恢复：它是另一个计划或场景的（“测试计划 · 欢迎宴 · 分桌名单”）。',
    ]);
    // A list that is not a seating list is left alone.
    expect(seatingListSeats(other, [['姓名', '单位']], 0)).toBeUndefined();
  });
});
