import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { chartModel } from '../../../renderer/src/print/chart';
import { chartNameSizes, nameLines, NAME_MAX_MM, NAME_MIN_MM, type SeatGroup } from '../../../shared/output/chart-names';
import { chooseLayout } from '../../../shared/output/chart-layout';
import { packBlocks } from '../../../shared/output/list-pages';
import { listEntries } from '../../../shared/output/seating-list';
import { renderDocument, renderView } from '../../../renderer/src/print/views';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { banquetPlan } from './banquet';
import { keep, pdfFonts, pdfPages, pdfText, pdfWords, squash, wordsOf, OUT_DIR } from './pdf-tools';
import { isWide } from '../../../shared/output/text-fit';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const plan = banquetPlan();
const scene = plan.scenes[0]!;
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(() => printer.close());

describe('chart layout', () => {
  it('takes the largest standard scale that fits, and A3 only when A4 would be unreadable', () => {
    const legible = (l: { scale: number }) => l.scale <= 150;
    const small = chooseLayout({ x0: 0, y0: 0, x1: 12, y1: 16 }, legible)!;
    expect(small.sheet.paper).toBe('A4');
    expect(small.scale).toBe(75);
    const wide = chooseLayout({ x0: 0, y0: 0, x1: 30, y1: 14 }, legible)!;
    expect(wide.sheet.orientation).toBe('landscape');
    const huge = chooseLayout({ x0: 0, y0: 0, x1: 50, y1: 30 }, legible)!;
    expect(huge.sheet.paper).toBe('A3');
    // Legible on no sheet: the chart is split over pages instead.
    expect(chooseLayout({ x0: 0, y0: 0, x1: 90, y1: 60 }, legible)).toBeUndefined();
    // 1 m in the world is 1000/scale mm on paper.
    expect(small.mm(1)).toBeCloseTo(1000 / 75);
  });

  it('wraps a long name onto two lines: Chinese between characters, Latin between words and after a hyphen', () => {
    const size = NAME_MIN_MM;
    expect(nameLines('张三', size, 8)).toEqual(['张三']);
    expect(nameLines('欧阳振华', size, 8)).toEqual(['欧阳', '振华']);
    expect(nameLines('欧阳振华', size, 20)).toEqual(['欧阳振华']);
    expect(nameLines('Thomas Müller', size, 12)).toEqual(['Thomas', 'Müller']);
    expect(nameLines('Anna Maria Schmidt', size, 20)).toEqual(['Anna Maria', 'Schmidt']);
    expect(nameLines('Oppenheimer', size, 8)).toEqual(['Oppenheimer']);
    // A double-barrelled name breaks after its hyphen, with no space added where the lines meet.
    expect(nameLines('Hohenberg-Schwarzenbach', size, 25)).toEqual(['Hohenberg-', 'Schwarzenbach']);
    expect(nameLines('Maximilian von Hohenberg-Schwarzenbach', size, 200)).toEqual(['Maximilian von Hohenberg-Schwarzenbach']);
  });

  it('chooses one size for every name: the largest at which each fits its seat, never below the minimum', () => {
    // Seats in a row, `pitch` mm apart.
    const row = (names: string[], pitch: number, main = false): SeatGroup => ({
      seats: names.map((name, i) => ({ name, at: { x: i * pitch, y: 0 } })),
      pitch,
      main,
    });
    const roomy = chartNameSizes([row(['张三', '李四'], 30)]);
    expect(roomy).toEqual({ size: NAME_MAX_MM, main: NAME_MAX_MM, legible: true });
    // The tight row decides the size of every name on the chart, the main table may grow.
    const mixed = chartNameSizes([row(['张三', '李四'], 30), row(['欧阳振华', '司马相如'], 8), row(['王五', '赵六'], 30, true)]);
    expect(mixed.legible).toBe(true);
    expect(mixed.size).toBeGreaterThanOrEqual(NAME_MIN_MM);
    expect(mixed.size).toBeLessThan(NAME_MAX_MM);
    expect(mixed.main).toBeCloseTo(mixed.size * 1.3);
    // The main table grows only while no name needs another line: a three-character name stays whole.
    const pitch = 12;
    const base = chartNameSizes([row(['欧阳振华', '司马相如'], 8), row(['熊志强', '韩晓东'], pitch, true)]);
    expect(base.main).toBeGreaterThan(base.size);
    expect(nameLines('熊志强', base.main, pitch)).toEqual(['熊志强']);
    // A smaller size rather than a short name broken, when a legible one keeps it whole.
    const narrow = chartNameSizes([row(['熊志强', '韩晓东'], 11)]);
    expect(narrow.size).toBeGreaterThanOrEqual(NAME_MIN_MM);
    expect(nameLines('熊志强', narrow.size, 11)).toEqual(['熊志强']);
    expect(nameLines('熊志强', NAME_MAX_MM, 11)).toEqual(['熊志', '强']);
    // A single long word that cannot fit at the minimum: held there, and not legible.
    const tight = chartNameSizes([row(['Oppenheimer', 'Vandenberghe'], 6)]);
    expect(tight).toMatchObject({ size: NAME_MIN_MM, legible: false });
  });

  it('packs table blocks into pages without splitting a table', () => {
    const pages = packBlocks(listEntries(plan, scene), 'zh');
    // Every table someone sits at, and no other (the engine leaves table 10 empty: a table
    // nobody sits at gets no block).
    const seatedAt = new Set(scene.assignments.map((a) => a.itemId));
    expect(seatedAt.size).toBe(9);
    expect(new Set(pages.flat().map((b) => b.entry.item.item.id))).toEqual(seatedAt);
    for (const page of pages) for (const b of page) expect(b.y + b.h).toBeLessThanOrEqual(297 - 12 + 1e-9);
  });
});

