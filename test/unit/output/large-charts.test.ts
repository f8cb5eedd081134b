/**
 * Charts of large venues (issue 15 part 1, issue 16 part 4), printed through Chromium: the
 * 10-table template, 300 tables with 3,000 people and the 1,500-seat meeting hall. Every seated
 * name whole in the PDF, one size (the smallest at least 0.7 of the largest, never under 8 pt),
 * the CJK face embedded; a hall too large for A3 split over A4 pages whose overlap marks meet when
 * the pages are laid over each other, with a key map page.
 */
import { withPlacedScene } from '../../helpers/plans';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { chartModel } from '../../../renderer/src/print/chart';
import { renderDocument } from '../../../renderer/src/print/views';
import { newPlan } from '../../../shared/model/factory';
import { applyCommand } from '../../../shared/commands/commands';
import { translate } from '../../../shared/i18n/translate';
import type { Plan } from '../../../shared/model/types';
import { nameLines, NAME_MIN_MM } from '../../../shared/output/chart-names';
import { rowLetters, tileChart } from '../../../shared/output/chart-tiles';
import { drawingArea } from '../../../shared/output/chart-layout';
import { isWide } from '../../../shared/output/text-fit';
import { findTemplate } from '../../../shared/templates';
import { banquetPlan } from './banquet';
import { largeBanquet, largeHall, largeName } from './large-plans';
import { keep, pdfFonts, pdfPages, pdfText, pdfWords, squash, wordsOf } from './pdf-tools';

const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(() => printer.close());

const MIN_PT = (NAME_MIN_MM * 72) / 25.4;

/** The 10-table template seated with the sample banquet's people. */
function templatePlan(): Plan {
  const base = banquetPlan();
  let seq = 0;
  const makeId = (p: string) => `${p}_t${seq++}`;
  const plan = newPlan({ name: base.name, organisation: base.organisation, convention: 'government' }, makeId);
  return withPlacedScene(applyCommand(plan, { type: 'person/add', people: base.people }), {
    name: '欢迎宴',
    kind: 'banquet',
    items: findTemplate('banquet-10').build(makeId),
  });
}

/** Prints the plan's chart and checks every seated name: whole, one legible size, the CJK face embedded. */
async function printedLegibly(file: string, plan: Plan, pngPages = 2) {
  const scene = plan.scenes[0]!;
  const pdf = keep(file, await printer.pdf(renderDocument(plan, { view: 'seating-chart' }, 'zh')), pngPages);
  expect(pdfFonts(pdf).some((f) => /NotoSansSC/.test(f.name) && f.embedded)).toBe(true);
  expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  expect(pdfText(pdf)).not.toContain('…');
  const words = pdfWords(pdf);
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const names = scene.assignments.map((a) => people.get(a.personId)!.name);
  const found = names.map((name) => {
    const lines = wordsOf(name, words);
    expect(lines, name).toBeDefined();
    return lines!;
  });
  // A CJK glyph is one em wide: its box width per character is the font size in pt.
  const cjk = found.flat().filter((w) => [...w.text].every(isWide));
  const sizes = cjk.map((w) => (w.x1 - w.x0) / [...w.text].length);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_PT - 0.05);
  // Box heights follow the font size in Latin and CJK alike.
  const heights = found.flat().map((w) => w.y1 - w.y0);
  expect(Math.min(...heights) / Math.max(...heights)).toBeGreaterThanOrEqual(0.7);
  return { pdf, names, words };
}

describe('name layout and tiling arithmetic', () => {
  it('sets a long name over up to four lines, Chinese evenly, Latin words whole', () => {
    expect(nameLines('阿卜杜热合曼·买买提', NAME_MIN_MM, 11)).toEqual(['阿卜杜', '热合曼', '·买', '买提']);
    expect(nameLines('郭秀立', NAME_MIN_MM, 7)).toEqual(['郭秀', '立']);
    expect(nameLines('Anna Maria Schmidt', NAME_MIN_MM, 14)).toEqual(['Anna', 'Maria', 'Schmidt']);
    // Every line of a Latin name is whole words of it.
    for (const name of ['Thomas Müller', 'Anna Maria Schmidt']) {
      for (const width of [8, 12, 20, 40]) {
        const lines = nameLines(name, NAME_MIN_MM, width);
        expect(lines.join(' ')).toBe(name);
      }
    }
    expect(largeName(13)).not.toMatch(/…/);
  });

  it('covers the world with pages that overlap by the stated band, labelled by row letter and column', () => {
    const world = { x0: -20, y0: -15, x1: 20, y1: 15 };
    const chart = tileChart(world, 75, 18);
    expect(chart.tiles).toHaveLength(chart.rows * chart.cols);
    expect(chart.tiles[0]!.label).toBe('A1');
    expect(chart.tiles.at(-1)!.label).toBe(`${rowLetters(chart.rows - 1)}${chart.cols}`);
    const k = 1000 / 75;
    const xs = chart.tiles.filter((t) => t.row === 0);
    // Each page's window is its drawing area; neighbours share exactly the overlap.
    const area = drawingArea(xs[0]!.layout.sheet);
    expect((xs[0]!.window.x1 - xs[0]!.window.x0) * k).toBeCloseTo(area.x1 - area.x0);
    for (let i = 1; i < xs.length; i++) expect((xs[i - 1]!.window.x1 - xs[i]!.window.x0) * k).toBeCloseTo(18);
    expect(xs[0]!.window.x0).toBeLessThanOrEqual(world.x0);
    expect(xs.at(-1)!.window.x1).toBeGreaterThanOrEqual(world.x1);
    // A page showing nothing is left out; the others keep their place in the grid.
    const sparse = tileChart(world, 75, 18, (w) => w.x0 < 0 && w.y0 < 0);
    expect(sparse.tiles.length).toBeLessThan(chart.tiles.length);
    expect(sparse.tiles.map((t) => t.label)).toContain('A1');
    expect(rowLetters(25)).toBe('Z');
    expect(rowLetters(26)).toBe('AA');
  });
});

