/**
 * A list the officer gave, from its bytes (or pasted text) to sheets of text rows, whatever its
 * form: the content decides, never the extension alone — an .et or .xls may be a compound file
 * (read here by SheetJS) or an .xlsx under another name (read by the host's exceljs), and text
 * may be UTF-8, GB18030 or UTF-16. Every form is held to the same limits (IMPORT_LIMITS). Pure,
 * so the renderer runs it in a worker and tests and scripts call it directly.
 */
import { IMPORT_MAX_BYTES } from '../model/limits';
import { decodeText } from './decode';
import { parseDelimited } from './delimited';
import { isCompoundFile, isZip, readLegacyWorkbook } from './legacy-workbook';
import { overLimit, tooLarge, type ReadProblem, type SheetRows } from './sheet';

export interface ReadList {
  /** "GB18030", "UTF-16LE BOM", "Excel 97–2003" … shown so the officer can tell a mis-read at once. */
  format: string;
  sheets: SheetRows[];
  /** 1-based rows where a quoted CSV field never closed. */
  unclosedQuoteRows: number[];
}

export type ReadListProblem = ReadProblem | 'unsupported' | 'empty';

/** An .xlsx (a zip) is read by the host, which has exceljs; everything else is read here. */
export type ReadListOutcome = ReadList | { problem: ReadListProblem } | { xlsx: Uint8Array };

const TEXT_NAME = /\.(csv|tsv|txt)$/i;
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|et|ett)$/i;

export function readListBytes(fileName: string, bytes: Uint8Array, onProgress?: (fraction: number) => void): ReadListOutcome {
  if (tooLarge(bytes.length)) return { problem: 'tooLarge' };
  if (isZip(bytes)) return { xlsx: bytes };
  if (isCompoundFile(bytes)) return legacy(bytes, /\.et$/i.test(fileName) ? 'WPS (.et)' : 'Excel 97–2003 (.xls)');
  if (WORKBOOK_NAME.test(fileName)) {
    // Web systems save an HTML table or SpreadsheetML as ".xls"; SheetJS reads both. Anything
    // else with a workbook's name is not one.
    if (/^\s*</.test(decodeText(bytes.subarray(0, 1024)).text)) return legacy(bytes, 'HTML (.xls)');
    return { problem: 'notWorkbook' };
  }
  if (!TEXT_NAME.test(fileName)) return { problem: 'unsupported' };
  const decoded = decodeText(bytes);
  return readListText(`${decoded.encoding.toUpperCase()}${decoded.bom ? ' BOM' : ''}`, fileName, decoded.text, onProgress);
}

/** CSV or tab-separated text: a decoded file, or a table pasted from Excel, WPS or Word. */
export function readListText(
  format: string,
  name: string,
  text: string,
  onProgress?: (fraction: number) => void,
): ReadList | { problem: ReadListProblem } {
  // Measured as the UTF-8 bytes it would be, so a paste meets the same size limit as a file (a
  // character is at most three bytes, so a short text is never encoded to be measured).
  if (text.length * 3 > IMPORT_MAX_BYTES && tooLarge(new TextEncoder().encode(text).length)) return { problem: 'tooLarge' };
  const parsed = parseDelimited(text, undefined, onProgress);
  const problem = overLimit(parsed.rows);
  if (problem) return { problem };
  if (!hasText(parsed.rows)) return { problem: 'empty' };
  return { format, sheets: [{ name, rows: parsed.rows, hiddenColumns: [] }], unclosedQuoteRows: parsed.unclosedQuoteRows };
}

/** Sheets as a workbook reader gave them: refused past the limits, empty sheets left out. */
export function workbookList(format: string, sheets: SheetRows[]): ReadList | { problem: ReadListProblem } {
  for (const s of sheets) {
    const problem = overLimit(s.rows);
    if (problem) return { problem };
  }
  const filled = sheets.filter((s) => hasText(s.rows));
  return filled.length ? { format, sheets: filled, unclosedQuoteRows: [] } : { problem: 'empty' };
}

function legacy(bytes: Uint8Array, format: string): ReadList | { problem: ReadListProblem } {
  const { sheets, problem } = readLegacyWorkbook(bytes);
  return problem ? { problem } : workbookList(format, sheets);
}

function hasText(rows: string[][]): boolean {
  return rows.some((r) => r.some((c) => c.trim()));
}

export function isReadList(x: ReadListOutcome): x is ReadList {
  return 'sheets' in x;
}
