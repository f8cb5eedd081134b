/**
 * 座位通知单 (issue 16): a slip per seated delegate, unit by unit, eight to an A4 sheet, every
 * name and seat whole in the PDF's text.
 */
import { withPlacedScene } from '../../helpers/plans';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { applyCommand } from '../../../shared/commands/commands';
import { autoPlaceScene } from '../../../shared/engine/scene';
import { uniformBlock } from '../../../shared/kinds/meeting-hall';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Plan } from '../../../shared/model/types';
import { changedSlipKeys, recordSlips, seatSlips, slipMeeting, slipUnits } from '../../../shared/output/seat-slips';
import { planSchema } from '../../../shared/model/schema';
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
  return withPlacedScene(plan, { name: '全体会议', kind: 'meeting', items: [hall, balcony] });
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

describe('seat slips: whose, and where to go in', () => {
  const units = UNITS.map(([unit]) => unit);
  const hallId = scene.items[0]!.id;
  const withItems = (p: Plan, patch: Record<string, unknown>, doors: { x: number; y: number }[] = []): Plan => {
    const s = p.scenes[0]!;
    const updated = applyCommand(p, { type: 'item/update', sceneId: s.id, changes: [{ id: hallId, patch }] });
    if (doors.length === 0) return updated;
    return applyCommand(updated, {
      type: 'item/add',
      sceneId: s.id,
      items: doors.map((at) => make.door(makeId, { ...at, rotation: 0 })),
    });
  };

  it('lists the units in the hall order for the menu, and prints one unit alone', () => {
    expect(slipUnits(plan, scene)).toEqual(units);
    const one = seatSlips(plan, scene, 'zh', { unit: '市外办' });
    expect(one.map((x) => x.name)).toEqual(['张伟', 'Thomas Müller', '刘洋']);
    expect(seatSlips(plan, scene, 'zh', { keys: ['nobody'] })).toEqual([]);
  });

  it('names the zone entrance the officer set, else the nearest door in words as the audience faces the rostrum', () => {
    // The hall faces up (rostrum above it); a door behind its middle and one on the left by row 3.
    const zones = [{ name: '代表区', colour: 'red', block: 0, fromRow: 1, toRow: 1, reserved: false, entrance: '东2门' }];
    const doors = withItems(plan, { zones: [{ ...zones[0], entrance: undefined }] }, [
      { x: 0, y: 5 },
      { x: -8, y: 1.8 },
    ]);
    const bySeat = (p: Plan, lang: 'zh' | 'en' = 'zh') =>
      new Map(seatSlips(p, p.scenes[0]!, lang).map((x) => [x.seat, x.entrance]));
    expect(bySeat(doors).get('1区第1排第1座')).toBe('左侧门（第3排旁）');
    expect(bySeat(doors).get('2区第1排第5座')).toBe('后门（中）');
    expect(bySeat(doors, 'en').get('Block 2, row 1, seat 5')).toBe('Back door (middle)');
    const named = withItems(doors, { zones });
    expect(bySeat(named).get('2区第1排第5座')).toBe('东2门');
    // Row 2 lies outside the zone: its door is still the nearest one.
    expect(bySeat(named).get('1区第2排第1座')).toBe('左侧门（第3排旁）');
    // No door and no zone text: no entrance line at all.
    expect(seatSlips(plan, scene, 'zh').every((x) => x.entrance === '')).toBe(true);
  });

  it('names the zone the hall draws and fills by where zones overlap: the later one, with its entrance', () => {
    // The whole front row is 代表区; block 2's part of it is then marked 嘉宾区, drawn over it.
    const overlapping = withItems(plan, {
      zones: [
        { name: '代表区', colour: 'red', block: 0, fromRow: 1, toRow: 2, reserved: false, entrance: '北门' },
        { name: '嘉宾区', colour: 'amber', block: 2, fromRow: 1, toRow: 1, reserved: false, entrance: '贵宾门' },
      ],
    });
    const bySeat = new Map(seatSlips(overlapping, overlapping.scenes[0]!, 'zh').map((x) => [x.seat, x]));
    expect(bySeat.get('2区第1排第1座')).toMatchObject({ area: '嘉宾区', entrance: '贵宾门' });
    expect(bySeat.get('2区第2排第1座')).toMatchObject({ area: '代表区', entrance: '北门' });
    expect(bySeat.get('1区第1排第1座')).toMatchObject({ area: '代表区', entrance: '北门' });
  });

  it('prints the seat number by the hall numbering (单双号)', () => {
    const oddEven = withItems(plan, { numbering: 'oddEven' });
    // Two blocks of five: the centre line is the aisle; block 1's seat 5 is the first on the left: 2.
    expect(seatSlips(oddEven, oddEven.scenes[0]!, 'zh')[0]).toMatchObject({ name: '欧阳建国', seat: '1区第1排第10座' });
    expect(seatSlips(oddEven, oddEven.scenes[0]!, 'zh')[4]).toMatchObject({ name: '王小明', seat: '1区第1排第2座' });
  });

  it('records what was printed in the plan, and then offers only the slips that changed', () => {
    const meeting = slipMeeting(plan, scene);
    const all = seatSlips(plan, scene, 'zh');
    expect(changedSlipKeys(all, meeting, scene.slipsPrinted)).toHaveLength(all.length);
    const printed = applyCommand(plan, {
      type: 'slips/printed',
      sceneId: scene.id,
      record: recordSlips(undefined, all, meeting, new Date('2026-12-07T08:00:00Z')),
    });
    const after = printed.scenes[0]!;
    expect(changedSlipKeys(seatSlips(printed, after, 'zh'), meeting, after.slipsPrinted)).toEqual([]);
    // 李华 swaps seats with 赵艳: their two slips changed, nobody else's.
    const li = after.assignments.find((a) => printed.people.find((p) => p.id === a.personId)!.name === '李华')!;
    const zhao = after.assignments.find((a) => printed.people.find((p) => p.id === a.personId)!.name === '赵艳')!;
    let moved = applyCommand(printed, {
      type: 'seat/assign',
      sceneId: after.id,
      personId: li.personId,
      itemId: li.itemId,
      seat: zhao.seat,
    });
    moved = applyCommand(moved, {
      type: 'seat/assign',
      sceneId: after.id,
      personId: zhao.personId,
      itemId: zhao.itemId,
      seat: li.seat,
    });
    const now = moved.scenes[0]!;
    const changed = changedSlipKeys(seatSlips(moved, now, 'zh'), meeting, now.slipsPrinted);
    expect(changed.sort()).toEqual([li.personId, zhao.personId].sort());
    expect(seatSlips(moved, now, 'zh', { keys: changed }).map((x) => x.name)).toEqual(['李华', '赵艳']);
    // The record survives the plan's own validation (an optional field, no format change).
    expect(planSchema.safeParse(moved).success).toBe(true);
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
