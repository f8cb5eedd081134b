/**
 * 餐饮服务单 (issue 15 part 3): per table the covers and every dietary need with the seat in words,
 * the name and the officer's words; the hall's totals; bilingual when a guest is foreign.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import type { Plan } from '../../../shared/model/types';
import { dietNotes, isForeign, kitchenSheet } from '../../../shared/output/kitchen';
import { seatingItems } from '../../../shared/output/plan-data';
import { renderDocument } from '../../../renderer/src/print/views';
import { banquetPlan } from './banquet';
import { keep, pdfFonts, pdfPages, pdfText, squash } from './pdf-tools';

/**
 * The banquet (whose one foreign guest is Thomas Müller) with dietary needs given to the people in
 * these seats: [table number, seat, text]; `chinese` renames him so that nobody seated is foreign.
 */
function withNeeds(needs: [number, string, string][], { chinese = false } = {}): Plan {
  const plan = banquetPlan();
  const scene = plan.scenes[0]!;
  const at = (table: number, seat: string) =>
    seatingItems(plan, scene)
      .find((e) => e.number === table)!
      .seats.find((s) => s.label === seat)!.person!.id;
  const dietary = new Map(needs.map(([t, s, text]) => [at(t, s), text]));
  return {
    ...plan,
    people: plan.people.map((p) => ({
      ...p,
      ...(dietary.has(p.id) ? { dietary: dietary.get(p.id)! } : {}),
      ...(chinese && p.name === 'Thomas Müller' ? { name: '穆天明' } : {}),
    })),
  };
}

const NEEDS: [number, string, string][] = [
  [1, 'P', '清真、不饮酒'],
  [1, 'R2', '素食'],
  [3, 'R1', '花生过敏，对海鲜过敏（虾、蟹）'],
  [5, 'L1', '清真'],
  [5, 'R3', '低盐少油'],
];

describe('dietary needs from the officer’s words', () => {
  it('puts each part in a category and keeps the words, brackets whole', () => {
    expect(dietNotes('清真、不饮酒')).toEqual([
      { need: 'halal', words: '清真' },
      { need: 'noAlcohol', words: '不饮酒' },
    ]);
    expect(dietNotes('花生过敏，对海鲜过敏（虾、蟹）')).toEqual([
      { need: 'allergy', words: '花生过敏' },
      { need: 'allergy', words: '对海鲜过敏（虾、蟹）' },
    ]);
    expect(dietNotes('对坚果、花生、芝麻严重过敏')).toEqual([{ need: 'allergy', words: '对坚果、花生、芝麻严重过敏' }]);
    expect(dietNotes('vegetarian; no pork / 不吃牛肉 / 不喝酒 / 吃素')).toEqual([
      { need: 'vegetarian', words: 'vegetarian' },
      { need: 'noPork', words: 'no pork' },
      { need: 'noBeef', words: '不吃牛肉' },
      { need: 'noAlcohol', words: '不喝酒' },
      { need: 'vegetarian', words: '吃素' },
    ]);
    expect(dietNotes('低盐少油')).toEqual([{ need: 'other', words: '低盐少油' }]);
    expect(dietNotes(undefined)).toEqual([]);
    expect(dietNotes(' 、 ')).toEqual([]);
  });

  it('reads a guest as foreign from a Latin-letter name or a 外宾 tag', () => {
    const p = banquetPlan().people[0]!;
    expect(isForeign(p)).toBe(false);
    expect(isForeign({ ...p, name: 'Thomas Müller' })).toBe(true);
    expect(isForeign({ ...p, tags: ['外宾'] })).toBe(true);
  });
});

describe('the kitchen sheet', () => {
  const plan = withNeeds(NEEDS, { chinese: true });
  const scene = plan.scenes[0]!;
  const nameAt = (table: number, seat: string) =>
    seatingItems(plan, scene)
      .find((e) => e.number === table)!
      .seats.find((s) => s.label === seat)!.person!.name;

  it('lists per table, in table order, the covers and each need with seat, name and words; totals per need', () => {
    const sheet = kitchenSheet(plan, scene, 'zh');
    expect(sheet.langs).toEqual(['zh']);
    expect(sheet.tables.map((t) => t.heading)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `第${n}桌`));
    expect(sheet.tables.map((t) => t.covers)).toEqual([14, 10, 10, 10, 10, 10, 10, 10, 6]);
    expect(sheet.covers).toBe(90);
    const rows = (n: number) => sheet.tables[n - 1]!.rows.map((r) => [r.seat, r.name, r.needText, r.words]);
    expect(rows(1)).toEqual([
      ['主位', nameAt(1, 'P'), '清真', '清真'],
      ['主位', nameAt(1, 'P'), '不饮酒', '不饮酒'],
      ['右2', nameAt(1, 'R2'), '素食', '素食'],
    ]);
    expect(rows(2)).toEqual([]);
    expect(rows(3)).toEqual([
      ['右1', nameAt(3, 'R1'), '过敏', '花生过敏'],
      ['右1', nameAt(3, 'R1'), '过敏', '对海鲜过敏（虾、蟹）'],
    ]);
    expect(rows(5)).toEqual([
      ['右3', nameAt(5, 'R3'), '其他', '低盐少油'],
      ['左1', nameAt(5, 'L1'), '清真', '清真'],
    ]);
    // People per need: two halal guests, one allergic guest with two allergies.
    expect(sheet.totals.map((t) => [t.label, t.people])).toEqual([
      ['清真', 2],
      ['素食', 1],
      ['不饮酒', 1],
      ['过敏', 1],
      ['其他', 1],
    ]);
  });

  it('is bilingual when a seated guest is foreign', () => {
    const foreign = withNeeds(NEEDS);
    const sheet = kitchenSheet(foreign, foreign.scenes[0]!, 'zh');
    expect(sheet.langs).toEqual(['zh', 'en']);
    expect(sheet.tables[0]!.heading).toBe('第1桌 Table 1');
    expect(sheet.tables[0]!.rows[0]).toMatchObject({ seat: '主位 Head seat', needText: '清真 Halal', words: '清真' });
    expect(sheet.totals[0]!.label).toBe('清真 Halal');
  });
});

describe('the kitchen sheet as a PDF', () => {
  const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  afterAll(() => printer.close());

  it('embeds the CJK face and prints every table, need and name whole', async () => {
    const base = withNeeds([
      ...NEEDS,
      [7, 'R4', '对坚果、花生、芝麻及其制品严重过敏，菜品请勿使用任何坚果油或花生酱，上菜前请与服务经理再次确认配料表'],
    ]);
    const plan = {
      ...base,
      people: base.people.map((p) => (p.name === 'Thomas Müller' ? { ...p, dietary: 'No pork, no alcohol' } : p)),
    };
    const file = keep('kitchen-sheet.pdf', await printer.pdf(renderDocument(plan, { view: 'kitchen' }, 'zh')), 2);
    for (const f of pdfFonts(file)) expect(f.embedded).toBe(true);
    expect(pdfFonts(file).some((f) => /Noto/.test(f.name))).toBe(true);
    const flat = squash(pdfText(file));
    expect(flat).not.toContain('…');
    const sheet = kitchenSheet(plan, plan.scenes[0]!, 'zh');
    for (const t of sheet.tables) {
      expect(flat).toContain(squash(t.heading));
      for (const r of t.rows) for (const text of [r.seat, r.name, r.needText, r.words]) expect(flat).toContain(squash(text));
    }
    expect(flat).toContain(squash('Thomas Müller'));
    expect(pdfPages(file).count).toBeGreaterThanOrEqual(1);
  });
});
