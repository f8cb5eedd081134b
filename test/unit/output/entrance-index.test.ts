/**
 * 座位查询表 (issue 15 part 4): every seated guest under a letter (surname pinyin, 多音字 surnames
 * read as surnames), a stroke count or a delegation, with table and seat; PDF on A4 and A3; .xlsx.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { chineseNumeral } from '../../../shared/i18n/numerals';
import type { Plan } from '../../../shared/model/types';
import { entranceIndex, entranceIndexList } from '../../../shared/output/entrance-index';
import { seatingItems } from '../../../shared/output/plan-data';
import { renderDocument, renderView } from '../../../renderer/src/print/views';
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
      return { ...p, name: NAMES[i]!, delegation: i < 6 ? '市外办' : '远航国际集团' };
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

  it('groups by delegation, by pinyin within', () => {
    expect(groupsOf('delegation')).toEqual([
      ['市外办', ['安娜', '欧阳振华', '单伟', '解明', '曾艳', '张三']],
      ['远航国际集团', ['白云', '丁一', '马芳', 'Thomas Müller', '沈静', '王五']],
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
    expect(list.columns).toEqual(['桌号', '姓名', '座位']);
    expect(list.tables.map((t) => t.heading)).toEqual(groupsOf('pinyin').map(([h]) => h));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await seatingListXlsx(list)) as unknown as ArrayBuffer);
    const cells = book.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    for (const name of NAMES) expect(cells).toContain(name);
  });
});

describe('the entrance index as a PDF', () => {
  const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  afterAll(() => printer.close());
  const big = banquetPlan();

  for (const paper of ['A4', 'A3'] as const) {
    it(`prints every seated name whole on ${paper}, CJK embedded, in several columns`, async () => {
      const job = { view: 'entrance-index', order: 'pinyin', paper } as const;
      const view = renderView(big, job, 'zh');
      const file = keep(`entrance-index-${paper}.pdf`, await printer.pdf(renderDocument(big, job, 'zh')), 1);
      const pages = pdfPages(file);
      expect(pages.sizes[0]!.w).toBeCloseTo(view.page.w, 0);
      expect(pages.sizes[0]!.h).toBeCloseTo(view.page.h, 0);
      for (const f of pdfFonts(file)) expect(f.embedded).toBe(true);
      const text = pdfText(file);
      expect(text).not.toContain('…');
      const flat = squash(text);
      for (const p of big.people) expect(flat).toContain(squash(p.name));
      // 90 names in large type: A4 needs more pages than A3.
      expect(pages.count).toBe(paper === 'A4' ? 2 : 1);
    });
  }
});
