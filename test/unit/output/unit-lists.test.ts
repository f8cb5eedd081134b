/**
 * 按单位座位表 (issue 16 part 4): per unit, in the scene's unit order, every delegate seated in the
 * hall or on its rostrum with the seat in words; pages that never cut a cell; the PDF through
 * Chromium and the .xlsx through LibreOffice Calc, every delegate and seat whole in both.
 */
import { withPlacedScene } from '../../helpers/plans';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { exportPlan } from '../../../scripts/export';
import { applyCommand } from '../../../shared/commands/commands';
import { translate, type Lang } from '../../../shared/i18n/translate';
import { uniformBlock } from '../../../shared/kinds/meeting-hall';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Plan } from '../../../shared/model/types';
import { DEFAULT_CARD_OPTIONS } from '../../../shared/output/cards';
import { LIST_BLOCK } from '../../../shared/output/list-pages';
import { seatSlips, slipUnits } from '../../../shared/output/seat-slips';
import { listUnits, unitListPages, unitLists, unitListsWorkbook, unitRow } from '../../../shared/output/unit-lists';
import { make } from '../../../shared/templates';
import { jobFor, renderDocument, renderView, workbookData } from '../../../renderer/src/print/views';
import { CSV_UTF8, officeConvert } from './office';
import { keep, pdfFonts, pdfPages, squash } from './pdf-tools';

let n = 0;
const makeId = (prefix: string) => `${prefix}_${++n}`;
const LONG_TITLE = '市发展和改革委员会党组成员、副主任、新闻发言人兼办公室主任';
/** Units in the list's order; 市教育局's 70 run over a page. */
const UNITS: [string, string[]][] = [
  ['市发展和改革委员会', ['欧阳建国', '李华', '阿卜杜热合曼·买买提', '赵艳', '王小明', '陈静']],
  ['市外办', ['张伟', 'Thomas Müller', '刘洋']],
  ['市财政局', ['孙丽', '周强', '吴敏', '郑凯', '冯雪', '何平', '罗刚', '高远']],
  [
    '市教育局',
    Array.from(
      { length: 70 },
      (_, i) => `${'马朱胡郭林梁谢宋唐许'[i % 10]}${'建晓海文志立雪'[Math.floor(i / 10)]}${'明强静涛娜伟芳敏军洋'[(i * 3) % 10]}`,
    ),
  ],
];
/** The rostrum's three seats take the three most senior: two of 市发改委 and 市外办's head. */
const TOP = ['欧阳建国', '张伟', '李华'];

function meetingPlan(numbering: 'consecutive' | 'oddEven' = 'consecutive'): Plan {
  let plan = newPlan({ name: '全市工作会议', organisation: '市委办公厅', convention: 'government' }, makeId);
  let rank = TOP.length;
  plan = applyCommand(plan, {
    type: 'person/add',
    people: UNITS.flatMap(([unit, names]) =>
      names.map((name) =>
        newPerson(
          {
            name,
            organisation: unit,
            side: 'guest',
            rank: TOP.includes(name) ? TOP.indexOf(name) + 1 : ++rank,
            title: name === '赵艳' ? LONG_TITLE : '代表',
          },
          makeId,
        ),
      ),
    ),
  });
  const hall = make.meetingHall(makeId, { x: 0, y: 0, rotation: -90 }, [uniformBlock(6, 8), uniformBlock(6, 8)], {
    zones: [{ name: '代表区', colour: 'red', block: 0, fromRow: 1, toRow: 2, reserved: false }],
    numbering,
  });
  const rostrum = make.rostrum(makeId, { x: 0, y: 6, rotation: 90 }, [3], false);
  return withPlacedScene(plan, { name: '全体会议', kind: 'meeting', items: [rostrum, hall] });
}

const plan = meetingPlan();
const scene = plan.scenes[0]!;
const everyone = UNITS.flatMap(([, names]) => names);