describe('seating chart and table lists to PDF', () => {
  it('draws the hall: every table number, every name, the door, the main table, legend and scale', async () => {
    const model = chartModel(plan, scene);
    const html = renderDocument(plan, { view: 'seating-chart' }, 'zh');
    const view = renderView(plan, { view: 'seating-chart' }, 'zh');
    const pdf = keep('seating-chart.pdf', await printer.pdf(html));
    const pages = pdfPages(pdf);
    expect(pages.count).toBe(1);
    expect(pages.sizes[0]!.w).toBeCloseTo(view.page.w, 0);
    expect(pages.sizes[0]!.h).toBeCloseTo(view.page.h, 0);
    expect(pdfFonts(pdf).some((f) => /NotoSansSC/.test(f.name) && f.embedded)).toBe(true);
    const text = squash(pdfText(pdf));
    // Every name whole, on one line or wrapped onto two.
    const words = pdfWords(pdf);
    for (const p of plan.people) expect(wordsOf(p.name, words), p.name).toBeDefined();
    for (let t = 1; t <= 10; t++) expect(html).toContain(`data-table-number="${t}"`);
    for (const word of ['print.door', 'print.mainTable', 'print.legend.host', 'print.legend.guest']) {
      expect(text).toContain(translate('zh', word as never));
    }
    expect(text).toContain(squash(translate('zh', 'print.scale', { n: model.layout.scale })));
    // The main table is filled: its circle carries the highlight colour.
    const mainId = scene.items.find((i) => i.kind === 'round-table' && i.main)!.id;
    expect(html).toMatch(new RegExp(`<circle[^>]*fill="#fde2a0"[^>]*data-item="${mainId}"`));

    const png = await printer.png(html, view.page, 2);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(join(OUT_DIR, 'seating-chart.png'), png);
  });

  it('prints every name whole at one legible size: the smallest at least 8 pt and 0.7 of the largest', async () => {
    const pdf = keep('seating-chart-names.pdf', await printer.pdf(renderDocument(plan, { view: 'seating-chart' }, 'zh')));
    const words = pdfWords(pdf);
    const seated = new Set(scene.assignments.map((a) => a.personId));
    const names = plan.people.filter((p) => seated.has(p.id)).map((p) => p.name);
    expect(names.length).toBeGreaterThan(80);
    expect(pdfText(pdf)).not.toContain('…');
    const nameWords = names.map((name) => {
      const found = wordsOf(name, words);
      expect(found, name).toBeDefined();
      return found!;
    });
    // A CJK glyph is one em wide: its box width per character is the font size in pt.
    const cjk = nameWords.flat().filter((w) => [...w.text].every(isWide));
    const sizes = cjk.map((w) => (w.x1 - w.x0) / [...w.text].length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual((NAME_MIN_MM * 72) / 25.4 - 0.05);
    // Box heights follow the font size in Latin and CJK alike.
    const heights = nameWords.flat().map((w) => w.y1 - w.y0);
    expect(Math.min(...heights) / Math.max(...heights)).toBeGreaterThanOrEqual(0.7);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(Math.min(...cjk.map((w) => w.y1 - w.y0)) - 0.01);
    // The Latin name is broken between its words, not inside one.
    expect(wordsOf('Thomas Müller', words)!.map((w) => w.text)).toEqual(['Thomas', 'Müller']);
  });

  it('lists every table with its people, in A4 pages', async () => {
    const pdf = keep('table-lists.pdf', await printer.pdf(renderDocument(plan, { view: 'table-lists' }, 'zh')), 2);
    const pages = pdfPages(pdf);
    expect(pages.sizes.every((s) => Math.abs(s.w - 210) < 1 && Math.abs(s.h - 297) < 1)).toBe(true);
    expect(pages.count).toBe(packBlocks(listEntries(plan, scene), 'zh').length);
    const text = squash(pdfText(pdf));
    for (const p of plan.people) expect(text).toContain(squash(p.name));
    for (let t = 1; t <= 9; t++) expect(text).toContain(translate('zh', 'print.table', { n: t }));
    expect(text).not.toContain(translate('zh', 'print.table', { n: 10 }));
  });

  it('prints a notice rather than an empty page when nobody is seated', async () => {
    const empty = { ...plan, scenes: [{ ...scene, assignments: [] }] };
    const pdf = keep('table-lists-empty.pdf', await printer.pdf(renderDocument(empty, { view: 'table-lists' }, 'zh')), 0);
    expect(squash(pdfText(pdf))).toContain(squash(translate('zh', 'print.noSeating')));
  });
});
