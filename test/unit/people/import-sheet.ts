/** Test helper: what the import wizard does with a sheet by default. */
import { buildPreview, detectHeader, guessMapping } from '../../../shared/people';

/** Find the header, guess the mapping, preview: the people each row gives and every problem as row:column:code. */
export function importSheet(rows: string[][], hiddenColumns: number[] = []) {
  const header = detectHeader(rows);
  const mapping = guessMapping(header.headers, {}, hiddenColumns);
  const preview = buildPreview({ rows, dataStart: header.row + header.rows, headers: header.headers, mapping, existing: [] });
  const people = preview.rows.map((r) => ({ row: r.row, action: r.action, ...r.values }));
  const problems = preview.rows.flatMap((r) => r.errors.map((e) => `${e.row}:${e.column}:${e.code}`));
  return { header, mapping, people, problems, skipped: preview.skipped };
}
