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
 * The words that print `name` whole: one word, or up to four stacked lines (a Chinese name split
 * between characters, a Latin name between its words), each line centred under the one above and
 * just below it; or undefined.
 */
export function wordsOf(name: string, words: PdfWord[]): PdfWord[] | undefined {
  const latin = name.includes(' ');
  const rest = (top: PdfWord): string | undefined => {
    const head = latin ? top.text + ' ' : top.text;
    return name.startsWith(head) && name.length > head.length ? name.slice(head.length) : undefined;
  };
  const below = (top: PdfWord, w: PdfWord) =>
    w.page === top.page &&
    w.y0 > top.y0 &&
    w.y0 - top.y1 < (top.y1 - top.y0) / 2 &&
    Math.abs((w.x0 + w.x1) / 2 - (top.x0 + top.x1) / 2) < 1;
  const index = columnsOf(words);
  const stack = (top: PdfWord, remaining: string, depth: number): PdfWord[] | undefined => {
    const cx = Math.round((top.x0 + top.x1) / 2);
    for (const w of [-1, 0, 1].flatMap((d) => index.get(`${top.page}:${cx + d}`) ?? [])) {
      if (!below(top, w)) continue;
      if (w.text === remaining) return [top, w];
      const more = latin ? w.text + ' ' : w.text;
      if (depth > 1 && remaining.startsWith(more)) {
        const found = stack(w, remaining.slice(more.length), depth - 1);
        if (found) return [top, ...found];
      }
    }
    return undefined;
  };
  const one = words.find((w) => w.text === name);
  if (one) return [one];
  for (const top of words) {
    if (!name.startsWith(top.text)) continue;
    const remaining = rest(top);
    const found = remaining && stack(top, remaining, 3);
    if (found) return found;
  }
  return undefined;
}

/** Words by page and centre (to the pt), so a stacked name's lines are found among a few thousand names quickly. */
const columns = new WeakMap<PdfWord[], Map<string, PdfWord[]>>();
function columnsOf(words: PdfWord[]): Map<string, PdfWord[]> {
  let index = columns.get(words);
  if (!index) {
    index = new Map();
    for (const w of words) {
      const key = `${w.page}:${Math.round((w.x0 + w.x1) / 2)}`;
      index.set(key, [...(index.get(key) ?? []), w]);
    }
    columns.set(words, index);
  }
  return index;
}
