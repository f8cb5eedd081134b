/**
 * 座位查询表 (issue 15 part 4): every seated guest under a letter (surname pinyin, 多音字 surnames
 * read as surnames), a stroke count or a delegation, with table and seat; the pages of a
 * 3,000-guest banquet, no heading parted from its first rows; PDF on A4 and A3; .xlsx.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { chineseNumeral } from '../../../shared/i18n/numerals';
import { autoPlaceScene } from '../../../shared/engine';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Plan, Scene, VenueItem } from '../../../shared/model/types';
import {
  entranceIndex,
  entranceIndexList,
  indexBlockHeight,
  indexFrame,
  indexPages,
  type IndexBlock,
} from '../../../shared/output/entrance-index';
import { seatingItems } from '../../../shared/output/plan-data';
import { renderDocument, renderView, type PrintJob } from '../../../renderer/src/print/views';
import { banquetPlan } from './banquet';
import { keep, pdfFonts, pdfPages, pdfText, squash } from './pdf-tools';

const NAMES = ['单伟', '曾艳', '解明', '张三', '安娜', '欧阳振华', '白云', 'Thomas Müller', '马芳', '丁一', '王五', '沈静'];

/** Twelve guests at the main table, renamed in seating order; the first six of 市外办. */
function smallPlan(): Plan {
  const plan = banquetPlan(12, 2);
  const scene = plan.scenes[0]!;
  const seated = seatingItems(plan, scene).flatMap((e) => e.seats.flatMap((s) => (s.person ? [s.person.id] : [])));
  expect(seated).toHaveLength(12);
  return {
    ...plan,
    people: plan.people.map((p) => {
      const i = seated.indexOf(p.id);
      const delegation = i < 6 ? '市外办' : NAMES[i] === 'Thomas Müller' ? 'Voyager Holdings' : '远航国际集团';
      return { ...p, name: NAMES[i]!, delegation };
    }),
  };
}

const plan = smallPlan();
const scene = plan.scenes[0]!;
const groupsOf = (order: 'pinyin' | 'strokes' | 'delegation', lang: 'zh' | 'en' = 'zh') =>
  entranceIndex(plan, scene, order, lang).map((g) => [g.heading, g.entries.map((e) => e.name)]);

describe('the entrance index', () => {
  it('sorts by surname pinyin under letters, reading 单 shan, 曾 zeng, 解 xie and a Latin name by its family name', () => {
    expect(groupsOf('pinyin')).toEqual([
      ['A', ['安娜']],
      ['B', ['白云']],
      ['D', ['丁一']],
      ['M', ['马芳', 'Thomas Müller']],
      ['O', ['欧阳振华']],
      ['S', ['单伟', '沈静']],
      ['W', ['王五']],
      ['X', ['解明']],
      ['Z', ['曾艳', '张三']],
    ]);
  });

  it('sorts by the strokes of the surname, ties by the next character, Latin names last', () => {
    expect(groupsOf('strokes')).toEqual([
      ['二画', ['丁一']],
      ['三画', ['马芳']],
      ['四画', ['王五']],
      ['五画', ['白云']],
      ['六画', ['安娜']],
      ['七画', ['张三', '沈静']],
      ['八画', ['单伟', '欧阳振华']],
      ['十二画', ['曾艳']],
      ['十三画', ['解明']],
      ['其他', ['Thomas Müller']],
    ]);
    expect(groupsOf('strokes', 'en')[0]).toEqual(['2 strokes', ['丁一']]);
    expect([1, 2, 10, 11, 12, 20, 23].map(chineseNumeral)).toEqual(['一', '二', '十', '十一', '十二', '二十', '二十三']);
  });

  it('groups by delegation in pinyin order (a Latin-script one by its letters), by surname within', () => {
    expect(groupsOf('delegation')).toEqual([
      ['市外办', ['安娜', '欧阳振华', '单伟', '解明', '曾艳', '张三']],
      ['Voyager Holdings', ['Thomas Müller']],
      ['远航国际集团', ['白云', '丁一', '马芳', '沈静', '王五']],
    ]);
  });

  it('gives each guest the table and the seat in words', () => {
    const main = seatingItems(plan, scene)[0]!;
    const host = main.seats.find((s) => s.label === 'P')!.person!;
    const entry = entranceIndex(plan, scene, 'pinyin', 'zh')
      .flatMap((g) => g.entries)
      .find((e) => e.personId === host.id)!;
    expect(entry).toMatchObject({ name: host.name, table: '第1桌', seat: '主位' });
  });

  it('writes the same order to the .xlsx, a heading row per group', async () => {
    const list = entranceIndexList(plan, scene.id, 'pinyin', 'zh');
    expect(list.columns).toEqual(['姓名', '桌号', '座位']);
    expect(list.tables.map((t) => t.heading)).toEqual(groupsOf('pinyin').map(([h]) => h));
    expect(list.tables[3]!.rows).toEqual([
      ['马芳', expect.stringMatching(/^第\d+桌$/), expect.any(String)],
      ['Thomas Müller', expect.stringMatching(/^第\d+桌$/), expect.any(String)],
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await seatingListXlsx(list)) as unknown as ArrayBuffer);
    const cells = book.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    for (const name of NAMES) expect(cells).toContain(name);
  });
});

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解区仇朴',
];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚建华志晓东海燕文博思远国庆立新秀英桂'];
const LATIN = ['Thomas Müller', 'Anna Schmidt', 'Maximilian von Hohenberg-Schwarzenbach', 'Élodie Martin', 'John Smith'];

