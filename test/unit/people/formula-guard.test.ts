/**
 * Text that Excel or WPS would run as a formula never leaves Zuoci as one: the people CSV
 * neutralises it, the Excel seating list writes it as a text cell.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { formulaSafe, parseDelimited, toCsv } from '../../../shared/people';

describe('CSV formula guard', () => {
  it('neutralises every formula start Excel and WPS know, leaving plain negative numbers alone', () => {
    expect(formulaSafe('=1+1')).toBe("'=1+1");
    expect(formulaSafe('-2+3')).toBe("'-2+3");
    expect(formulaSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formulaSafe('\t=1')).toBe("'\t=1");
    expect(formulaSafe('\r=1')).toBe("'\r=1");
    expect(formulaSafe('+86 138 0000 0000')).toBe("'+86 138 0000 0000");
    expect(formulaSafe('+86')).toBe("'+86");
    expect(formulaSafe('-1')).toBe('-1');
    expect(formulaSafe('-2.5')).toBe('-2.5');
    expect(formulaSafe('张三')).toBe('张三');
    const csv = toCsv({ sheetName: 's', columns: [{ header: '姓名', width: 6 }], rows: [['-2+3'], ['-1'], ['\r=1']] });
    expect(parseDelimited(csv.slice(1)).rows).toEqual([['姓名'], ["'-2+3"], ['-1'], ["'\r=1"]]);
  });

  it('the Excel seating list writes names as text cells, so a formula-like name is never computed', async () => {
    const bytes = await seatingListXlsx({
      title: '欢迎宴',
      subtitle: '',
      columns: ['座位', '姓名'],
      tables: [
        {
          heading: '1 号桌',
          main: true,
          rows: [
            ['主位', '=HYPERLINK("x")'],
            ['右1', '-2+3'],
          ],
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const cells = [sheet.getCell('B5'), sheet.getCell('B6')];
    expect(cells.map((c) => [c.type, c.value])).toEqual([
      [ExcelJS.ValueType.String, '=HYPERLINK("x")'],
      [ExcelJS.ValueType.String, '-2+3'],
    ]);
  });
});
