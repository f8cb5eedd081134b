/**
 * The CSV reader against any table: written the way Excel writes CSV (a field holding the
 * delimiter, a quote or a line break is quoted, its quotes doubled), then read back, every table
 * comes back cell for cell — with commas, tabs and semicolons, and with \r\n or \n line ends.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../shared/people';

const cell = fc.string({ unit: fc.constantFrom('a', '张', ' ', ',', ';', '\t', '"', '\r', '\n', '\r\n', 'x'), maxLength: 8 });
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });

function write(rows: string[][], delimiter: string, eol: string): string {
  const field = (v: string) => (/[",;\t\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map(field).join(delimiter)).join(eol) + eol;
}

describe('parseDelimited reads back what Excel writes', () => {
  for (const delimiter of [',', '\t', ';'] as const) {
    for (const eol of ['\r\n', '\n']) {
      it(`delimiter ${JSON.stringify(delimiter)}, line end ${JSON.stringify(eol)}`, () => {
        fc.assert(
          fc.property(table, (rows) => {
            expect(parseDelimited(write(rows, delimiter, eol), delimiter).rows).toEqual(rows);
          }),
          { numRuns: 300 },
        );
      });
    }
  }
});
