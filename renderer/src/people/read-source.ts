/**
 * What the user gave the import wizard, as sheets of text rows: an .xlsx (read by the host,
 * which has exceljs), a CSV/TSV file in any encoding Excel writes, or a table pasted from Excel.
 */
import { decodeText, parseDelimited } from '../../../shared/people';
import { call } from '../bridge';
import { bytesToBase64 } from './download';

export interface SourceSheet {
  name: string;
  rows: string[][];
  /** Columns the workbook hides (0-based); text has none. */
  hiddenColumns?: number[];
}

export interface Source {
  label: string;
  /** "GB18030", "UTF-8 BOM", "Excel" … shown so the officer can tell a mis-read at once. */
  format: string;
  sheets: SourceSheet[];
  /** Rows where a quoted CSV field never closed. */
  unclosedQuoteRows: number[];
}

export type SourceError = { code: 'unsupported' | 'notXlsx' | 'tooLarge' | 'empty' } | { code: 'failed'; message: string };

export async function readFile(file: File): Promise<Source | SourceError> {
  const name = file.name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (name.endsWith('.xlsx') || name.endsWith('.xlsm')) {
    try {
      const { sheets, problem } = await call('people.readXlsx', { fileName: file.name, data: bytesToBase64(bytes) });
      if (problem) return { code: problem };
      const filled = sheets.filter((s) => s.rows.some((r) => r.some((c) => c.trim())));
      if (filled.length === 0) return { code: 'empty' };
      return { label: file.name, format: 'Excel (.xlsx)', sheets: filled, unclosedQuoteRows: [] };
    } catch (e) {
      return { code: 'failed', message: (e as Error).message };
    }
  }
  if (!/\.(csv|tsv|txt)$/.test(name)) return { code: 'unsupported' };
  const decoded = decodeText(bytes);
  const format = `${decoded.encoding.toUpperCase()}${decoded.bom ? ' BOM' : ''}`;
  return fromText(file.name, format, decoded.text);
}

export function fromText(label: string, format: string, text: string): Source | SourceError {
  const parsed = parseDelimited(text);
  if (!parsed.rows.some((r) => r.some((c) => c.trim()))) return { code: 'empty' };
  return { label, format, sheets: [{ name: label, rows: parsed.rows }], unclosedQuoteRows: parsed.unclosedQuoteRows };
}

export function isSourceError(x: Source | SourceError): x is SourceError {
  return 'code' in x;
}
