/**
 * The import as the wizard's worker runs it (import-session.ts): the page gets each sheet's first
 * rows and a digest of the preview — its first rows with their ranks, counts over every row, the
 * first problems and how many there are — and on confirm the people to add, the seats and the
 * rank ties. Asserted on a list longer than the digest shows, with problems past its window.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRECEDENCE_TABLES, detectHeader, guessMapping } from '../../../shared/people';
import {
  DIGEST_LIMITS,
  HEAD_ROWS,
  importModel,
  importOutcome,
  listHead,
  previewDigest,
  type PreviewRequest,
} from '../../../shared/people/import-session';
import { banquetPlan } from '../../helpers/plans';

const LEVELS = ['副厅级', '正厅级', '处级'];

/** A title, the header, then `n` guests; every fourth row's 排序 reads 待定 (a problem). */
function list(n: number): string[][] {
  return [
    ['出席欢迎宴会人员名单'],
    ['序号', '姓名', '单位', '级别', '排序'],
    ...Array.from({ length: n }, (_, i) => [
      String(i + 1),
      `嘉宾${i + 1}`,
      '远航集团',
      LEVELS[i % 3]!,
      i % 4 === 3 ? '待定' : '',
    ]),
  ];
}

function request(rows: string[][], overrides: Partial<PreviewRequest> = {}): PreviewRequest {
  const header = detectHeader(rows);
  return {
    sheet: 0,
    headerRow: header.row,
    dataStart: header.row + header.rows,
    headers: header.headers,
    mapping: guessMapping(header.headers),
    plan: banquetPlan([{ name: '李娜', organisation: '市外办', side: 'guest', rank: 4 }]),
    actions: {},
    rankBy: 'level',
    tables: DEFAULT_PRECEDENCE_TABLES,
    defaultSide: 'guest',
    ...overrides,
  };
}

describe('the import in the worker', () => {
  it('the page gets the first rows of each sheet and how many there are', () => {
    const rows = list(500);
    const head = listHead({ format: 'UTF-8', sheets: [{ name: '名单', rows, hiddenColumns: [3] }], unclosedQuoteRows: [] });
    expect(head.sheets).toEqual([{ name: '名单', head: rows.slice(0, HEAD_ROWS), rowCount: 502, hiddenColumns: [3] }]);
  });

  it('the digest: the first 300 rows with ranks and their source, counts and problems over all 500', () => {
    const rows = list(500);
    const req = request(rows);
    const digest = previewDigest(importModel(rows, req), req.rankBy);
    expect(digest.rowCount).toBe(500);
    expect(digest.rows).toHaveLength(DIGEST_LIMITS.rows);
    // 125 rows say 待定: skipped, each a problem naming row and column; the first 100 are listed.
    expect(digest.counts).toEqual({ add: 375, update: 0, skip: 125, errors: 125 });
    expect(digest.problemCount).toBe(125);
    expect(digest.problems).toHaveLength(DIGEST_LIMITS.problems);
    expect(digest.problems[0]).toEqual({ row: 6, column: 4, header: '排序', field: 'rank', code: 'badRank', value: '待定' });
    // Ranked by the level table after the plan's guest at 4: every 正厅级 (125 of the rows added), then 副厅级.
    expect(digest.rows.slice(0, 4).map((r) => [r.row, r.values.name, r.rank])).toEqual([
      [3, '嘉宾1', { rank: 130, source: 'level', by: '副厅级' }],
      [4, '嘉宾2', { rank: 5, source: 'level', by: '正厅级' }],
      [5, '嘉宾3', expect.objectContaining({ source: 'level', by: '处级' })],
      [6, '嘉宾4', undefined],
    ]);
    expect(digest.seatNotes).toEqual([]);
  });

  it("the officer's actions count at once, and confirming gives exactly the people the digest counted", () => {
    const rows = list(8);
    const req = request(rows, { actions: { 3: 'skip' }, rankBy: 'list' });
    const model = importModel(rows, req);
    expect(previewDigest(model, 'list').counts).toEqual({ add: 5, update: 0, skip: 3, errors: 2 });
    let n = 0;
    const outcome = importOutcome(model, req, (prefix) => `${prefix}_${n++}`);
    expect(outcome.changes.add.map((p) => [p.name, p.side, p.rank, p.officialLevel])).toEqual([
      ['嘉宾2', 'guest', 5, '正厅级'],
      ['嘉宾3', 'guest', 6, '处级'],
      ['嘉宾5', 'guest', 7, '正厅级'],
      ['嘉宾6', 'guest', 8, '处级'],
      ['嘉宾7', 'guest', 9, '副厅级'],
    ]);
    expect(outcome.changes.update).toEqual([]);
    expect(outcome.seated).toEqual([]);
    expect([outcome.ties, outcome.tieCount]).toEqual([[], 0]);
  });

  it('a rank the column gives twice is a tie the outcome names; the person already in the plan is updated', () => {
    const rows = [
      ['姓名', '单位', '排序'],
      ['李娜', '市外办', '1'],
      ['赵敏', '远航集团', '1'],
      ['钱伟', '远航集团', '2'],
    ];
    const req = request(rows, { rankBy: 'column' });
    const model = importModel(rows, req);
    expect(previewDigest(model, 'column').counts).toEqual({ add: 2, update: 1, skip: 0, errors: 0 });
    const outcome = importOutcome(model, req, (prefix) => `${prefix}_x${Math.random()}`);
    expect(outcome.changes.update).toEqual([
      { personId: req.plan.people[0]!.id, patch: { name: '李娜', organisation: '市外办', rank: 1 } },
    ]);
    expect(outcome.ties).toEqual([{ side: 'guest', rank: 1, names: ['李娜', '赵敏'] }]);
    expect(outcome.tieCount).toBe(1);
  });
});
