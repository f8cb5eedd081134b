/** Seats leave the program in words (主位, 右1, 后排右) — the engine's codes mean nothing to a hotel. */
import { describe, expect, it } from 'vitest';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { seatingListData } from '../../../shared/output/seating-list';
import { renderDocument } from '../../../renderer/src/print/views';
import { banquetPlan } from './banquet';

const plan = banquetPlan();
const scene = plan.scenes[0]!;

describe('seat words in outputs', () => {
  it('the seating list for Excel names each seat in words, in the chosen language', () => {
    const zh = seatingListData(plan, scene.id, 'zh').tables.flatMap((t) => t.rows.map((r) => r[0]));
    expect(zh).toContain('主位');
    expect(zh).toContain('副主位');
    expect(zh).toContain('右1');
    expect(zh).not.toContain('P');
    expect(zh).not.toContain('R1');
    const en = seatingListData(plan, scene.id, 'en').tables.flatMap((t) => t.rows.map((r) => r[0]));
    expect(en).toContain(seatLabelText('en', 'round-table', 'P'));
    expect(en).not.toContain('P');
  });

  it('the printed table lists show the same words', () => {
    const html = renderDocument(plan, { view: 'table-lists', sceneId: scene.id }, 'zh');
    const seats = [...html.matchAll(/class="seat"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(seats.length).toBeGreaterThan(50);
    expect(seats).toContain('主位');
    expect(seats).not.toContain('OL1');
  });

  it("the leaders' summary says where each sits in words", () => {
    const html = renderDocument(plan, { view: 'summary' }, 'zh');
    expect(html).toMatch(/第\d+桌 右1</);
    expect(html).not.toMatch(/第\d+桌 (P|O|R\d|L\d|OR\d|OL\d)</);
  });
});
