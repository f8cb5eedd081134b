/**
 * Test helper: text encoded as the offices' programs save it, by iconv-lite (node's own encoder
 * writes UTF-8 and UTF-16LE only): GB18030 as Excel's "CSV (逗号分隔)" on Chinese Windows, UTF-16LE
 * with its BOM as Excel's "Unicode text".
 */
import iconv from 'iconv-lite';

export function encodeGb18030(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

export function encodeUtf16le(text: string, bom = true): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'utf16le', { addBOM: bom }));
}
