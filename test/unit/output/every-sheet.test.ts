/**
 * Issue 15's test list, sheet by sheet, over one whole visit (hallVisitPlan: a banquet with two
 * tables emptied, a motorcade with an empty car, a rostrum, an elevator, talks and a meeting hall;
 * Latin names, four-character names, a 复姓, a transliterated name with its dot) exported once by
 * `npm run export`'s own function. For every PDF of PRINT_VIEWS: CJK faces embedded, every name
 * the sheet should carry found whole, nothing ends in an ellipsis, no page without a name (so no
 * page for an empty table or car); on the charts the heading lines apart, no word over another and
 * one legible name size. For every .xlsx and .csv
 * we write, LibreOffice Calc (the stand-in for Excel and WPS): every person and seat read back,
 * every cell whole on paper, the people list on one page width.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { writeXlsx } from '../../../electron/services/people-export';
import { PRINT_VIEWS, renderDocument, workbookData } from '../../../renderer/src/print/views';
import { EXPORT_FILES, exportPlan } from '../../../scripts/export';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { translate } from '../../../shared/i18n/translate';
import type { Scene } from '../../../shared/model/types';
import { peopleTable, toCsv } from '../../../shared/people';
import { DEFAULT_CARD_OPTIONS } from '../../../shared/output/cards';
import { CHART_FOOT, CHART_HEAD, CHART_MARGIN } from '../../../shared/output/chart-layout';
import { NAME_MIN_MM } from '../../../shared/output/chart-names';
import { LIST_TEXT } from '../../../shared/output/list-pages';
import { seatingItems } from '../../../shared/output/plan-data';
import { reviewPages } from '../../../shared/output/review';
import { itemTitle } from '../../../shared/output/seating-list';
import { principals } from '../../../shared/output/summary';
import { isWide } from '../../../shared/output/text-fit';
import { DIETARY, hallVisitPlan } from './long-names';
import { CSV_IN, CSV_UTF8, officeConvert, xlsxCellTexts } from './office';
import { keep, pdfFonts, pdfPages, pdfText, pdfWords, squash, wordsOf, type PdfWord } from './pdf-tools';

const plan = hallVisitPlan();
const dir = mkdtempSync(join(tmpdir(), 'zuoci-every-sheet-'));
const out = join(dir, 'export');
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

const sceneOf = (test: (s: Scene) => boolean) => plan.scenes.find(test)!;
const holding = (kind: string) => sceneOf((s) => s.items.some((i) => i.kind === kind));
const banquet = sceneOf((s) => s.kind === 'banquet');
const hall = holding('meeting-hall');

/** Who sits in a scene, with the words of their seat and item. */
function seated(scene: Scene) {
  return seatingItems(plan, scene).flatMap((entry) =>
    entry.seats.flatMap((s) =>
      s.person ? [{ name: s.person.name, seat: seatLabelText('zh', entry.item, s.label), item: itemTitle(entry, 'zh') }] : [],
    ),
  );
}
const namesIn = (scene: Scene) => seated(scene).map((s) => s.name);
/** The numbered tables and cars of a scene nobody sits in: no sheet gives them a block or a page. */
const emptyTitles = (scene: Scene) =>
  seatingItems(plan, scene)
    .filter((e) => e.number !== undefined && !e.seats.some((s) => s.person))
    .map((e) => itemTitle(e, 'zh'));

interface PdfSheet {
  /** The file `npm run export` writes, or one printed beside it for a scene the export does not pick. */
  file: string;
  /** The names the sheet must carry, each whole. */
  names: () => string[];
  /** Charts: names found by their boxes (a long one stacked inside its seat), at one legible size. */
  chart?: boolean;
  /** A sheet with a drawing (the car schematics): no word over another, like a chart's drawing. */
  drawn?: boolean;
  /** What must not print at all: the empty tables and cars. */
  absent?: () => string[];
  /** The names a page prints, when they cannot be searched for (a table number is inside others: 1 in 10). */
  read?: (page: string) => string[];
}

