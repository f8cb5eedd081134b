/**
 * Which number cells of an Excel 97–2003 workbook (BIFF8, or BIFF5, in a compound file; WPS .et
 * too) use one of Chinese Excel's regional formats (regional-formats.ts) with no code written for
 * it. SheetJS reads such a cell with no format, with the zh-TW code its own table holds for 56, or
 * with a code the previous .xls it read wrote for that number (it resets its table for .xlsx only),
 * and keeps no trace of the cell's format number; so the records are walked here: each cell's XF
 * index → the XF's format number → the zh-CN code, unless a FORMAT record wrote that number's code.
 */
import { CFB } from '@e965/xlsx';
import { ZH_CN_REGIONAL_FORMATS } from './regional-formats';

/** The zh-CN code of each such cell, by row and column (cellKey), one map per sheet in the workbook's order. */
export type RegionalFormatCells = Map<number, string>[];

export function cellKey(row: number, column: number): number {
  return row * 0x10000 + column;
}

const RECORD = {
  BOF: 0x0809,
  EOF: 0x000a,
  /** Password-protected: the records' data that follows is encrypted. */
  FILEPASS: 0x002f,
  BOUNDSHEET: 0x0085,
  FORMAT: 0x041e,
  XF: 0x00e0,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
} as const;

export function regionalFormatCells(bytes: Uint8Array): RegionalFormatCells {
  let stream: Uint8Array | undefined;
  try {
    const file = CFB.read(bytes, { type: 'array' });
    const entry = CFB.find(file, '/Workbook') ?? CFB.find(file, '/Book');
    const content = entry?.content as Uint8Array | number[] | undefined;
    if (content) stream = content instanceof Uint8Array ? content : Uint8Array.from(content);
  } catch {
    // A compound file SheetJS read but its CFB reader cannot open alone: the cells keep SheetJS's formats.
  }
  return stream ? walk(stream) : [];
}

function walk(stream: Uint8Array): RegionalFormatCells {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const written = new Set<number>();
  const xfFormats: number[] = [];
  const sheetStarts: number[] = [];
  /** Where each sheet's records start, in the order SheetJS gives its sheet names; known once the workbook's own records end. */
  let order: number[] | undefined;
  let sheets: RegionalFormatCells = [];
  let sheet: Map<number, string> | undefined;
  let depth = 0;
  const note = (row: number, column: number, xf: number) => {
    const id = xfFormats[xf];
    const code = id === undefined || written.has(id) ? undefined : ZH_CN_REGIONAL_FORMATS[id];
    if (code && sheet) sheet.set(cellKey(row, column), code);
  };
  for (let at = 0; at + 4 <= stream.length;) {
    const type = view.getUint16(at, true);
    const data = at + 4;
    const end = data + view.getUint16(at + 2, true);
    if (end > stream.length) break;
    const u16 = (offset: number) => view.getUint16(data + offset, true);
    switch (type) {
      case RECORD.BOF:
        if (depth++ === 0 && order) sheet = sheets[order.indexOf(at)];
        break;
      case RECORD.EOF:
        if (--depth > 0) break;
        sheet = undefined;
        if (!order) {
          order = [...sheetStarts].sort((a, b) => a - b);
          sheets = order.map(() => new Map());
        }
        break;
      case RECORD.FILEPASS:
        return sheets;
      case RECORD.BOUNDSHEET:
        sheetStarts.push(view.getUint32(data, true));
        break;
      case RECORD.FORMAT:
        written.add(u16(0));
        break;
      case RECORD.XF:
        xfFormats.push(u16(2));
        break;
      case RECORD.NUMBER:
      case RECORD.RK:
      case RECORD.FORMULA:
        // Charts and other objects inside a sheet have records of their own, one level deeper.
        if (depth === 1) note(u16(0), u16(2), u16(4));
        break;
      case RECORD.MULRK:
        // Row, first column, then an XF index and an RK number (6 bytes) per column, then the last column.
        if (depth === 1) for (let i = 0; i < (end - data - 6) / 6; i++) note(u16(0), u16(2) + i, u16(4 + 6 * i));
        break;
    }
    at = end;
  }
  return sheets;
}
