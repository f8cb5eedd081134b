import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readPlanInput } from '../../../electron/services/export-input';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { readPlanFile } from '../../../electron/services/plan-file';
import { EXPORT_FILES, exportPlan, main } from '../../../scripts/export';
import type { CarItem } from '../../../shared/model/types';
import { DEFAULT_CARD_OPTIONS } from '../../../shared/output/cards';
import { visitPlan } from './banquet';
import { pdfFonts, pdfPages, pdfText, pdfWords, squash, wordsOf } from './pdf-tools';

const SAMPLE = join(process.cwd(), 'resources', 'samples', 'banquet-90.zuoci');
const dir = mkdtempSync(join(tmpdir(), 'zuoci-export-'));
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the shipped sample plan', () => {
  it('is a .zuoci file the app imports: a 10-table banquet of 90 people, all seated', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const imported = readPlanFile(text, 'banquet-90.zuoci');
    expect(imported.warnings).toEqual([]);
    const { plan } = await readPlanInput(SAMPLE);
    expect(plan.people).toHaveLength(90);
    const scene = plan.scenes[0]!;
    expect(scene.items.filter((i) => i.kind === 'round-table')).toHaveLength(10);
    expect(scene.assignments).toHaveLength(90);
  });
});

describe('npm run export', () => {
  it('writes the sheets a banquet has, each with the right content', async () => {
    const { plan } = await readPlanInput(SAMPLE);
    const out = join(dir, 'out');
    const files = await exportPlan(plan, out, { lang: 'zh', cards: { ...DEFAULT_CARD_OPTIONS, subline: 'title' } }, printer);
    // No meeting furniture, rostrum, cars or elevator in a banquet: those sheets are not written.
    expect(files.map((f) => f.slice(out.length + 1))).toEqual([
      'place-cards.pdf',
      'table-cards.pdf',
      'seating-chart.pdf',
      'seating-chart.png',
      'seating-chart.svg',
      'seating-list.pdf',
      'seating-list.xlsx',
      'kitchen-sheet.pdf',
      'entrance-index.pdf',
      'entrance-index.xlsx',
      'summary.pdf',
      'review.pdf',
    ]);
    const lists = squash(pdfText(join(out, 'seating-list.pdf')));
    for (const p of plan.people) expect(lists).toContain(squash(p.name));

    const cards = join(out, 'place-cards.pdf');
    expect(pdfPages(cards).count).toBe(45);
    expect(pdfFonts(cards).every((f) => f.embedded)).toBe(true);
    const cardText = squash(pdfText(cards));
    for (const p of plan.people) expect(cardText).toContain(squash(p.name));

    expect(pdfPages(join(out, 'table-cards.pdf')).count).toBe(10);
    const chart = pdfPages(join(out, 'seating-chart.pdf'));
    expect(chart.count).toBe(1);
    // A3: the sample's 14-seat main table holds its names at 8 pt only at 1:75.
    expect(Math.round(chart.sizes[0]!.w)).toBe(297);

    // PNG: signature, then the IHDR size: A3 at 96 dpi × 2.
    const png = readFileSync(join(out, 'seating-chart.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Math.round((297 * 96) / 25.4) * 2);
    expect(png.readUInt32BE(20)).toBe(Math.round((420 * 96) / 25.4) * 2);

    // The .svg carries its faces (test/unit/output/svg-fonts.test.ts checks them glyph by glyph).
    const svg = readFileSync(join(out, 'seating-chart.svg'), 'utf8');
    expect(svg).toMatch(/<style>[^<]*@font-face\{font-family:'Noto Sans SC';[^<]*<\/style>/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'seating-list.xlsx'));
    const sheet = book.worksheets[0]!;
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('1:3');
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
    for (const p of plan.people) expect(cells).toContain(p.name);
    for (let t = 1; t <= 10; t++) expect(cells.some((c) => c.startsWith(`第${t}桌`))).toBe(true);

    // The entrance index: by surname pinyin, every guest in the PDF and in its workbook, which has
    // the page setup every .xlsx gets.
    expect(squash(pdfText(join(out, 'entrance-index.pdf'), '-raw'))).toContain('O欧阳振华第1桌');
    const index = new ExcelJS.Workbook();
    await index.xlsx.readFile(join(out, 'entrance-index.xlsx'));
    const indexSheet = index.worksheets[0]!;
    expect(indexSheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '1:3' });
    expect(indexSheet.headerFooter.oddFooter).toContain('&P / &N');
    const names = indexSheet.getColumn(1).values.map((v) => String(v ?? ''));
    for (const p of plan.people) expect(names).toContain(p.name);
  }, 240_000); // a dozen files through Chromium: minutes on a loaded machine

  it('writes every sheet of the print menu for a whole visit, each from its own scene', async () => {
    const plan = visitPlan();
    const out = join(dir, 'visit');
    const files = await exportPlan(plan, out, { lang: 'zh', cards: DEFAULT_CARD_OPTIONS }, printer);
    // Every file but the seat slips and the per-unit seat lists, which need a meeting hall.
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(
      EXPORT_FILES.filter((f) => !['seat-slips.pdf', 'unit-lists.pdf', 'unit-lists.xlsx'].includes(f)),
    );
    const text = (f: string) => squash(pdfText(join(out, f)));
    const sceneNames = (kind: string) => {
      const scene = plan.scenes.find((s) => s.kind === kind)!;
      return scene.assignments.map((a) => plan.people.find((p) => p.id === a.personId)!.name);
    };
    for (const [f, kind] of [
      ['cars.pdf', 'car'],
      ['elevator.pdf', 'elevator'],
    ] as const) {
      const printed = text(f);
      for (const name of sceneNames(kind)) expect(printed, `${f}: ${name}`).toContain(squash(name));
    }
    // The meeting and rostrum charts wrap a long name onto two lines inside its seat: found stacked, whole.
    for (const [f, kind] of [
      ['meeting.pdf', 'talks'],
      ['rostrum.pdf', 'meeting'],
    ] as const) {
      const chartWords = pdfWords(join(out, f));
      for (const name of sceneNames(kind)) expect(wordsOf(name, chartWords), `${f}: ${name}`).toBeDefined();
    }
    expect(text('cars.pdf')).toContain(squash((plan.scenes.find((s) => s.kind === 'car')!.items[0] as CarItem).plate!));
  }, 240_000); // a dozen files through Chromium: minutes on a loaded machine

  it('reads a bare plan document as well, and names the file when it is not a plan', async () => {
    const { plan } = await readPlanInput(SAMPLE);
    const bare = join(dir, 'bare.json');
    writeFileSync(bare, JSON.stringify(plan));
    expect((await readPlanInput(bare)).plan.people).toHaveLength(90);
    const bad = join(dir, 'bad.zuoci');
    writeFileSync(bad, '{"people": 3');
    await expect(readPlanInput(bad)).rejects.toThrow(/bad\.zuoci: not a Zuoci plan/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...plan, people: [{ name: 1 }] }));
    await expect(readPlanInput(wrong)).rejects.toThrow(/wrong\.json: the plan is invalid: people\[0\]/);
  });

  it('prints the protocol problems on stderr in words, and still exports', async () => {
    const { plan } = await readPlanInput(SAMPLE);
    const seated = plan.scenes[0]!.assignments[0]!.personId;
    const name = plan.people.find((p) => p.id === seated)!.name;
    const absent = { ...plan, people: plan.people.map((p) => (p.id === seated ? { ...p, attendance: 'absent' as const } : p)) };
    const file = join(dir, 'absent.json');
    writeFileSync(file, JSON.stringify(absent));
    const warned: string[] = [];
    const spy = vi.spyOn(console, 'warn').mockImplementation((m: string) => void warned.push(m));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main([file, '--out', join(dir, 'absent')])).toBe(0);
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
    const line = warned.find((w) => w.includes('缺席'));
    expect(line).toContain(name);
    expect(line).toContain('清空其座位');
    expect(line).not.toMatch(/person_|\bR\d|\bP\b/);
    expect(pdfPages(join(dir, 'absent', 'table-cards.pdf')).count).toBe(10);
  });

  it('says clearly when no browser is found, and refuses bad options', async () => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const saved = process.env.CHROMIUM_PATH;
    try {
      process.env.CHROMIUM_PATH = '/nowhere/chrome';
      expect(await main([SAMPLE, '--out', join(dir, 'x')])).toBe(3);
      expect(errors.join('\n')).toMatch(/No Chromium-based browser \(Chromium, Chrome or Edge\).*CHROMIUM_PATH/s);
      process.env.CHROMIUM_PATH = '/usr/bin/chromium';
      expect(await main([SAMPLE, '--out', join(dir, 'x'), '--face', 'comic'])).toBe(2);
      expect(errors.at(-1)).toMatch(/--face: "comic" is not one of kai, song, hei/);
      expect(await main([SAMPLE])).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
      spy.mockRestore();
    }
  });
});
