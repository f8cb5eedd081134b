import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { chartModel, nameLines, nameSize } from '../../../renderer/src/print/chart';
import { chooseLayout } from '../../../shared/output/chart-layout';
import { packBlocks } from '../../../shared/output/list-pages';
import { listEntries } from '../../../shared/output/seating-list';
import { renderDocument, renderView } from '../../../renderer/src/print/views';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { banquetPlan } from './banquet';
import { keep, pdfFonts, pdfPages, pdfText, squash, OUT_DIR } from './pdf-tools';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const plan = banquetPlan();
const scene = plan.scenes[0]!;
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(() => printer.close());

describe('chart layout', () => {
  it('takes the largest standard scale that fits, and A3 only when A4 would be unreadable', () => {
    const small = chooseLayout({ x0: 0, y0: 0, x1: 12, y1: 16 });
    expect(small.sheet.paper).toBe('A4');
    expect(small.scale).toBe(75);
    const wide = chooseLayout({ x0: 0, y0: 0, x1: 30, y1: 14 });
    expect(wide.sheet.orientation).toBe('landscape');
    const huge = chooseLayout({ x0: 0, y0: 0, x1: 60, y1: 40 });
    expect(huge.sheet.paper).toBe('A3');
    // 1 m in the world is 1000/scale mm on paper.
    expect(small.mm(1)).toBeCloseTo(1000 / 75);
  });

  it('sizes seat names to the seat pitch within readable bounds', () => {
    expect(nameSize('张三', 8)).toBeCloseTo(3.2);
    expect(nameSize('欧阳振华', 8)).toBeCloseTo(1.7);
    expect(nameSize('Thomas Müller', 8)).toBe(1.6);
    expect(nameLines('Thomas Müller', 1.6, 8)).toEqual(['Thomas', 'Müller']);
    expect(nameLines('欧阳振华', 1.7, 8)).toEqual(['欧阳振华']);
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
    for (const p of plan.people) expect(text, p.name).toContain(squash(p.name));
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