describe('large charts to PDF', () => {
  it('the 10-table template: one sheet, every name whole at one legible size', async () => {
    const plan = templatePlan();
    const model = chartModel(plan, plan.scenes[0]!);
    expect(model.tiled).toBeUndefined();
    const { pdf } = await printedLegibly('chart-template-10.pdf', plan, 1);
    expect(pdfPages(pdf).count).toBe(1);
  });

  it('300 tables, 3,000 people: tiled over A4, every name whole, a key map', async () => {
    const plan = largeBanquet(300);
    expect(plan.scenes[0]!.assignments).toHaveLength(3000);
    const model = chartModel(plan, plan.scenes[0]!);
    expect(model.tiled).toBeDefined();
    const { pdf } = await printedLegibly('chart-banquet-3000.pdf', plan, 0);
    const pages = pdfPages(pdf);
    expect(pages.count).toBe(model.tiled!.tiles.length + 1);
    expect(pages.sizes.every((s) => Math.round(Math.min(s.w, s.h)) === 210)).toBe(true);
  }, 240_000);

  it('the 1,500-seat meeting hall: zones, row and seat numbers, every name, pages whose marks meet, a key map', async () => {
    const plan = largeHall('meeting-hall-1500', 1500);
    const scene = plan.scenes[0]!;
    expect(scene.assignments.length).toBeGreaterThanOrEqual(1500);
    const model = chartModel(plan, scene);
    const tiled = model.tiled!;
    expect(tiled.tiles.length).toBeGreaterThan(1);
    const html = renderDocument(plan, { view: 'seating-chart' }, 'zh');
    const { pdf, words } = await printedLegibly('chart-hall-1500.pdf', plan, 3);
    expect(pdfPages(pdf).count).toBe(tiled.tiles.length + 1);

    // Zones tinted and named, row numbers at both ends of every row, seat numbers on the seats.
    const text = squash(pdfText(pdf));
    for (const zone of ['嘉宾区', '代表区', '媒体区']) expect(text).toContain(zone);
    for (const row of [1, 16, 31])
      expect(html.match(new RegExp(`data-row-number="${row}"`, 'g'))!.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('data-seat-number="24"');

    // The key map: its title and every page's label, on the last page.
    const last = pdfPages(pdf).count;
    const keyText = words.filter((w) => w.page === last).map((w) => w.text);
    expect(squash(keyText.join(''))).toContain(squash(translate('zh', 'print.tiles.key')));
    for (const t of tiled.tiles) expect(keyText).toContain(t.label);

    // Overlap marks: the crosses a page prints in its band towards a neighbour are at the same
    // place of the hall as the neighbour's towards it, so laid over each other they meet.
    const k = 1000 / tiled.scale;
    const sections = html.split('<section').slice(1);
    const marks = (label: string, next: string) => {
      const i = tiled.tiles.findIndex((t) => t.label === label);
      const tile = tiled.tiles[i]!;
      const group = new RegExp(`data-next="${next}">(.*?)</g><text`).exec(sections[i]!)![1]!;
      return [...group.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({
        x: tile.window.x0 + (Number(m[1]) - tile.layout.area.x0) / k,
        y: tile.window.y0 + (Number(m[2]) - tile.layout.area.y0) / k,
      }));
    };
    let pairs = 0;
    for (const tile of tiled.tiles) {
      const right = tiled.tiles.find((t) => t.row === tile.row && t.col === tile.col + 1);
      if (!right) continue;
      const ours = marks(tile.label, right.label);
      const theirs = marks(right.label, tile.label);
      expect(ours).toHaveLength(2);
      ours.forEach((p, j) => {
        expect(p.x).toBeCloseTo(theirs[j]!.x, 1);
        expect(p.y).toBeCloseTo(theirs[j]!.y, 1);
      });
      pairs++;
    }
    expect(pairs).toBeGreaterThan(0);
  }, 240_000);
});