describe('per-unit seat lists: the rows', () => {
  it('lists every seated delegate once, unit by unit in the scene order, by precedence within a unit', () => {
    expect(scene.assignments).toHaveLength(everyone.length);
    const lists = unitLists(plan, scene, 'zh');
    expect(lists.map((u) => u.unit)).toEqual(UNITS.map(([unit]) => unit));
    expect(listUnits(plan, scene)).toEqual(UNITS.map(([unit]) => unit));
    // Within a unit by rank: the rostrum's two come first in their unit.
    expect(lists[0]!.rows.map((r) => r.name)).toEqual(['欧阳建国', '李华', '阿卜杜热合曼·买买提', '赵艳', '王小明', '陈静']);
    for (const u of lists) expect(u.rows.map((r) => r.order)).toEqual(u.rows.map((_, i) => i + 1));
    expect(lists.flatMap((u) => u.rows.map((r) => r.name)).sort()).toEqual([...everyone].sort());
  });

  it('follows the unit order the scene is set to (笔画), as the slips do', () => {
    const strokes = applyCommand(plan, { type: 'scene/update', sceneId: scene.id, patch: { options: { unitOrder: 'strokes' } } });
    const s = strokes.scenes[0]!;
    const order = unitLists(strokes, s, 'zh').map((u) => u.unit);
    // 市 is shared; then 外 (5) · 发 (5) · 财 (7) · 教 (11): ties go to the next character.
    expect(order).toEqual(['市外办', '市发展和改革委员会', '市财政局', '市教育局']);
    expect(order).toEqual(slipUnits(strokes, s));
  });

  it('says where on the rostrum and where in the hall, in the slips’ words', () => {
    const rows = new Map(unitLists(plan, scene, 'zh').flatMap((u) => u.rows.map((r) => [r.name, r])));
    for (const name of TOP)
      expect(rows.get(name)).toMatchObject({ zone: '主席台', seat: expect.stringMatching(/^第1排第\d座$/) });
    expect(rows.get('阿卜杜热合曼·买买提')).toMatchObject({ zone: '代表区', seat: '1区第1排第1座', title: '代表' });
    for (const slip of seatSlips(plan, scene, 'zh'))
      expect(rows.get(slip.name)).toMatchObject({ seat: slip.seat, zone: slip.area });
    const en = unitLists(plan, scene, 'en')[0]!.rows;
    expect(en[0]).toMatchObject({ zone: 'rostrum', seat: expect.stringMatching(/^Row 1, seat \d$/) });
    expect(en[2]).toMatchObject({ seat: 'Block 1, row 1, seat 1' });
  });

  it('numbers the hall seats as the hall does: consecutive or 单双号', () => {
    const seatOf = (p: Plan, name: string) =>
      unitLists(p, p.scenes[0]!, 'zh')
        .flatMap((u) => u.rows)
        .find((r) => r.name === name)!.seat;
    const oddEven = meetingPlan('oddEven');
    // Block 1 is on the audience's left: its seat 8 is next to the centre aisle, No. 2 under 单双号.
    expect(seatOf(plan, '阿卜杜热合曼·买买提')).toBe('1区第1排第1座');
    expect(seatOf(oddEven, '阿卜杜热合曼·买买提')).toBe('1区第1排第16座');
    const rows = unitLists(oddEven, oddEven.scenes[0]!, 'zh').flatMap((u) => u.rows);
    for (const slip of seatSlips(oddEven, oddEven.scenes[0]!, 'zh'))
      expect(rows.find((r) => r.name === slip.name)!.seat).toBe(slip.seat);
  });

  it('prints one unit alone, and no unit nobody of which is seated', () => {
    expect(unitLists(plan, scene, 'zh', '市外办').map((u) => u.rows.map((r) => r.name))).toEqual([
      ['张伟', 'Thomas Müller', '刘洋'],
    ]);
    expect(unitLists(plan, scene, 'zh', '没有这个单位')).toEqual([]);
    const cleared = applyCommand(plan, {
      type: 'seat/apply',
      sceneId: scene.id,
      assignments: scene.assignments.filter(
        (a) => !UNITS[2]![1].some((name) => plan.people.find((p) => p.id === a.personId)!.name === name),
      ),
    });
    expect(unitLists(cleared, cleared.scenes[0]!, 'zh').map((u) => u.unit)).toEqual(['市发展和改革委员会', '市外办', '市教育局']);
  });
});

