/**
 * Turns the bytes of a text file into text, whatever Excel on a Chinese PC saved it as:
 * UTF-8 with or without BOM, UTF-16 ("Unicode text", Excel's tab-separated export), or
 * GB18030/GBK ("CSV (逗号分隔)" on Chinese Windows). TextDecoder has full ICU in Node 20 and
 * Chromium, so no dependency is needed.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file started with a byte-order mark. */
  bom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
  try {
    // Valid UTF-8 is almost never valid-looking GBK by accident, and vice versa: a strict
    // UTF-8 decode that fails means the file is in the Chinese legacy encoding.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
  }
}

/**
 * UTF-16 saved without a byte-order mark (some exporters do). Text in UTF-8 or GBK never holds a
 * zero byte, while UTF-16 has one in every tab, line break, digit and Latin letter: the half of
 * the byte pairs that holds the zeros tells the byte order.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const head = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  if (evenZeros + oddZeros === 0) return undefined;
  return oddZeros >= evenZeros ? 'utf-16le' : 'utf-16be';
}
