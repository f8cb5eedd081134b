/**
 * Every spreadsheet we write, opened by LibreOffice Calc (the stand-in for Excel and WPS): printed
 * to PDF, nothing is cut — Calc leaves out the glyphs a too-narrow column hides, so a cell cut on
 * paper is a cell whose text is not whole in the PDF (a control sheet with a narrowed column proves
 * the check sees it) — and read back as CSV, every person and seat is there. The seating list
 * repeats its headings on every page; the people list prints on one page width.
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
import { translate, type Lang } from '../../../shared/i18n/translate';
import { peopleTable, toCsv } from '../../../shared/people';
import { seatingListData } from '../../../shared/output/seating-list';
import { LONG, longPlan } from './long-names';
import { CSV_IN, CSV_UTF8, officeConvert } from './office';
import { keep, pdfPages, squash } from './pdf-tools';

const plan = longPlan();
const banquet = plan.scenes.find((s) => s.kind === 'banquet')!;
const dir = mkdtempSync(join(tmpdir(), 'zuoci-sheets-'));
const file = (name: string) => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHEETS = ['seating-list-zh', 'seating-list-en', 'people-zh', 'people-en', 'control-narrow'];

/** Every distinct non-empty cell text of a workbook's first sheet (a merged cell once). */
async function cellTexts(name: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file(`${name}.xlsx`));
  const texts = new Set<string>();
  book.worksheets[0]!.eachRow((row) => row.eachCell((c) => void (c.text && texts.add(c.text))));
  return [...texts];
}

const pdfText = (name: string, page?: number) =>
  squash(
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-raw', file(`${name}.pdf`), '-'], {
      encoding: 'utf8',
    }),
  );

beforeAll(async () => {
  for (const lang of ['zh', 'en'] as const) {
    writeFileSync(file(`seating-list-${lang}.xlsx`), await seatingListXlsx(seatingListData(plan, banquet.id, lang)));
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

const seated = banquet.assignments.map((a) => ({
  name: plan.people.find((p) => p.id === a.personId)!.name,
  seat: a.seat,
  item: banquet.items.find((i) => i.id === a.itemId)!,
}));

describe.each(['zh', 'en'] as const)('the seating list in %s, opened by Calc', (lang: Lang) => {
  const name = `seating-list-${lang}`;

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
    }
  });

  it('repeats the title and the column headings on every page, with the plan in the footer', () => {
    const { count } = pdfPages(file(`${name}.pdf`));
    expect(count).toBeGreaterThan(1);
    for (let page = 1; page <= count; page++) {
      const text = pdfText(name, page);
      expect(text).toContain(squash(translate(lang, 'print.seat')));
      expect(text).toContain(squash(translate(lang, 'print.personTitle')));
      expect(text).toContain(squash(`${page} / ${count}`));
    }
  });
});

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