describe('per-unit seat lists: people without a unit', () => {
  it('lists them last, under a heading in words', () => {
    const hall = scene.items.find((i) => i.kind === 'meeting-hall')!;
    const added = applyCommand(plan, {
      type: 'person/add',
      people: [newPerson({ name: '无名氏', organisation: '', side: 'guest', rank: 999 }, makeId)],
    });
    const id = added.people.at(-1)!.id;
    const seated = applyCommand(added, { type: 'seat/assign', sceneId: scene.id, personId: id, itemId: hall.id, seat: '2:6:8' });
    const lists = unitLists(seated, seated.scenes[0]!, 'zh');
    expect(lists.at(-1)).toMatchObject({ unit: '', rows: [{ name: '无名氏', seat: '2区第6排第8座' }] });
    expect(lists.map((u) => u.unit).slice(0, -1)).toEqual(UNITS.map(([unit]) => unit));
    expect(unitListsWorkbook(seated, seated.scenes[0]!, 'zh').tables.at(-1)!.heading).toBe('未填单位  1 人');
    expect(unitListsWorkbook(seated, seated.scenes[0]!, 'en').tables.at(-1)!.heading).toBe('No unit given  1 person');
  });
});

describe('per-unit seat lists: the pages', () => {
  const lists = unitLists(plan, scene, 'zh');
  const pages = unitListPages(lists, 'zh');

  it('cuts nothing: every cell’s lines hold its whole text, a long title wraps and the row grows', () => {
    for (const u of lists)
      for (const r of u.rows) {
        const row = unitRow(r);
        const texts = [String(r.order), r.name, r.title, r.zone, r.seat];
        row.cells.forEach((c, i) => expect(c.lines.join('').replace(/\s/g, '')).toBe(texts[i]!.replace(/\s/g, '')));
      }
    const zhao = unitRow(lists[0]!.rows.find((r) => r.name === '赵艳')!);
    expect(zhao.cells[2]!.lines.length).toBeGreaterThan(1);
    expect(zhao.h).toBeGreaterThan(LIST_BLOCK.row);
  });

  it('puts several small units on a page, runs a long one on under its heading again, and fills every page', () => {
    const headings = (page: (typeof pages)[number]) => page.filter((b) => 'rows' in b.item).map((b) => b.item);
    expect(headings(pages[0]!).length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) expect(headings(page)[0]).toMatchObject({ heading: '市教育局  70 人', continued: true });
    // Every row once, none past the foot of its page, and no page without a delegate on it.
    const rows = pages.flatMap((p) => p.filter((b) => 'row' in b.item));
    expect(rows).toHaveLength(everyone.length);
    for (const page of pages) {
      expect(page.some((b) => 'row' in b.item)).toBe(true);
      for (const b of page) expect(b.y).toBeLessThan(297 - LIST_BLOCK.margin);
    }
  });

  it('gives the .xlsx a heading row per unit and every delegate’s row', () => {
    const book = workbookData(plan, jobFor('unit-lists', { options: DEFAULT_CARD_OPTIONS }), 'zh');
    expect(book).toEqual(unitListsWorkbook(plan, scene, 'zh'));
    expect(book.columns).toEqual(['顺序', '姓名', '职务', '区域', '座位']);
    expect(book.tables.map((t) => t.heading)).toEqual([
      '市发展和改革委员会  6 人',
      '市外办  3 人',
      '市财政局  8 人',
      '市教育局  70 人',
    ]);
    expect(book.tables[1]!.rows[1]).toEqual([
      '2',
      'Thomas Müller',
      '代表',
      '代表区',
      expect.stringMatching(/^\d区第1排第\d+座$/),
    ]);
  });
});

