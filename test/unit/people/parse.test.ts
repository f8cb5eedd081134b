import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectHeader, parseDelimited } from '../../../shared/people';
import { cleanName } from '../../../shared/people/text';
import { encodeGb18030, encodeUtf16le } from './encode';

const LIST = '姓名,单位,职务,排序\r\n张三,市外办,主任,1\r\n李四,远航集团,董事长,2\r\n';

describe('decoding the bytes of a list', () => {
  it('reads UTF-8 with a BOM and says so', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LIST)]);
    expect(decodeText(bytes)).toEqual({ text: LIST, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(LIST))).toEqual({ text: LIST, encoding: 'utf-8', bom: false });
  });

  it('detects GB18030/GBK as saved by Excel on Chinese Windows', () => {
    const bytes = encodeGb18030(LIST);
    // The same text really is different bytes, and is not valid UTF-8.
    expect(bytes.length).toBeLessThan(new TextEncoder().encode(LIST).length);
    expect(decodeText(bytes)).toEqual({ text: LIST, encoding: 'gb18030', bom: false });
  });

  it('detects GBK text of only a few characters (a short list is still not UTF-8)', () => {
    expect(decodeText(encodeGb18030('姓名\r\n王五\r\n')).text).toBe('姓名\r\n王五\r\n');
  });

  it('reads UTF-16 (Excel "Unicode text") by its BOM', () => {
    const tsv = '姓名\t单位\r\n张三\t市外办\r\n';
    expect(decodeText(encodeUtf16le(tsv))).toEqual({ text: tsv, encoding: 'utf-16le', bom: true });
  });
});

describe('CSV and pasted tables', () => {
  it('splits rows and cells, honouring quotes, doubled quotes and line breaks inside quotes', () => {
    const text = '姓名,备注\r\n张三,"素食,不吃辣"\r\n李四,"说""你好"""\r\n王五,"第一行\n第二行"\r\n赵六,\r\n';
    expect(parseDelimited(text).rows).toEqual([
      ['姓名', '备注'],
      ['张三', '素食,不吃辣'],
      ['李四', '说"你好"'],
      ['王五', '第一行\n第二行'],
      ['赵六', ''],
    ]);
  });

  it('treats tab-separated text (paste from Excel) as tabs even when cells hold commas', () => {
    const text = '姓名\t单位\t备注\n张三\t市外办\t素食, 不吃辣\n';
    expect(detectDelimiter(text)).toBe('\t');
    expect(parseDelimited(text).rows[1]).toEqual(['张三', '市外办', '素食, 不吃辣']);
  });

  it('keeps blank lines as empty rows so row numbers match Excel, and handles CR-only line ends', () => {
    expect(parseDelimited('a,b\r\r1,2\r').rows).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('reports a quote that never closes with its row', () => {
    const result = parseDelimited('姓名,备注\n张三,"没有闭合\n李四,好\n');
    expect(result.unclosedQuoteRows).toEqual([2]);
    expect(result.rows).toHaveLength(2);
  });
});

describe('finding the header row', () => {
  it('skips a title row and blank rows above the header', () => {
    const rows = [
      ['远航集团来访人员名单'],
      [''],
      ['制表日期：2026年11月20日'],
      ['序号', '姓名', '单位', '职务', '排序'],
      ['1', '张三', '市外办', '主任', '1'],
    ];
    expect(detectHeader(rows)).toMatchObject({
      row: 3,
      rows: 1,
      confident: true,
      headers: ['序号', '姓名', '单位', '职务', '排序'],
    });
  });

  it('ignores a title merged across every column (each cell holds the title)', () => {
    const title = '远航集团来访人员名单（第二稿）';
    const rows = [
      [title, title, title, title],
      ['姓名', '工作单位', '职务', '备注'],
      ['张三', '市外办', '主任', ''],
    ];
    expect(detectHeader(rows)).toMatchObject({ row: 1, rows: 1 });
  });

  it('reads a two-row header made of merged cells (xlsx fills merged cells) from its lower row', () => {
    // "姓名" and "单位" are merged down over both rows, "饮食与备注" across two columns: the
    // lower row alone names every column, so data starts right after it.
    const rows = [
      ['名单'],
      ['姓名', '单位', '饮食与备注', '饮食与备注'],
      ['姓名', '单位', '饮食禁忌', '备注'],
      ['张三', '市外办', '清真', '晚到'],
    ];
    expect(detectHeader(rows)).toMatchObject({ row: 2, rows: 1, headers: ['姓名', '单位', '饮食禁忌', '备注'] });
  });

  it('combines a two-row header saved as CSV (merged cells are empty below and beside)', () => {
    const rows = [
      ['姓名', '单位', '其他信息', ''],
      ['', '', '性别', '饮食禁忌'],
      ['张三', '市外办', '男', ''],
    ];
    expect(detectHeader(rows)).toMatchObject({ row: 0, rows: 2, headers: ['姓名', '单位', '性别', '饮食禁忌'] });
  });

  it('falls back to the first filled row, and says it is not sure, when nothing looks like a header', () => {
    const rows = [[''], ['甲', '乙', '丙'], ['1', '2', '3']];
    expect(detectHeader(rows)).toMatchObject({ row: 1, confident: false });
  });
});

describe('cleaning names', () => {
  it('drops the full-width padding in two-character names and trims full-width spaces', () => {
    expect(cleanName('　张　三　')).toBe('张三');
    expect(cleanName('王 建国')).toBe('王建国');
    expect(cleanName(' John   Smith ')).toBe('John Smith');
  });
});
