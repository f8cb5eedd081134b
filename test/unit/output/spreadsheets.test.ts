/**
 * Every spreadsheet we write, opened by LibreOffice Calc (the stand-in for Excel and WPS): printed
 * to PDF, nothing is cut — Calc leaves out the glyphs a too-narrow column hides, so a cell cut on
 * paper is a cell whose text is not whole in the PDF (a control sheet with a narrowed column proves
 * the check sees it) — and read back as CSV, every person and seat is there. The seating list and
 * the entrance index repeat their headings on every page; the people list prints on one page width.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { writeXlsx } from '../../../electron/services/people-export';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import type { Lang } from '../../../shared/i18n/translate';
import { peopleTable, toCsv } from '../../../shared/people';
import { entranceIndexList } from '../../../shared/output/entrance-index';
import { seatingItems } from '../../../shared/output/plan-data';
import { itemTitle, seatingListData, type SeatingListData } from '../../../shared/output/seating-list';
import { LONG, longPlan } from './long-names';
import { CSV_IN, CSV_UTF8, officeConvert, xlsxCellTexts } from './office';
import { keep, pdfPages, squash } from './pdf-tools';

const plan = longPlan();
const banquet = plan.scenes.find((s) => s.kind === 'banquet')!;
const dir = mkdtempSync(join(tmpdir(), 'zuoci-sheets-'));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The list workbooks (export-xlsx.ts): the seating list and the entrance index, per language. */
const LISTS: Record<string, (lang: Lang) => SeatingListData> = {
  'seating-list': (lang) => seatingListData(plan, banquet.id, lang),
  'entrance-index': (lang) => entranceIndexList(plan, banquet.id, 'pinyin', lang),
};
const LANGS = ['zh', 'en'] as const;
const SHEETS = [
  ...Object.keys(LISTS).flatMap((list) => LANGS.map((lang) => `${list}-${lang}`)),
  'people-zh',
  'people-en',
  'control-narrow',
];

const cellTexts = (name: string) => xlsxCellTexts(file(`${name}.xlsx`));

const pdfText = (name: string, page?: number) =>
  squash(
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-raw', file(`${name}.pdf`), '-'], {
      encoding: 'utf8',
    }),
  );

beforeAll(async () => {
  for (const lang of LANGS) {
    for (const [list, data] of Object.entries(LISTS))
      writeFileSync(file(`${list}-${lang}.xlsx`), await seatingListXlsx(data(lang)));
    writeFileSync(file(`people-${lang}.xlsx`), await writeXlsx(peopleTable(plan, lang)));
  }
  writeFileSync(file('people.csv'), toCsv(peopleTable(plan, 'zh')));
  // The control: the Chinese seating list with its organisation column (the title always beside
  // it, so a long organisation cannot spill over) narrowed to four widths.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file('seating-list-zh.xlsx'));
  book.worksheets[0]!.getColumn(5).width = 4;
  await book.xlsx.writeFile(file('control-narrow.xlsx'));

  const xlsx = SHEETS.map((s) => file(`${s}.xlsx`));
  officeConvert(xlsx, 'pdf', dir);
  mkdirSync(file('csv'));
  officeConvert(xlsx, CSV_UTF8, file('csv'));
  officeConvert([file('people.csv')], 'pdf', dir, CSV_IN);
  // Kept where a person can look at them (first page as PNG).
  for (const name of [...SHEETS, 'people']) keep(`calc-${name}.pdf`, readFileSync(file(`${name}.pdf`)));
}, 180_000);

const seated = seatingItems(plan, banquet).flatMap((entry) =>
  entry.seats.flatMap((s) => (s.person ? [{ name: s.person.name, seat: s.label, item: entry.item, entry }] : [])),
);
expect(seated).toHaveLength(banquet.assignments.length);

describe.each(Object.keys(LISTS).flatMap((list) => LANGS.map((lang) => [list, lang] as const)))(
  'the %s in %s, opened by Calc',
  (list, lang: Lang) => {
    const name = `${list}-${lang}`;

    it('prints every cell whole', async () => {
      const text = pdfText(name);
      for (const cell of await cellTexts(name)) expect(text, cell).toContain(squash(cell));
      expect(text).not.toContain('…');
    });

    it('reads back every seated person and their seat in words', () => {
      const csv = readFileSync(file(`csv/${name}.csv`), 'utf8');
      for (const s of seated) {
        const row = csv.split('\n').find((line) => line.includes(s.name));
        expect(row, s.name).toBeDefined();
        expect(row).toContain(seatLabelText(lang, s.item.kind, s.seat));
        // The index has no table blocks: each row names the table itself.
        if (list === 'entrance-index') expect(row).toContain(itemTitle(s.entry, lang));
      }
    });

    it('repeats the title and the column headings on every page, with the plan in the footer', () => {
      const { count } = pdfPages(file(`${name}.pdf`));
      expect(count).toBeGreaterThan(1);
      for (let page = 1; page <= count; page++) {
        const text = pdfText(name, page);
        for (const column of LISTS[list]!(lang).columns) expect(text).toContain(squash(column));
        expect(text).toContain(squash(`${page} / ${count}`));
      }
    });
  },
);

describe('the control sheet', () => {
  it('shows the check sees a cut: organisations are not whole once their column is narrowed', () => {
    const text = pdfText('control-narrow');
    expect(text).not.toContain('远航国际集团');
    expect(text).toContain(squash(LONG.title));
  });
});

describe.each(['zh', 'en'] as const)('the people list in %s, opened by Calc', (lang: Lang) => {
  const name = `people-${lang}`;

  it('prints landscape on one page width, every cell whole, the plan in the footer', async () => {
    const { sizes } = pdfPages(file(`${name}.pdf`));
    for (const s of sizes) expect(s.w).toBeGreaterThan(s.h);
    const first = pdfText(name, 1);
    // Every column's heading is on the first page: nothing spills onto a second page width.
    for (const column of peopleTable(plan, lang).columns) expect(first, column.header).toContain(squash(column.header));
    expect(first).toContain(squash(plan.name));
    const text = pdfText(name);
    for (const cell of await cellTexts(name)) expect(text, cell).toContain(squash(cell));
  });

  it('reads back every person', () => {
    const csv = readFileSync(file(`csv/${name}.csv`), 'utf8');
    for (const p of plan.people) expect(csv).toContain(p.name);
  });
});

describe('the people list as CSV, opened by Calc', () => {
  it('prints every person and their seat', () => {
    const text = pdfText('people');
    for (const s of seated) {
      expect(text).toContain(squash(s.name));
      expect(text).toContain(squash(seatLabelText('zh', s.item.kind, s.seat)));
    }
  });
});
