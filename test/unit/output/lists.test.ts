/**
 * The lists never cut a name or a title: per-table lists, the car sheet, the elevator order and
 * the leaders' summary printed to PDF from a visit whose people have long names and titles, with
 * empty tables and an empty car. What the PDF holds is read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { carEntries, packCars } from '../../../renderer/src/print/cars';
import { renderDocument, type PrintJob } from '../../../renderer/src/print/views';
import { translate } from '../../../shared/i18n/translate';
import { LIST_TEXT, listRow, packBlocks } from '../../../shared/output/list-pages';
import { listEntries } from '../../../shared/output/seating-list';
import { principals } from '../../../shared/output/summary';
import { emWidth, wrapLines } from '../../../shared/output/text-fit';
import { LONG, longPlan } from './long-names';
import { keep, pdfFonts, pdfPages, squash } from './pdf-tools';

const plan = longPlan();
const sceneOf = (kind: string) => plan.scenes.find((s) => s.kind === kind)!;
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(() => printer.close());

/** The text in drawing order: a wrapped cell's lines follow each other, so squashed they are the text. */
const rawText = (file: string) => squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
const pageText = (file: string, page: number) =>
  squash(execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }));

async function print(name: string, job: PrintJob, pngPages = 2) {
  const file = keep(name, await printer.pdf(renderDocument(plan, job, 'zh')), pngPages);
  // Every face the lists use is embedded, so the hotel's PC prints the same glyphs.
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f.embedded, f.name).toBe(true);
  const text = rawText(file);
  expect(text).not.toMatch(/…|\.\.\./);
  return { file, text, pages: pdfPages(file).count };
}

describe('wrapping list text', () => {
  it('breaks between CJK characters, at spaces and after hyphens, never wider than the line, dropping nothing', () => {
    for (const [text, width] of [
      [LONG.title, 6],
      [LONG.latin, 7.8],
      ['远航国际集团 · 首席财务官', 5],
      ['Supercalifragilisticexpialidocious', 4],
    ] as const) {
      const lines = wrapLines(text, width);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(emWidth(line), line).toBeLessThanOrEqual(width);
      expect(squash(lines.join(''))).toBe(squash(text));
    }
    expect(wrapLines(LONG.latin, 7.8)).toEqual(['Maximilian von', 'Hohenberg-', 'Schwarzenbach']);
    expect(wrapLines('张三', 6)).toEqual(['张三']);
  });

  it('breaks organisation · title at the separator first (the break stands for it), each part whole where it fits', () => {
    const cell = (text: string, w: number) => listRow('k', [{ kind: 'what', text, w }]).cells[0]!.lines;
    // 5½ characters wide: greedy wrapping would leave 长 alone on a line (常务副市/长).
    const w = 2 * LIST_TEXT.side + 5.6 * LIST_TEXT.size;
    expect(wrapLines('市人民政府 · 常务副市长', 5.6)).toEqual(['市人民政府', '· 常务副市', '长']);
    expect(cell('市人民政府 · 常务副市长', w)).toEqual(['市人民政府', '常务副市长']);
    // On one line when it fits; a part longer than the line still wraps inside itself.
    expect(cell('市人民政府 · 常务副市长', 2 * LIST_TEXT.side + 13 * LIST_TEXT.size)).toEqual(['市人民政府 · 常务副市长']);
    expect(cell('远航国际集团有限公司 · 首席财务官', w)).toEqual(['远航国际集', '团有限公司', '首席财务官']);
  });
});

describe('per-table lists', () => {
  const banquet = sceneOf('banquet');
  const entries = listEntries(plan, banquet);

  it('prints every seated name and title whole, skips the empty tables and packs small tables together', async () => {
    expect(entries.map((e) => e.number)).not.toContain(8);
    const { file, text, pages } = await print('lists-long.pdf', { view: 'table-lists', sceneId: banquet.id });
    const packed = packBlocks(entries, 'zh');
    expect(pages).toBe(packed.length);
    // Fewer pages than tables: small tables share a page.
    expect(pages).toBeLessThan(entries.length);
    expect(packed[0]!.length).toBeGreaterThan(2);
    for (const a of banquet.assignments) expect(text).toContain(squash(plan.people.find((p) => p.id === a.personId)!.name));
    expect(text).toContain(squash(LONG.title));
    for (const n of [8, 9]) expect(text).not.toContain(translate('zh', 'print.table', { n }));
    // Each page holds exactly the tables the arithmetic put there.
    packed.forEach((page, i) => {
      const onPage = pageText(file, i + 1);
      for (const p of page) expect(onPage).toContain(translate('zh', 'print.table', { n: p.entry.item.number! }));
    });
  });

  it('grows a row for a wrapped title rather than shrinking or cutting it', () => {
    const packed = packBlocks(entries, 'zh').flat();
    const rows = packed.flatMap((p) => p.entry.rows);
    const titled = rows.find((r) => r.cells.some((c) => c.lines.join('').includes('董事会')))!;
    const what = titled.cells.find((c) => c.kind === 'what')!;
    expect(what.lines.length).toBeGreaterThan(1);
    expect(titled.h).toBeGreaterThan(rows.find((r) => r.cells.every((c) => c.lines.length <= 1))!.h);
  });
});

describe('car sheet', () => {
  it('prints every passenger whole, no block for the empty car, all cars on one page', async () => {
    const cars = sceneOf('car');
    expect(carEntries(plan, cars).map((e) => e.item.id)).not.toContain('spare_car');
    const { text, pages } = await print('cars-long.pdf', { view: 'cars' }, 1);
    expect(pages).toBe(packCars(carEntries(plan, cars), 'zh').length);
    expect(pages).toBe(1);
    for (const a of cars.assignments) expect(text).toContain(squash(plan.people.find((p) => p.id === a.personId)!.name));
    expect(text).not.toContain(squash('京A·84004'));
    expect(text).not.toContain('钱师傅');
  });
});

describe('elevator order', () => {
  it('heads each list with its order and its columns: order, name, seat, organisation · title', async () => {
    const { file, text } = await print('elevator-long.pdf', { view: 'elevator' }, 1);
    const t = (k: Parameters<typeof translate>[1]) => translate('zh', k);
    const head = squash(
      `${t('print.order')}${t('print.name')}${t('print.seat')}${t('print.organisation')} · ${t('print.personTitle')}`,
    );
    // 进梯顺序 then its column headings, 出梯顺序 then its own.
    const enter = text.indexOf(t('print.enter'));
    const exit = text.indexOf(t('print.exit'));
    expect(enter).toBeGreaterThan(-1);
    expect(text.indexOf(head, enter)).toBeGreaterThan(enter);
    expect(text.indexOf(head, exit)).toBeGreaterThan(exit);
    for (const a of sceneOf('elevator').assignments)
      expect(text).toContain(squash(plan.people.find((p) => p.id === a.personId)!.name));
    // The long title is in the fourth column, whole.
    expect(text).toContain(squash(LONG.title));
    expect(pdfPages(file).count).toBe(1);
  });
});

describe('leaders’ summary', () => {
  it('prints every principal’s name and title whole', async () => {
    const { text, pages } = await print('summary-long.pdf', { view: 'summary' }, 1);
    expect(pages).toBe(1);
    for (const p of principals(plan)) expect(text).toContain(squash(p.name));
    expect(text).toContain(squash(LONG.title));
  });
});