/** A banquet of `count` guests at tables of ten, placed by the engine: 多音字 surnames, Latin and long names among them. */
function crowdPlan(count: number): Plan {
  let n = 0;
  const id = (prefix: string) => `${prefix}_${++n}`;
  const plan = newPlan({ name: '年会晚宴', organisation: '', convention: 'commercial', startDate: '2026-12-31' }, id);
  const people = Array.from({ length: count }, (_, i) => {
    const name =
      i % 97 === 0
        ? LATIN[(i / 97) % LATIN.length]!
        : i % 89 === 0
          ? '买买提·阿卜杜热合曼·艾力'
          : SURNAMES[(i * 7) % SURNAMES.length]! + GIVEN[i % GIVEN.length]! + (i % 3 ? GIVEN[(i * 5) % GIVEN.length]! : '');
    return newPerson({ name, side: i % 2 ? 'host' : 'guest', rank: Math.floor(i / 2) + 1 }, id);
  });
  const items: VenueItem[] = Array.from({ length: Math.ceil(count / 10) }, (_, t) => ({
    id: id('item'),
    kind: 'round-table',
    x: (t % 20) * 4,
    y: Math.floor(t / 20) * 4,
    rotation: 0,
    seats: 10,
    diameter: 1.8,
    ...(t === 0 ? { main: true } : {}),
  }));
  const scene: Scene = { id: id('scene'), name: '晚宴', kind: 'banquet', options: {}, items, assignments: [], roles: [] };
  const draft: Plan = { ...plan, people, scenes: [scene] };
  const { assignments, tableNumbers } = autoPlaceScene(draft, scene.id);
  const numbered = items.map((item) => (item.kind === 'round-table' ? { ...item, number: tableNumbers[item.id] } : item));
  return { ...draft, scenes: [{ ...scene, items: numbered, assignments }] };
}

const crowd = crowdPlan(3000);
const crowdScene = crowd.scenes[0]!;

