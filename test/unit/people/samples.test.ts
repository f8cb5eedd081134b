import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../electron/services/people-import';
import { buildPreview, decodeText, detectHeader, guessMapping, importChanges, parseDelimited } from '../../../shared/people';

const sample = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'resources', 'samples', name)));

function previewOf(rows: string[][]) {
  const header = detectHeader(rows);
  const mapping = guessMapping(header.headers);
  return {
    header,
    preview: buildPreview({ rows, dataStart: header.row + header.rows, headers: header.headers, mapping, existing: [] }),
  };
}

describe('the shipped 120-person sample lists', () => {
  const gbk = decodeText(sample('delegation-120.gbk.csv'));
  const utf8 = decodeText(sample('delegation-120.utf8.csv'));

  it('the CSVs are GB18030 and UTF-8 with BOM, and read to the same rows', () => {
    expect([gbk.encoding, gbk.bom, utf8.encoding, utf8.bom]).toEqual(['gb18030', false, 'utf-8', true]);
    expect(gbk.text).toBe(utf8.text);
  });

  it('reads 120 people under the title rows, with one duplicate, one bad rank, sections and notes skipped', async () => {
    const csv = previewOf(parseDelimited(gbk.text).rows);
    const { sheets } = await readXlsx(sample('delegation-120.xlsx'));
    const xlsx = previewOf(sheets[0]!.rows);
    for (const { header, preview } of [csv, xlsx]) {
      expect(header).toMatchObject({ row: 3, rows: 1, confident: true });
      const names = new Set(preview.rows.map((r) => r.values.name));
      expect(names.size).toBe(120);
      expect(preview.rows.filter((r) => r.duplicate?.of === 'file')).toHaveLength(1);
      expect(preview.rows.flatMap((r) => r.errors).map((e) => [e.code, e.value, e.header])).toEqual([
        ['badRank', '待定', '排序'],
      ]);
      expect(preview.skipped.map((s) => s.reason).sort()).toEqual([
        'blank',
        'blank',
        'blank',
        'note',
        'repeatedHeader',
        'section',
        'section',
        'section',
      ]);
      const { add } = importChanges(preview, [], 'guest', (p) => p + Math.random());
      expect(add).toHaveLength(119);
      expect(add.filter((p) => p.side === 'host')).toHaveLength(18);
      expect(add.filter((p) => p.side === 'staff').map((p) => p.function)).toContain('翻译');
      expect(add.filter((p) => p.attendance === 'absent')).toHaveLength(2);
      // No name keeps its padding.
      expect(add.every((p) => !/[\s\u3000]/.test(p.name))).toBe(true);
    }
    expect(xlsx.preview.rows.map((r) => r.values)).toEqual(csv.preview.rows.map((r) => r.values));
  });
});
