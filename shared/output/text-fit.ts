/**
 * Deterministic text sizing for print: estimates a string's width in em from its characters so
 * that the same size is chosen in the browser, in Electron and in Node (no DOM measuring).
 */

/** CJK ideographs, kana, CJK punctuation and full-width forms are one em wide. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0x20000 && c <= 0x3ffff)
  );
}

/** The middle dot of transliterated names (阿卜杜·热合曼) is set a full em wide by CJK faces. */
const NAME_DOT = '\u00b7';

export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (isWide(ch) || ch === NAME_DOT) w += 1;
    else if (ch === ' ') w += 0.3;
    else if (/[A-Z]/.test(ch)) w += 0.68;
    else if (/[0-9]/.test(ch)) w += 0.58;
    else if (/[a-z]/.test(ch)) w += 0.55;
    else w += 0.6;
  }
  return w;
}

/**
 * Two-character Chinese names are set one em apart (as protocol offices print them, 张 三 with a full-width gap). The gap
 * is letter-spacing, never an inserted character, so that the PDF text is the name itself and a
 * search or copy finds 赵艳. Returns the spacing in em (0 for every other name).
 */
export function nameLetterSpacing(name: string): number {
  const chars = [...name.trim()];
  return chars.length === 2 && chars.every(isWide) ? 1 : 0;
}

/**
 * The largest font size (same unit as the box) at which `text` fits a box on one line;
 * `letterSpacing` (em) is counted between characters only, as the card cancels the trailing one.
 */
export function fitFontSize(text: string, boxW: number, boxH: number, lineHeight = 1.15, letterSpacing = 0): number {
  const gaps = Math.max([...text].length - 1, 0);
  const w = Math.max(emWidth(text) + letterSpacing * gaps, 1);
  return Math.min(boxW / w, boxH / lineHeight);
}

/**
 * Breaks `text` into lines no wider than `widthEm` (em of the font size it is set in), the way a
 * Chinese typesetter would: between any two CJK characters, at spaces between Latin words and
 * after hyphens, and inside a Latin word only when the word alone is wider than a line. Nothing
 * is ever dropped: the lines joined are the text (spaces at the breaks aside). Arithmetic, so the
 * heights of list rows — and with them the page count — are known before the browser sets the text.
 */
export function wrapLines(text: string, widthEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  let spaced = false;
  const place = (token: string) => {
    const joined = line && spaced ? `${line} ${token}` : `${line}${token}`;
    if (line && emWidth(joined) > widthEm) {
      lines.push(line);
      line = token;
    } else line = joined;
    spaced = false;
  };
  for (const token of tokens(text.trim())) {
    if (/^\s+$/.test(token)) spaced = line !== '';
    else if (emWidth(token) <= widthEm) place(token);
    // A word wider than a line: letter by letter, so it breaks where the line is full.
    else for (const ch of token) place(ch);
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Runs of spaces, single wide characters, and runs of anything else (a Latin word, a number); a
 * hyphen ends its run, so Hohenberg-Schwarzenbach may break after it.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    const space = /\s/.test(ch);
    if (!space && !isWide(ch)) {
      word += ch;
      if (ch === '-') {
        out.push(word);
        word = '';
      }
      continue;
    }
    if (word) out.push(word);
    word = '';
    out.push(ch);
  }
  if (word) out.push(word);
  return out;
}

/**
 * Advance widths (em) of the Latin letters of 黑体 (Noto Sans SC, whose Latin is Source Sans),
 * rounded up by about 5 %. The charts are always set in 黑体, and the generic estimate above
 * (0.55 em for any small letter) makes "Müller" a third wider than it prints, which would push a
 * chart with one foreign guest onto bigger paper for nothing.
 */
const HEI_LATIN: Record<string, number> = {
  a: 0.51,
  b: 0.56,
  c: 0.47,
  d: 0.56,
  e: 0.52,
  f: 0.31,
  g: 0.51,
  h: 0.55,
  i: 0.26,
  j: 0.26,
  k: 0.5,
  l: 0.27,
  m: 0.84,
  n: 0.55,
  o: 0.55,
  p: 0.56,
  q: 0.56,
  r: 0.35,
  s: 0.43,
  t: 0.34,
  u: 0.55,
  v: 0.48,
  w: 0.74,
  x: 0.46,
  y: 0.48,
  z: 0.44,
  M: 0.78,
  W: 0.9,
};

/** `emWidth` for text set in 黑体: small letters, M and W (accents ignored) at their real width. */
export function heiEmWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const base = ch.normalize('NFD')[0] ?? ch;
    w += HEI_LATIN[base] ?? emWidth(ch);
  }
  return w;
}
