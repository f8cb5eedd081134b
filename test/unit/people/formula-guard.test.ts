/**
 * Text that Excel or WPS would run as a formula never leaves Zuoci as one: the people CSV
 * neutralises it, the people .xlsx and the Excel seating list (made from a plan) write it as text cells. Every
 * formula start is tried: =, +, -, @, tab and CR.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seatingListXlsx } from '../../../electron/services/export-xlsx';
import { writeXlsx } from '../../../electron/services/people-export';
import { applyCommand } from '../../../shared/commands/commands';
import { autoPlaceScene } from '../../../shared/engine';
import { seatingListData } from '../../../shared/output/seating-list';
import { formulaSafe, parseDelimited, peopleTable, toCsv } from '../../../shared/people';
import { banquetPlan } from '../../helpers/plans';

/** One person whose every text starts like a formula, one start per field. */
const FORMULA_LIKE = {
  name: '=HYPERLINK("x")',
  organisation: '@SUM(A1)',
  title: '-2+3',
  delegation: '+86 1',
  notes: '\t=1+1',
  dietary: '\r=1',
};

/** Each cell's type and text. XML reads a CR in text back as a line feed; the cell is text either way. */
async function xlsxCells(bytes: Uint8Array, cells: string[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  return cells.map((c) => [sheet.getCell(c).type, String(sheet.getCell(c).value).replace(/\n/g, '\r')]);
}

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

  it('the people export: CSV cells get the apostrophe for every start, the .xlsx keeps each as a text cell', async () => {
    const plan = banquetPlan([{ ...FORMULA_LIKE, side: 'guest', rank: 1 }]);
    const table = peopleTable(plan, 'zh');
    const column = (header: string) => table.columns.findIndex((c) => c.header === header);
    const fields = ['姓名', '单位', '职务', '团组', '备注', '饮食禁忌'];
    expect(fields.map(column).every((i) => i >= 0)).toBe(true);

    const [header, row] = parseDelimited(toCsv(table).slice(1)).rows;
    expect(header!.slice(0, table.columns.length)).toEqual(table.columns.map((c) => c.header));
    expect(fields.map((f) => row![column(f)])).toEqual(['\'=HYPERLINK("x")', "'@SUM(A1)", "'-2+3", "'+86 1", "'\t=1+1", "'\r=1"]);

    const letter = (f: string) => String.fromCharCode(65 + column(f));
    expect(
      await xlsxCells(
        await writeXlsx(table),
        fields.map((f) => `${letter(f)}2`),
      ),
    ).toEqual(Object.values(FORMULA_LIKE).map((v) => [ExcelJS.ValueType.String, v]));
  });

  it('the Excel seating list, made from a plan, writes every formula-like text as a text cell', async () => {
    const starts = ['=', '+', '-', '@', '\t', '\r'];
    const plan = {
      ...banquetPlan(
        starts.map((start, i) => ({
          name: `${start}名${i}`,
          organisation: `${start}SUM(A${i})`,
          title: `${start}2+3`,
          side: i === 0 ? 'host' : 'guest',
          rank: i + 1,
        })),
      ),
      name: '=HYPERLINK("x")',
    };
    const scene = plan.scenes[0]!;
    const placed = applyCommand(plan, {
      type: 'seat/apply',
      sceneId: scene.id,
      assignments: autoPlaceScene(plan, scene.id).assignments,
    });
    expect(placed.scenes[0]!.assignments).toHaveLength(starts.length);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await seatingListXlsx(seatingListData(placed, scene.id, 'zh'))) as unknown as ArrayBuffer);
    const formulaLike: [ExcelJS.ValueType, string][] = [];
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range's other cells only point at its first.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const text = String(cell.value).replace(/\n/g, '\r');
        if (starts.some((start) => text.startsWith(start))) formulaLike.push([cell.type, text]);
      }),
    );
    // Only text cells, and every name, organisation and title is one of them, as written.
    const written = plan.people.flatMap((p) => [p.name, p.organisation, p.title]);
    expect(formulaLike.map(([, text]) => text).sort()).toEqual(['=HYPERLINK("x") · 欢迎宴 · 分桌名单', ...written].sort());
    expect(formulaLike.every(([type]) => type === ExcelJS.ValueType.String)).toBe(true);
  });
});
