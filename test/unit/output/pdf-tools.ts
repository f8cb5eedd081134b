/** poppler-utils wrappers: what is really in a PDF the output tests produce. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Outside test-results/, which other suites clear while they run. */
export const OUT_DIR = join(process.cwd(), '.tmp', 'output');

/** Writes the PDF where a person can open it, and renders its first pages to PNG beside it. */
export function keep(name: string, pdf: Buffer, pngPages = 1): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, name);
  writeFileSync(file, pdf);
  if (pngPages > 0) execFileSync('pdftoppm', ['-png', '-r', '60', '-l', String(pngPages), file, file.replace(/\.pdf$/, '')]);
  return file;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type [type…] encoding emb sub uni object ID: emb is the 5th column from the end.
    return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** `-layout` keeps the page's columns; `-raw` keeps the drawing order (a wrapped table cell stays whole). */
export function pdfText(file: string, mode: '-layout' | '-raw' = '-layout'): string {
  return execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' });
}

/** Page count and the size of each page in mm. */
export function pdfPages(file: string): { count: number; sizes: { w: number; h: number }[] } {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const sizes = [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    w: (Number(m[1]) * 25.4) / 72,
    h: (Number(m[2]) * 25.4) / 72,
  }));
  return { count, sizes };
}

/** pdftotext puts spaces between glyphs it lays out apart; compare text without whitespace. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

export interface PdfWord {
  page: number;
  text: string;
  /** Box in pt. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word pdftotext finds, with its page and box (`pdftotext -bbox`). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  let page = 0;
  for (const m of html.matchAll(
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0] === '<page ') page++;
    else
      words.push({ page, text: decodeEntities(m[5]!), x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) });
  }
  return words;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/**
 * The words that print `name` whole: one word, or two stacked lines (a Chinese name split between
 * characters, a Latin name between its words), or undefined.
 */
export function wordsOf(name: string, words: PdfWord[]): PdfWord[] | undefined {
  const one = words.find((w) => w.text === name);
  if (one) return [one];
  const latin = name.split(/\s+/);
  for (const top of words) {
    const rest =
      latin.length > 1
        ? name.startsWith(top.text + ' ')
          ? name.slice(top.text.length + 1)
          : undefined
        : name.startsWith(top.text)
          ? name.slice(top.text.length)
          : undefined;
    if (!rest || rest === name) continue;
    const below = words.find(
      (w) =>
        w.page === top.page &&
        w.text === rest &&
        w.y0 > top.y0 &&
        w.y0 - top.y1 < (top.y1 - top.y0) / 2 &&
        Math.abs((w.x0 + w.x1) / 2 - (top.x0 + top.x1) / 2) < 1,
    );
    if (below) return [top, below];
  }
  return undefined;
}
