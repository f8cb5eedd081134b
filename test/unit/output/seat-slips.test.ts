/**
 * 座位通知单 (issue 16): a slip per seated delegate, unit by unit, eight to an A4 sheet, every
 * name and seat whole in the PDF's text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { applyCommand } from '../../../shared/commands/commands';
import { autoPlaceScene } from '../../../shared/engine/scene';
import { uniformBlock } from '../../../shared/kinds/meeting-hall';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Plan } from '../../../shared/model/types';
import { seatSlips } from '../../../shared/output/seat-slips';
import { make } from '../../../shared/templates';
import { renderDocument, renderView } from '../../../renderer/src/print/views';
import { keep, pdfFonts, pdfPages, pdfText, squash } from './pdf-tools';

let n = 0;
const makeId = (prefix: string) => `${prefix}_${++n}`;
const UNITS: [string, string[]][] = [
  ['市发展和改革委员会', ['欧阳建国', '李华', '阿卜杜热合曼·买买提', '赵艳', '王小明', '陈静']],
  ['市外办', ['张伟', 'Thomas Müller', '刘洋']],
  ['市财政局', ['孙丽', '周强', '吴敏', '郑凯', '冯雪', '何平', '罗刚', '高远']],
];

function meetingPlan(): Plan {
  let plan = newPlan({ name: '全市工作会议', organisation: '市委办公厅', convention: 'government' }, makeId);
  let rank = 0;
  plan = applyCommand(plan, {
    type: 'person/add',
    people: UNITS.flatMap(([unit, names]) =>
      names.map((name) => newPerson({ name, organisation: unit, side: 'guest', rank: ++rank }, makeId)),
    ),
  });
  const hall = make.meetingHall(makeId, { x: 0, y: 0, rotation: -90 }, [uniformBlock(4, 5), uniformBlock(4, 5)], {
    zones: [{ name: '代表区', colour: 'red', block: 0, fromRow: 1, toRow: 1, reserved: false }],
  });
  const balcony = make.meetingHall(makeId, { x: 0, y: 10, rotation: -90 }, [uniformBlock(2, 4)], { floor: 1 });
  const scene = {
    id: 'hall',
    name: '全体会议',
    kind: 'meeting' as const,
    options: {},
    items: [hall, balcony],
    assignments: [],
    roles: [],
  };
  plan = applyCommand(plan, { type: 'scene/add', scene });
  return applyCommand(plan, { type: 'seat/apply', sceneId: 'hall', assignments: autoPlaceScene(plan, 'hall').assignments });
}

const plan = meetingPlan();
const scene = plan.scenes[0]!;

describe('seat slips: the data', () => {
  it('has one slip per seated delegate, unit by unit in the hall order, with the seat in words', () => {
    const slips = seatSlips(plan, scene, 'zh');
    expect(slips.map((s) => s.name)).toEqual(UNITS.flatMap(([, names]) => names));
    expect(slips[0]).toMatchObject({ name: '欧阳建国', unit: '市发展和改革委员会', seat: '1区第1排第1座', area: '代表区' });
    // 17 people, 40 floor seats: nobody needs the balcony; the second row is outside the zone.
    expect(slips.find((s) => s.name === '高远')).toMatchObject({ area: '' });
    expect(seatSlips(plan, scene, 'en')[0]!.seat).toBe('Block 1, row 1, seat 1');
  });

  it('names the balcony when a delegate sits there', () => {
    const full = meetingPlan();
    const s = full.scenes[0]!;
    const hall = s.items[0]!;
    // Reserve the whole floor: everyone goes up to the balcony (8 seats) or stays unseated.
    const reserved = applyCommand(full, {
      type: 'item/update',
      sceneId: s.id,
      changes: [
        { id: hall.id, patch: { zones: [{ name: '预留', colour: 'grey', block: 0, fromRow: 1, toRow: 4, reserved: true }] } },
      ],
    });
    const placed = applyCommand(reserved, {
      type: 'seat/apply',
      sceneId: s.id,
      assignments: autoPlaceScene(reserved, s.id).assignments,
    });
    const slips = seatSlips(placed, placed.scenes[0]!, 'zh');
    expect(slips).toHaveLength(8);
    expect(slips.every((x) => x.area === '楼座（1层）')).toBe(true);
  });
});

describe('seat slips: the PDF', () => {
  const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  afterAll(() => printer.close());

  it('prints eight to an A4 page, every name and seat whole, the fonts embedded', async () => {
    const job = { view: 'seat-slips' as const, sceneId: scene.id };
    const view = renderView(plan, job, 'zh');
    expect(view.page).toEqual({ w: 210, h: 297 });
    const file = keep('seat-slips.pdf', await printer.pdf(renderDocument(plan, job, 'zh')), 3);
    expect(pdfPages(file).count).toBe(3);
    const text = squash(pdfText(file));
    for (const slip of seatSlips(plan, scene, 'zh')) {
      expect(text).toContain(squash(slip.name));
      expect(text).toContain(squash(slip.seat));
    }
    expect(text).not.toContain('…');
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
  });
});
