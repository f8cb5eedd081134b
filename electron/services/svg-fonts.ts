/**
 * Makes a chart's .svg stand alone (issue 15 part 7). The chart names its face (Noto Sans SC,
 * shared/output/fonts.ts); a PC or viewer without that face would substitute another, or show
 * empty boxes for the Chinese. So the .svg carries the face itself: for every face and weight its
 * text uses, the characters it draws are cut out of the bundled @fontsource files by HarfBuzz's
 * subsetter and embedded as WOFF2 `@font-face` rules in a `<style>` inside the SVG. The text stays
 * text (searchable, selectable); only the few kilobytes of glyphs it needs are added.
 *
 * @fontsource ships each weight as about a hundred slices by `unicode-range`; a character is taken
 * from the slice whose range holds it, and each subset declares exactly its own characters as its
 * range, so the browser picks the one embedded slice that has the glyph. The family keeps its name,
 * so the markup is unchanged and an embedded face wins over an installed one of the same name.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FACES, type Face } from '../../shared/output/fonts';
import { defaultFontsDir } from './export-pdf';

/** The characters drawn in one face at one weight. */
export interface FaceText {
  face: Face;
  weight: number;
  chars: Set<string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? whole;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]!) : undefined;
}

/** The bundled face a font-family list starts with, if it is one of ours. */
function faceOf(family: string): Face | undefined {
  const first = family
    .split(',')[0]!
    .trim()
    .replace(/^["']|["']$/g, '');
  return Object.values(FACES).find((f) => f.family === first);
}

function weightOf(value: string): number {
  if (value === 'bold') return 700;
  if (value === 'normal') return 400;
  const n = Number(value);
  return Number.isFinite(n) ? n : 400;
}

const TOKEN = /<(\/?)([a-zA-Z][\w:.-]*)([^>]*?)(\/?)>|<[!?][^>]*>|([^<]+)/g;

/**
 * Which characters of the markup are drawn in which bundled face and weight, following the
 * font-family and font-weight attributes down the element tree (the markup is React's, so every
 * element is closed and every attribute quoted).
 */
export function textByFace(svg: string): FaceText[] {
  const out = new Map<string, FaceText>();
  const stack: { face: Face | undefined; weight: number }[] = [{ face: undefined, weight: 400 }];
  for (const m of svg.matchAll(TOKEN)) {
    const [, closing, tag, attrs = '', selfClosing, text] = m;
    const here = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (!here.face) continue;
      const key = `${here.face.family}|${here.weight}`;
      const entry = out.get(key) ?? { face: here.face, weight: here.weight, chars: new Set<string>() };
      // Spaces too: their advance places the words after them.
      for (const ch of decode(text)) if (ch >= ' ') entry.chars.add(ch);
      out.set(key, entry);
    } else if (tag && closing) {
      if (stack.length > 1) stack.pop();
    } else if (tag && !selfClosing) {
      const family = attribute(attrs, 'font-family');
      const weight = attribute(attrs, 'font-weight');
      stack.push({
        face: family !== undefined ? faceOf(family) : here.face,
        weight: weight !== undefined ? weightOf(weight) : here.weight,
      });
    }
  }
  return [...out.values()].filter((e) => e.chars.size > 0);
}

interface Slice {
  file: string;
  ranges: [number, number][];
}

/** The @font-face slices of one @fontsource stylesheet: each file and the code points it holds. */
export function slicesOf(css: string): Slice[] {
  const slices: Slice[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block[1]!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block[1]!)?.[1];
    if (!file) continue;
    const ranges: [number, number][] = (range ?? 'U+0-10FFFF').split(',').map((r) => {
      const [lo, hi = lo] = r.trim().replace(/^U\+/i, '').split('-') as [string, string?];
      return [parseInt(lo, 16), parseInt(hi, 16)];
    });
    slices.push({ file, ranges });
  }
  return slices;
}

/** The CSS unicode-range of a set of code points, consecutive ones joined (U+4e09-4e0b). */
export function unicodeRange(codes: number[]): string {
  const sorted = [...codes].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => `U+${n.toString(16)}`;
    parts.push(i === j ? hex(sorted[i]!) : `${hex(sorted[i]!)}-${sorted[j]!.toString(16)}`);
    i = j;
  }
  return parts.join(',');
}

/** The weight @fontsource has a stylesheet for that the printer uses too: the face's nearest one. */
function bundledWeight(face: Face, weight: number): number {
  const near = (w: number) => Math.abs(w - weight);
  return near(face.nameWeight) <= near(face.textWeight) ? face.nameWeight : face.textWeight;
}

/** The @font-face rules embedding, per face and weight, exactly the characters drawn in it. */
export async function embeddedFaceCss(text: FaceText[], fontsDir = defaultFontsDir()): Promise<string> {
  // subset-font loads HarfBuzz's WebAssembly: only when an .svg is saved, not at start-up.
  const { default: subset } = await import('subset-font');
  const rules: string[] = [];
  for (const { face, weight, chars } of text) {
    const fileWeight = bundledWeight(face, weight);
    const dir = join(fontsDir, face.pkg);
    const slices = slicesOf(await readFile(join(dir, `${fileWeight}.css`), 'utf8'));
    const bySlice = new Map<Slice, number[]>();
    for (const ch of chars) {
      const code = ch.codePointAt(0)!;
      const slice = slices.find((s) => s.ranges.some(([lo, hi]) => code >= lo && code <= hi));
      // A character no slice holds is not in the face at all: the viewer's fallback draws it, as in the PDF.
      if (slice) bySlice.set(slice, [...(bySlice.get(slice) ?? []), code]);
    }
    for (const [slice, codes] of bySlice) {
      const woff2 = await subset(await readFile(join(dir, 'files', slice.file)), String.fromCodePoint(...codes), {
        targetFormat: 'woff2',
      });
      rules.push(
        `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2');unicode-range:${unicodeRange(codes)}}`,
      );
    }
  }
  return rules.join('\n');
}

/**
 * The .svg with the subset faces of its text embedded in a `<style>` as its first child. An SVG
 * whose text uses none of the bundled faces is returned as it is.
 */
export async function embedSvgFonts(svg: string, fontsDir?: string): Promise<string> {
  const css = await embeddedFaceCss(textByFace(svg), fontsDir);
  if (!css) return svg;
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}<style>\n${css}\n</style>${svg.slice(at)}`;
}