describe('per-unit seat lists: on paper', () => {
  const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const dir = mkdtempSync(join(tmpdir(), 'zuoci-unit-lists-'));
  const LANGS = ['zh', 'en'] as const;
  beforeAll(async () => {
    for (const lang of LANGS)
      writeFileSync(join(dir, `unit-lists-${lang}.xlsx`), await seatingListXlsx(unitListsWorkbook(plan, scene, lang)));
    const files = LANGS.map((lang) => join(dir, `unit-lists-${lang}.xlsx`));
    officeConvert(files, 'pdf', dir);
    mkdirSync(join(dir, 'csv'));
    officeConvert(files, CSV_UTF8, join(dir, 'csv'));
    keep('calc-unit-lists-zh.pdf', readFileSync(join(dir, 'unit-lists-zh.pdf')));
  }, 180_000);
  afterAll(async () => {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints every delegate and seat whole in the PDF, CJK embedded, no empty page', async () => {
    const job = { view: 'unit-lists' as const, sceneId: scene.id };
    expect(renderView(plan, job, 'zh').page).toEqual({ w: 210, h: 297 });
    const file = keep('unit-lists.pdf', await printer.pdf(renderDocument(plan, job, 'zh')), 1);
    const { count } = pdfPages(file);
    expect(count).toBe(unitListPages(unitLists(plan, scene, 'zh'), 'zh').length);
    const text = squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
    for (const r of unitLists(plan, scene, 'zh').flatMap((u) => u.rows)) {
      expect(text).toContain(squash(r.name));
      expect(text).toContain(squash(r.seat));
    }
    expect(text).toContain(LONG_TITLE);
    // No empty page: each has its number and a delegate on it.
    const names = everyone.map(squash);
    for (let page = 1; page <= count; page++) {
      const pageText = squash(
        execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }),
      );
      expect(pageText).toContain(squash(translate('zh', 'print.page', { n: page, total: count })));
      expect(names.some((name) => pageText.includes(name))).toBe(true);
    }
    // In English too: every name and seat in words.
    const en = keep('unit-lists-en.pdf', await printer.pdf(renderDocument(plan, job, 'en')), 0);
    const enText = squash(execFileSync('pdftotext', ['-raw', en, '-'], { encoding: 'utf8' }));
    for (const r of unitLists(plan, scene, 'en').flatMap((u) => u.rows)) {
      expect(enText).toContain(squash(r.name));
      expect(enText).toContain(squash(r.seat));
    }
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  }, 120_000);

  it('prints one unit alone', async () => {
    const job = { view: 'unit-lists' as const, sceneId: scene.id, unit: '市外办' };
    const file = keep('unit-lists-one.pdf', await printer.pdf(renderDocument(plan, job, 'zh')), 0);
    expect(pdfPages(file).count).toBe(1);
    const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const name of ['张伟', 'Thomas Müller', '刘洋']) expect(text).toContain(squash(name));
    expect(text).not.toContain('孙丽');
  }, 120_000);

  it('is written by npm run export for a plan with a meeting hall, as PDF and .xlsx, beside the hall chart and the slips', async () => {
    const out = join(dir, 'export');
    const files = (await exportPlan(plan, out, { lang: 'zh', cards: DEFAULT_CARD_OPTIONS }, printer)).map((f) =>
      f.slice(out.length + 1),
    );
    expect(files).toEqual(expect.arrayContaining(['seat-slips.pdf', 'unit-lists.pdf', 'unit-lists.xlsx', 'seating-chart.pdf']));
    // The chart it writes is the hall's: the meeting's title and the hall's key under its back row.
    const chart = squash(execFileSync('pdftotext', [join(out, 'seating-chart.pdf'), '-'], { encoding: 'utf8' }));
    expect(chart).toContain(squash('全体会议'));
    expect(chart).toContain(squash('会场座区'));
    const text = squash(execFileSync('pdftotext', [join(out, 'unit-lists.pdf'), '-'], { encoding: 'utf8' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'unit-lists.xlsx'));
    expect(book.worksheets[0]!.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '1:3' });
    const names = book.worksheets[0]!.getColumn(2).values.map((v) => String(v ?? ''));
    for (const name of everyone) {
      expect(text).toContain(squash(name));
      expect(names).toContain(name);
    }
  }, 240_000);

  describe.each(LANGS)('the .xlsx in %s, opened by Calc', (lang: Lang) => {
    it('prints every cell whole and reads back every delegate with the seat', async () => {
      const text = squash(execFileSync('pdftotext', ['-raw', join(dir, `unit-lists-${lang}.pdf`), '-'], { encoding: 'utf8' }));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(dir, `unit-lists-${lang}.xlsx`));
      book.worksheets[0]!.eachRow((row) => row.eachCell((c) => void (c.text && expect(text, c.text).toContain(squash(c.text)))));
      const csv = readFileSync(join(dir, `csv/unit-lists-${lang}.csv`), 'utf8').split('\n');
      for (const r of unitLists(plan, scene, lang).flatMap((u) => u.rows)) {
        const line = csv.find((l) => l.includes(r.name));
        expect(line, r.name).toBeDefined();
        expect(line).toContain(r.seat);
      }
    });
  });
});
