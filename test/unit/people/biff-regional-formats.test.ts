/**
 * The record walk of biff-regional-formats.ts over records SheetJS does not write but Excel does:
 * MULRK (several numbers of a row in one record), FORMULA, a chart's records nested in a sheet,
 * sheets listed in another order than their records lie. The Workbook stream is put together
 * record by record here and wrapped in a compound file by SheetJS's CFB.
 */
import { CFB } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cellKey, regionalFormatCells } from '../../../shared/people/biff-regional-formats';
import { ZH_CN_REGIONAL_FORMATS } from '../../../shared/people/regional-formats';

/** One BIFF record: type, length, data (little-endian 16-bit words). */
function record(type: number, words: number[] = []): number[] {
  const data = words.flatMap((w) => [w & 0xff, (w >> 8) & 0xff]);
  return [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
}
const BOF = (kind: number) => record(0x0809, [0x0600, kind, 0, 0, 0, 0, 0, 0]);
const EOF = record(0x000a);
/** An XF of format number `id` (the format is the second word of its 20 bytes). */
const xf = (id: number) => record(0x00e0, [0, id, 0, 0, 0, 0, 0, 0, 0, 0]);
/** A cell record's row, column and XF index, then (for NUMBER and FORMULA) its value's words. */
const cell = (type: number, row: number, column: number, xfIndex: number, more: number[]) =>
  record(type, [row, column, xfIndex, ...more]);
const NUMBER = 0x0203;
const RK = 0x027e;
const FORMULA = 0x0006;
/** A row's numbers from `first` on, each an XF index and an RK value (two words), then the last column. */
const mulrk = (row: number, first: number, xfs: number[]) =>
  record(0x00bd, [row, first, ...xfs.flatMap((x) => [x, 0, 0]), first + xfs.length - 1]);

function workbook(): Uint8Array {
  // XF 0 General, 1 → 31, 2 → 32, 3 → 57 (which a FORMAT record writes), 4 → 164.
  const formats = [...record(0x041e, [57, 1, 0x41]), ...record(0x041e, [164, 1, 0x41])];
  const xfs = [0, 31, 32, 57, 164].flatMap(xf);
  const listed = [
    ...BOF(0x0010),
    ...cell(NUMBER, 1, 0, 1, [0, 0, 0, 0]),
    ...mulrk(2, 0, [1, 2, 0, 3, 4]),
    ...cell(FORMULA, 3, 1, 2, [0, 0, 0, 0, 0, 0, 0]),
    ...cell(RK, 4, 2, 1, [0, 0]),
    // A chart inside the sheet: its records are not the sheet's cells.
    ...BOF(0x0020),
    ...cell(NUMBER, 9, 9, 1, [0, 0, 0, 0]),
    ...EOF,
    ...EOF,
  ];
  const notes = [...BOF(0x0010), ...cell(NUMBER, 0, 0, 2, [0, 0, 0, 0]), ...EOF];
  // The sheet list names 说明 (whose records come second) first; SheetJS orders sheets by where they lie.
  const boundSheet = (at: number) => record(0x0085, [at & 0xffff, at >>> 16, 0, 0]);
  const globals = (first: number, second: number) => [
    ...BOF(0x0005),
    ...formats,
    ...xfs,
    ...boundSheet(second),
    ...boundSheet(first),
    ...EOF,
  ];
  const length = globals(0, 0).length;
  const stream = [...globals(length, length + listed.length), ...listed, ...notes];
  const file = CFB.utils.cfb_new();
  CFB.utils.cfb_add(file, 'Workbook', Uint8Array.from(stream));
  return new Uint8Array(CFB.write(file, { type: 'array' }) as ArrayBuffer);
}

describe('the regional formats found by walking an .xls’s records', () => {
  it('finds single numbers, MULRK runs, formulas and RK numbers per sheet, not a chart’s, nor a number the file wrote a code for', () => {
    const [zh31, zh32] = [ZH_CN_REGIONAL_FORMATS[31], ZH_CN_REGIONAL_FORMATS[32]];
    const sheets = regionalFormatCells(workbook());
    expect(sheets.map((sheet) => Object.fromEntries(sheet))).toEqual([
      {
        [cellKey(1, 0)]: zh31,
        [cellKey(2, 0)]: zh31,
        [cellKey(2, 1)]: zh32,
        [cellKey(3, 1)]: zh32,
        [cellKey(4, 2)]: zh31,
      },
      { [cellKey(0, 0)]: zh32 },
    ]);
  });

  it('a file that is not a compound file, or has no Workbook stream, has none', () => {
    expect(regionalFormatCells(new TextEncoder().encode('<table></table>'))).toEqual([]);
    const file = CFB.utils.cfb_new();
    CFB.utils.cfb_add(file, 'WordDocument', new Uint8Array(8));
    expect(regionalFormatCells(new Uint8Array(CFB.write(file, { type: 'array' }) as ArrayBuffer))).toEqual([]);
  });
});