/** Every PDF view of PRINT_VIEWS but the calibration page, which is this PC's printer's, not the plan's. */
const PDF_SHEETS: PdfSheet[] = [
  { file: 'place-cards.pdf', names: () => namesIn(banquet) },
  // A table-number card carries no person: its "name" is the number of a table someone sits at.
  {
    file: 'table-cards.pdf',
    names: () => seatingItems(plan, banquet).flatMap((e) => (e.seats.some((s) => s.person) ? [String(e.number)] : [])),
    read: (page) => page.split('\n').filter((line) => /^\d+$/.test(line)),
  },
  { file: 'seating-chart.pdf', names: () => namesIn(banquet), chart: true },
  { file: 'hall-chart.pdf', names: () => namesIn(hall), chart: true },
  { file: 'seating-list.pdf', names: () => namesIn(banquet), absent: () => emptyTitles(banquet) },
  { file: 'meeting.pdf', names: () => namesIn(sceneOf((s) => s.kind === 'talks')), chart: true },
  { file: 'rostrum.pdf', names: () => namesIn(holding('rostrum')), chart: true },
  {
    file: 'cars.pdf',
    names: () => namesIn(holding('car')),
    drawn: true,
    absent: () => [...emptyTitles(holding('car')), '京A·84004', '钱师傅'],
  },
  { file: 'elevator.pdf', names: () => namesIn(holding('elevator')) },
  { file: 'seat-slips.pdf', names: () => namesIn(hall) },
  { file: 'unit-lists.pdf', names: () => namesIn(hall) },
  {
    file: 'kitchen-sheet.pdf',
    names: () => namesIn(banquet).filter((n) => DIETARY[n]),
    absent: () => emptyTitles(banquet),
  },
  { file: 'entrance-index.pdf', names: () => namesIn(banquet) },
  { file: 'summary.pdf', names: () => principals(plan).map((p) => p.name) },
  { file: 'review.pdf', names: () => reviewPages(plan, 'zh').flatMap((p) => p.seats.map((s) => s.name)) },
];

/** Someone a spreadsheet lists, with the seats in words it must give them. */
interface Listed {
  name: string;
  seats: string[];
}

interface Spreadsheet {
  /** Written by the export, or beside it as the print menu and the people screen write it. */
  file: string;
  listed: () => Listed[];
  /** The text of every cell, to find whole in Calc's PDF. */
  cells: () => Promise<string[]>;
  /** Printed on one page width: every column's heading on the first page. */
  headings?: () => string[];
}

const inScene = (scene: Scene) => seated(scene).map((s) => ({ name: s.name, seats: [s.seat] }));
const everyone = (): Listed[] =>
  plan.people.map((p) => ({
    name: p.name,
    seats: plan.scenes.flatMap((scene) => seated(scene).flatMap((s) => (s.name === p.name ? [s.seat] : []))),
  }));
const xlsxCells = (file: string) => () => xlsxCellTexts(join(out, file));
const people = () => peopleTable(plan, 'zh');

/** Every .xlsx and .csv we write for the visit. */
const SPREADSHEETS: Spreadsheet[] = [
  { file: 'seating-list.xlsx', listed: () => inScene(banquet), cells: xlsxCells('seating-list.xlsx') },
  { file: 'entrance-index.xlsx', listed: () => inScene(banquet), cells: xlsxCells('entrance-index.xlsx') },
  { file: 'hall-list.xlsx', listed: () => inScene(hall), cells: xlsxCells('hall-list.xlsx') },
  { file: 'unit-lists.xlsx', listed: () => inScene(hall), cells: xlsxCells('unit-lists.xlsx') },
  {
    file: 'people.xlsx',
    listed: everyone,
    cells: xlsxCells('people.xlsx'),
    headings: () => people().columns.map((c) => c.header),
  },
  {
    file: 'people.csv',
    listed: everyone,
    cells: async () => [...people().columns.map((c) => c.header), ...people().rows.flat().map(String)].filter(Boolean),
  },
];