describe('the pages of a 3,000-guest index', () => {
  for (const paper of ['A4', 'A3'] as const) {
    it(`flows every guest once, in order, on ${paper}, never parting a heading from its first rows`, () => {
      const groups = entranceIndex(crowd, crowdScene, 'pinyin', 'zh');
      expect(groups.flatMap((g) => g.entries)).toHaveLength(3000);
      const frame = indexFrame(paper);
      const pages = indexPages(groups, paper, 'zh');
      const placed = pages.flatMap((page) => page.map((b) => b.item));
      // Every block of the index once, in order; the only additions are headings marked continued.
      const own = (b: IndexBlock) => !('continued' in b && b.continued);
      expect(placed.filter(own)).toEqual(
        groups.flatMap((g) => [
          { heading: g.heading, continued: false, rows: g.entries.length },
          ...g.entries.map((entry) => ({ entry, heading: g.heading })),
        ]),
      );
      for (const page of pages) {
        for (let col = 0; col < frame.cols; col++) {
          const column = page.filter((b) => b.col === col);
          if (column.length === 0) continue;
          // Inside the frame, top to bottom, no overlap.
          expect(column[0]!.y).toBe(frame.top);
          for (const [k, b] of column.entries()) {
            const bottom = b.y + indexBlockHeight(b.item, frame.colW, 'zh');
            expect(bottom).toBeLessThanOrEqual(frame.bottom + 1e-9);
            if (k + 1 < column.length) expect(column[k + 1]!.y).toBeCloseTo(bottom, 9);
          }
          // A column opens with a heading: its group's own, or the group it continues.
          const first = column[0]!.item;
          expect('rows' in first).toBe(true);
          // A heading has its first two rows (or its whole group) below it in the same column.
          for (const [k, b] of column.entries()) {
            if (!('rows' in b.item) || b.item.continued) continue;
            const below = column.slice(k + 1, k + 1 + Math.min(2, b.item.rows));
            expect(below.map((x) => 'entry' in x.item && x.item.heading)).toEqual(
              Array(Math.min(2, b.item.rows)).fill(b.item.heading),
            );
          }
        }
      }
      // Large type fills the paper: A4 holds three columns, A3 four.
      expect(pages.length).toBeGreaterThan(paper === 'A4' ? 30 : 15);
    });
  }
});

describe('the entrance index as a PDF', () => {
  const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  afterAll(() => printer.close());

  /** The view printed: page count, CJK faces embedded, no ellipsis; returns the text in drawing order. */
  async function printed(plan: Plan, job: PrintJob, name: string): Promise<{ count: number; lines: string[] }> {
    const view = renderView(plan, job, 'zh');
    const file = keep(`${name}.pdf`, await printer.pdf(renderDocument(plan, job, 'zh')), 2);
    const pages = pdfPages(file);
    expect(pages.sizes[0]!.w).toBeCloseTo(view.page.w, 0);
    expect(pages.sizes[0]!.h).toBeCloseTo(view.page.h, 0);
    const fonts = pdfFonts(file);
    expect(fonts.some((f) => /SC|CJK/.test(f.name))).toBe(true);
    for (const f of fonts) expect(f.embedded).toBe(true);
    const text = pdfText(file, '-raw');
    expect(text).not.toContain('…');
    return { count: pages.count, lines: text.split('\n').map(squash).filter(Boolean) };
  }

  for (const paper of ['A4', 'A3'] as const) {
    it(`prints every seated name whole on ${paper}, the letters in order`, async () => {
      const big = banquetPlan();
      const job = { view: 'entrance-index', order: 'pinyin', paper } as const;
      const { count, lines } = await printed(big, job, `entrance-index-${paper}`);
      // Drawing order is reading order: every name whole on its line (a long one over two).
      const flat = lines.join('\n');
      for (const p of big.people) expect(flat.replace(/\n/g, '')).toContain(squash(p.name));
      const letters = lines.filter((l) => /^[A-Z]$/.test(l));
      expect(letters).toEqual(entranceIndex(big, big.scenes[0]!, 'pinyin', 'zh').map((g) => g.heading));
      expect(letters).toEqual([...letters].sort());
      // 90 names in large type: A4 needs more pages than A3.
      expect(count).toBe(paper === 'A4' ? 2 : 1);
    });
  }

  it('prints the 3,000-guest index on the pages the arithmetic gives, every name whole, continued groups headed again', async () => {
    const job = { view: 'entrance-index', order: 'pinyin', paper: 'A4' } as const;
    const { count, lines } = await printed(crowd, job, 'entrance-index-3000');
    const groups = entranceIndex(crowd, crowdScene, 'pinyin', 'zh');
    expect(count).toBe(indexPages(groups, 'A4', 'zh').length);
    const flat = lines.join('');
    let from = 0;
    // In order, each whole: search each name after the one before it.
    for (const e of groups.flatMap((g) => g.entries)) {
      const at = flat.indexOf(squash(e.name), from);
      expect(at, e.name).toBeGreaterThanOrEqual(0);
      from = at + squash(e.name).length;
    }
    expect(lines.filter((l) => /^[A-Z]（续）$/.test(l)).length).toBeGreaterThan(20);
  }, 120_000);
});
