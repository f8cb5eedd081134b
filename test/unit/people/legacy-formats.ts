/**
 * Test helper: an Excel 97–2003 workbook whose cells use built-in format numbers the way Chinese
 * Excel saves its own date and time formats: the XF points at 27–36 or 50–58 and no FORMAT record
 * gives the code (the number means "the reader's region's format"). SheetJS cannot write that, so
 * each cell is written with a stand-in code and the Workbook stream is patched in place (same
 * length; the compound file is written again by SheetJS's CFB): the stand-in's XF is pointed at
 * the number, and a FORMAT record is renumbered to it only where the cell gives a code of its own.
 */
import { CFB, utils, write, type WorkSheet } from '@e965/xlsx';
import { ZH_CN_REGIONAL_FORMATS } from '../../../shared/people/regional-formats';

/** A number cell: its value, the built-in format number its XF points at, and the code written for it if any (each code once per workbook). */
export interface BuiltInCell {
  value: number;
  id: number;
  code?: string;
}

/** A sheet's rows: text and plain numbers as written, BuiltInCell numbers with their format number. */
export type LegacyRows = (string | number | BuiltInCell)[][];

const FORMAT = 0x041e;
const XF = 0x00e0;
const REGIONAL = new Set(Object.keys(ZH_CN_REGIONAL_FORMATS).map(Number));
/** The first format number left free for the codes nobody points at. */
const UNUSED = 400;

/** The workbook, its sheets in the order given. */
export function legacyWithBuiltInFormats(sheets: Record<string, LegacyRows>): Uint8Array {
  const cells: BuiltInCell[] = [];
  const standIn: string[] = [];
  const book = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet: WorkSheet = utils.aoa_to_sheet(
      rows.map((row) => row.map((cell) => (typeof cell === 'object' ? cell.value : cell))),
    );
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== 'object') return;
        standIn.push(cell.code ?? `"stand-in ${cells.length}"0`);
        cells.push(cell);
        sheet[utils.encode_cell({ r, c })]!.z = standIn.at(-1);
      }),
    );
    utils.book_append_sheet(book, sheet, name);
  }
  const file = CFB.read(new Uint8Array(write(book, { bookType: 'biff8', type: 'array' }) as ArrayBuffer), { type: 'array' });
  const stream = CFB.find(file, '/Workbook')!.content as Uint8Array;
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);

  // Which number SheetJS gave each cell's code, read back from its FORMAT records.
  const target = new Map<number, number>();
  let unused = UNUSED;
  for (let at = 0; at < stream.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== FORMAT) continue;
    const id = view.getUint16(at + 4, true);
    const cell = cells[standIn.indexOf(formatCode(stream, at + 6))];
    if (cell) target.set(id, cell.id);
    // The record now gives the code of the number the cell points at, if the cell has a code;
    // SheetJS's own records for regional numbers (it writes one for 56) are moved out of the way.
    if (cell?.code !== undefined) view.setUint16(at + 4, cell.id, true);
    else if (!cell && REGIONAL.has(id)) view.setUint16(at + 4, unused++, true);
  }
  for (let at = 0; at < stream.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== XF) continue;
    const id = target.get(view.getUint16(at + 6, true));
    if (id !== undefined) view.setUint16(at + 6, id, true);
  }
  return new Uint8Array(CFB.write(file, { type: 'array' }) as ArrayBuffer);
}

/** A FORMAT record's code (an XLUnicodeString: length, a flag for two-byte characters, the characters). */
function formatCode(stream: Uint8Array, at: number): string {
  const length = stream[at]! | (stream[at + 1]! << 8);
  const chars = stream.subarray(at + 3, at + 3 + length * (stream[at + 2]! & 1 ? 2 : 1));
  return stream[at + 2]! & 1 ? new TextDecoder('utf-16le').decode(chars) : String.fromCharCode(...chars);
}
