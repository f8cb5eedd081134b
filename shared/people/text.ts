/** Small text clean-ups every imported cell goes through. */

/** Trims ASCII, no-break and full-width (U+3000) spaces and zero-width characters at both ends. */
export function cleanCell(value: string): string {
  return value.replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Chinese lists pad two-character names to the width of three ("张\u3000三"); the padding is not
 * part of the name. Spaces between Latin words stay (one each).
 */
export function cleanName(value: string): string {
  const trimmed = cleanCell(value).replace(/[\s\u3000\u00a0]+/g, ' ');
  return trimmed.replace(/ (?=.)/g, (space, offset: number) => {
    const before = trimmed[offset - 1] ?? '';
    const after = trimmed[offset + 1] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : space;
  });
}

/** Full-width letters and digits to ASCII ("３" → "3"): NFKC, as Excel users type both. */
export function toHalfWidth(value: string): string {
  return value.normalize('NFKC');
}

/** The comparison key for duplicate detection: case, width and spacing do not matter. */
export function matchKey(value: string): string {
  return toHalfWidth(value)
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

/** Display width in Excel columns: CJK and full-width characters take two. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ||
      ch.codePointAt(0)! > 0xffff
        ? 2
        : 1;
  return width;
}
