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
 * The words that print `name` whole: one line, or up to four stacked lines (a Chinese name split
 * between characters, a Latin name between its words or after a hyphen), each line centred under the one above and
 * just below it; or undefined. pdftotext cuts a line at its spaces, so a line of a Latin name
 * ("Thomas Müller", "Maximilian von") is a run of words on one baseline, a space apart.
 */
export function wordsOf(name: string, words: PdfWord[]): PdfWord[] | undefined {
  const latin = name.includes(' ');
  const { next, rows } = linesOf(words);
  /** The lines that start at `w`: the word alone, then with the words after it on its line. */
  const linesFrom = (w: PdfWord): PdfWord[][] => {
    const lines = [[w]];
    for (let last = next.get(w); latin && last; last = next.get(last)) lines.push([...lines.at(-1)!, last]);
    return lines;
  };
  const text = (line: PdfWord[]) => line.map((w) => w.text).join(' ');
  const centre = (line: PdfWord[]) => (line[0]!.x0 + line.at(-1)!.x1) / 2;
  /** `line` prints the start of `remaining`; the lines under it print the rest. */
  const stack = (line: PdfWord[], remaining: string, depth: number): PdfWord[] | undefined => {
    const head = text(line);
    if (head === remaining) return line;
    // A Latin name's lines meet at a space, or at a hyphen that ends a line (Hohenberg-/Schwarzenbach).
    const sep = latin && !head.endsWith('-') ? ' ' : '';
    if (depth === 0 || !remaining.startsWith(head + sep)) return undefined;
    const rest = remaining.slice(head.length + sep.length);
    const top = line[0]!;
    const height = top.y1 - top.y0;
    for (let y = Math.floor(top.y0); y <= Math.ceil(top.y1 + height / 2); y++) {
      for (const w of rows.get(`${top.page}:${y}`) ?? []) {
        if (w.y0 <= top.y0 || w.y0 - top.y1 >= height / 2 || !rest.startsWith(w.text)) continue;
        for (const below of linesFrom(w)) {
          if (Math.abs(centre(below) - centre(line)) >= 1) continue;
          const found = stack(below, rest, depth - 1);
          if (found) return [...line, ...found];
        }
      }
    }
    return undefined;
  };
  for (const top of words) {
    if (!name.startsWith(top.text)) continue;
    for (const line of linesFrom(top)) {
      const found = stack(line, name, 3);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Each word's next word on its line (same page and top, starting less than half a line height
 * after it: a space), and the words by page and top (to the pt), so a stacked name's lines are
 * found among a few thousand names quickly.
 */
const indexes = new WeakMap<PdfWord[], { next: Map<PdfWord, PdfWord>; rows: Map<string, PdfWord[]> }>();
function linesOf(words: PdfWord[]): { next: Map<PdfWord, PdfWord>; rows: Map<string, PdfWord[]> } {
  let index = indexes.get(words);
  if (!index) {
    const rows = new Map<string, PdfWord[]>();
    const lines = new Map<string, PdfWord[]>();
    for (const w of words) {
      const row = `${w.page}:${Math.floor(w.y0)}`;
      rows.set(row, [...(rows.get(row) ?? []), w]);
      const line = `${w.page}:${w.y0.toFixed(2)}`;
      lines.set(line, [...(lines.get(line) ?? []), w]);
    }
    const next = new Map<PdfWord, PdfWord>();
    for (const line of lines.values()) {
      line.sort((a, b) => a.x0 - b.x0);
      line.forEach((w, i) => {
        const after = line[i + 1];
        if (after && after.x0 >= w.x1 - 0.1 && after.x0 - w.x1 < (w.y1 - w.y0) / 2) next.set(w, after);
      });
    }
    index = { next, rows };
    indexes.set(words, index);
  }
  return index;
}