let files: string[] = [];
beforeAll(async () => {
  files = await exportPlan(plan, out, { lang: 'zh', cards: DEFAULT_CARD_OPTIONS }, printer);
  // The export charts the first banquet; the meeting hall's chart is the same view on the hall's scene.
  const hallChart = renderDocument(plan, { view: 'seating-chart', sceneId: hall.id }, 'zh');
  writeFileSync(join(out, 'hall-chart.pdf'), await printer.pdf(hallChart));
  // Kept where a person can look at them.
  for (const sheet of PDF_SHEETS) keep(`visit-${sheet.file}`, readFileSync(join(out, sheet.file)), 0);

  // The spreadsheets the export does not write: the hall's seating list (the chart's .xlsx in the
  // print menu) and the people list's .xlsx and .csv (the people screen's export buttons).
  writeFileSync(
    join(out, 'hall-list.xlsx'),
    await seatingListXlsx(workbookData(plan, { view: 'seating-chart', sceneId: hall.id }, 'zh')),
  );
  writeFileSync(join(out, 'people.xlsx'), await writeXlsx(peopleTable(plan, 'zh')));
  writeFileSync(join(out, 'people.csv'), toCsv(peopleTable(plan, 'zh')));
  // Calc prints each to PDF and reads it back to CSV: one soffice start per batch.
  const xlsx = SPREADSHEETS.filter((b) => b.file.endsWith('.xlsx')).map((b) => join(out, b.file));
  for (const [format, sub, inputs, infilter] of [
    ['pdf', 'calc', xlsx],
    [CSV_UTF8, 'calc-csv', xlsx],
    ['pdf', 'calc', [join(out, 'people.csv')], CSV_IN],
    [CSV_UTF8, 'calc-csv', [join(out, 'people.csv')], CSV_IN],
  ] as const) {
    const to = join(dir, sub, infilter ? 'from-csv' : 'from-xlsx');
    mkdirSync(to, { recursive: true });
    officeConvert([...inputs], format, to, infilter);
  }
}, 600_000); // every sheet of a whole visit through Chromium: minutes on a loaded machine

describe('the whole visit, exported', () => {
  it('writes every file of the print menu, and the proof covers every PDF view but the calibration page', () => {
    expect(files.map((f) => basename(f))).toEqual(EXPORT_FILES);
    const proven = new Set(PDF_SHEETS.map((s) => s.file));
    // The one view the export leaves out: the calibration page belongs to this PC's printer.
    expect(PRINT_VIEWS.filter((v) => v.batch === false).map((v) => v.id)).toEqual(['calibration']);
    for (const file of EXPORT_FILES.filter((f) => f.endsWith('.pdf'))) expect(proven, file).toContain(file);
    const opened = new Set(SPREADSHEETS.map((s) => s.file));
    for (const file of EXPORT_FILES.filter((f) => f.endsWith('.xlsx'))) expect(opened, file).toContain(file);
  });
});

describe.each(PDF_SHEETS)('$file', (sheet) => {
  const file = () => join(out, sheet.file);

  it('embeds its CJK faces', () => {
    const fonts = pdfFonts(file());
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => /NotoSansSC|NotoSerifSC|LXGWWenKai/.test(f.name))).toBe(true);
  });

  it('carries every name whole, nothing cut by an ellipsis, and a name on every page', () => {
    const names = sheet.names();
    expect(names.length).toBeGreaterThan(0);
    const raw = pdfText(file(), '-raw');
    expect(raw).not.toMatch(/…|\.\.\./);
    const pages = raw.split('\f').slice(0, pdfPages(file()).count);
    const keyMap = translate('zh', 'print.tiles.key');
    if (sheet.chart) {
      const words = pdfWords(file());
      for (const name of names) expect(wordsOf(name, words), name).toBeDefined();
      // A chart split over pages ends with its key map, the hall without names; every other page keeps some.
      pages.forEach((page, p) => {
        if (p === pages.length - 1 && squash(page).includes(keyMap)) return;
        const onPage = words.filter((w) => w.page === p + 1);
        expect(
          names.some((name) => wordsOf(name, onPage)),
          `page ${p + 1}`,
        ).toBe(true);
      });
    } else if (sheet.read) {
      const read = pages.map(sheet.read);
      read.forEach((onPage, p) => expect(onPage.length, `page ${p + 1}`).toBeGreaterThan(0));
      expect(new Set(read.flat())).toEqual(new Set(names));
    } else {
      const text = squash(raw);
      for (const name of names) expect(text, name).toContain(squash(name));
      pages.forEach((page, p) =>
        expect(
          names.some((n) => squash(page).includes(squash(n))),
          `page ${p + 1}`,
        ).toBe(true),
      );
    }
    for (const gone of sheet.absent?.() ?? []) expect(squash(raw), gone).not.toContain(squash(gone));
  });

  if (sheet.chart)
    it('sets its heading lines apart: title, plan, page or key note never run into each other', () => {
      const head = ((CHART_MARGIN + CHART_HEAD) * 72) / 25.4;
      const words = pdfWords(file()).filter((w) => w.y1 < head);
      for (const a of words)
        for (const b of words)
          if (a !== b && a.page === b.page)
            expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${a.text} / ${b.text}`).toBe(false);
    });

  it('sets every name at a readable size: never under the lists’ floor of 2.5 mm (about 7 pt)', () => {
    const names = sheet.names();
    // The words that print a name or a line of it; pdftotext's box is Noto Sans SC's ascent plus
    // descent, 1.448 em: its height gives the size the word is set in.
    const nameWords = pdfWords(file()).filter((w) => [...w.text].length >= 2 && names.some((n) => n.includes(w.text)));
    const small = nameWords.filter((w) => (w.y1 - w.y0) / 1.448 < (LIST_TEXT.min * 72) / 25.4 - 0.05);
    expect(small.map((w) => `${w.text}: ${((w.y1 - w.y0) / 1.448).toFixed(1)} pt`)).toEqual([]);
  });

  if (sheet.chart || sheet.drawn)
    it('sets no word over another in the drawing: every name stands clear of its neighbours', () => {
      const { sizes } = pdfPages(file());
      const pt = (mm: number) => (mm * 72) / 25.4;
      // The glyphs' middle half: pdftotext's boxes hold the faces' ascent and descent, which stacked lines share.
      const core = (w: PdfWord) => ({ ...w, y0: w.y0 + (w.y1 - w.y0) / 4, y1: w.y1 - (w.y1 - w.y0) / 4 });
      // Not the key map, which has no names (its page labels are drawn over the hall, table numbers included).
      const keyMap = pdfText(file(), '-raw')
        .split('\f')
        .findIndex((page) => squash(page).includes(translate('zh', 'print.tiles.key')));
      const drawn = pdfWords(file())
        .filter((w) => w.page !== keyMap + 1)
        // A chart's drawing: what its pages clip is in the text layer too, beside the margin's labels.
        .filter(
          (w) =>
            !sheet.chart || (w.y0 > pt(CHART_MARGIN + CHART_HEAD) && w.y1 < pt(sizes[w.page - 1]!.h - CHART_MARGIN - CHART_FOOT)),
        )
        .map(core);
      const crossing: string[] = [];
      drawn.forEach((a, i) => {
        for (const b of drawn.slice(i + 1))
          if (a.page === b.page && a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 && b.y0 < a.y1)
            crossing.push(`p${a.page}: ${a.text} / ${b.text}`);
      });
      expect(crossing).toEqual([]);
    });

  if (sheet.chart)
    it('sets every name at one legible size: the smallest at least 8 pt and 0.7 of the largest', () => {
      const words = pdfWords(file());
      const nameWords = sheet.names().flatMap((name) => wordsOf(name, words) ?? []);
      // A CJK glyph is one em wide: its box width per character is the font size in pt.
      const cjk = nameWords.filter((w) => [...w.text].every(isWide));
      const sizes = cjk.map((w) => (w.x1 - w.x0) / [...w.text].length);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual((NAME_MIN_MM * 72) / 25.4 - 0.05);
      // Box heights follow the font size in Latin and CJK alike.
      const heights = nameWords.map((w: PdfWord) => w.y1 - w.y0);
      expect(Math.min(...heights) / Math.max(...heights)).toBeGreaterThanOrEqual(0.7);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(Math.min(...cjk.map((w) => w.y1 - w.y0)) - 0.01);
    });
});

describe.each(SPREADSHEETS)('$file, opened by LibreOffice Calc', (book) => {
  const from = book.file.endsWith('.csv') ? 'from-csv' : 'from-xlsx';
  const stem = book.file.replace(/\.\w+$/, '');
  const printed = () => pdfText(join(dir, 'calc', from, `${stem}.pdf`), '-raw');

  it('reads back every person and their seat in words', () => {
    const rows = readFileSync(join(dir, 'calc-csv', from, `${stem}.csv`), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.split(',').map((field) => field.replace(/^"|"$/g, '')));
    const listed = book.listed();
    expect(listed.length).toBeGreaterThan(0);
    for (const { name, seats } of listed) {
      const row = rows.find((fields) => fields.includes(name));
      expect(row, name).toBeDefined();
      for (const seat of seats) expect(row, `${name}: ${seat}`).toContain(seat);
    }
  });

  // Calc leaves out the glyphs a too-narrow column hides (spreadsheets.test.ts proves it with a
  // narrowed column): a cell whole in the PDF is a column at least as wide as its text.
  it('prints every cell whole: no column narrower than its text', async () => {
    const text = squash(printed());
    expect(text).not.toMatch(/…|###/);
    for (const cell of await book.cells()) expect(text, cell).toContain(squash(cell));
  });

  if (book.headings)
    it('prints on one page width: every column on the first page', () => {
      const first = squash(printed().split('\f')[0]!);
      for (const heading of book.headings!()) expect(first, heading).toContain(squash(heading));
    });
});
