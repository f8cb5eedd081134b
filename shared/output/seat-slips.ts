/**
 * 座位通知单: one slip per delegate of a large meeting (RULES.md §9) saying where he sits — the
 * meeting, his name and unit, the zone, the floor, the row and seat (numbered by the hall's
 * numbering, 单双号 or consecutive) and the entrance to use. Slips come unit by unit in the hall's
 * unit order (the officer cuts a sheet and hands each unit its slips), within a unit by precedence.
 * The officer prints them for the whole hall, one unit, or only the slips that changed since the
 * last print (the scene's `slipsPrinted`). Pure; renderer/src/print/seat-slips.tsx lays them out.
 */
import { dir } from '../engine/geometry';
import { hallDepth, hallGeometry, hallSeatPoint, hallSeats, parseHallLabel, zoneAt } from '../engine/hall-seats';
import { toEP } from '../engine/people';
import { orderUnits, unitOf } from '../engine/unit-order';
import { seatLabelText } from '../i18n/seat-labels';
import { translate, type Lang } from '../i18n/translate';
import { isDoor } from '../kinds/door';
import { isMeetingHall } from '../kinds/meeting-hall';
import type { DoorItem, MeetingHallItem, Plan, Scene, SlipPrintRecord } from '../model/types';

export interface SeatSlip {
  /** The person's id: one slip a person. */
  key: string;
  name: string;
  unit: string;
  title: string;
  /** The zone's name, the balcony, where either applies. */
  area: string;
  /** The seat in the canvas's words, its number by the hall's numbering (1区第3排第15座). */
  seat: string;
  /** The entrance: the zone's own text, else the nearest door in words; '' when the scene has neither. */
  entrance: string;
}

/** Whose slips: everyone (no field), one unit's, or these people's (the changed ones). */
export interface SlipChoice {
  unit?: string;
  keys?: string[];
}

/** The units seated in the scene's halls, in the hall's unit order: the print menu's choice. */
export function slipUnits(plan: Plan, scene: Scene): string[] {
  return [...new Set(seatSlips(plan, scene, 'zh').map((s) => s.unit))];
}

/** Slips for everyone seated in the scene's meeting halls, or the chosen ones. */
export function seatSlips(plan: Plan, scene: Scene, lang: Lang, choice: SlipChoice = {}): SeatSlip[] {
  const halls = new Map(scene.items.filter(isMeetingHall).map((i) => [i.id, i]));
  const people = new Map(plan.people.map((p, i) => [p.id, [p, i] as const]));
  const keys = choice.keys && new Set(choice.keys);
  const seated = scene.assignments.filter(
    (a) =>
      halls.has(a.itemId) &&
      people.has(a.personId) &&
      (!keys || keys.has(a.personId)) &&
      (choice.unit === undefined || unitOf(people.get(a.personId)![0]) === choice.unit),
  );
  // The hall's own unit order, and within a unit its members' precedence: the head of each unit first.
  const units = orderUnits(
    seated.map((a) => toEP(...people.get(a.personId)!)),
    scene.options,
  );
  const place = new Map(units.flatMap((u, ui) => u.people.map((p, k) => [p.id, [ui, k]] as const)));
  const entrances = new Map([...halls.values()].map((h) => [h.id, entranceFinder(h, scene, lang)]));
  const slips: (SeatSlip & { order: number[] })[] = [];
  for (const a of seated) {
    const hall = halls.get(a.itemId)!;
    const [person] = people.get(a.personId)!;
    const at = parseHallLabel(a.seat);
    if (!at) continue;
    // The zone the hall draws and fills by: where zones overlap, the later one (drawn over the earlier).
    const zone = hall.zones[zoneAt(hall.zones, at.block, at.row)];
    const area = [hall.floor > 0 ? translate(lang, 'canvas.balcony', { n: hall.floor }) : '', zone?.name ?? '']
      .filter(Boolean)
      .join(' · ');
    slips.push({
      key: person.id,
      name: person.name,
      unit: unitOf(person),
      title: person.title,
      area,
      seat: seatLabelText(lang, hall, a.seat),
      entrance: zone?.entrance?.trim() || entrances.get(hall.id)!(a.seat),
      order: [...place.get(person.id)!],
    });
  }
  slips.sort((x, y) => diff(x.order, y.order));
  return slips.map(({ order: _order, ...slip }) => slip);
}

function diff(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Within this distance of the centre line (metres) a door behind the hall is its middle one. */
const MIDDLE = 1;

/**
 * The nearest door of the scene to each seat, in words from the audience's place as they face
 * the rostrum: 前门 (on the rostrum's side of the front row), 后门 (behind the last row: left,
 * middle or right), or a side door by the row it opens beside. '' when the scene has no door.
 */
function entranceFinder(hall: MeetingHallItem, scene: Scene, lang: Lang): (label: string) => string {
  const doors = scene.items.filter(isDoor);
  if (doors.length === 0) return () => '';
  const seats = new Map(hallGeometry(hall, scene).map((s) => [s.label, s]));
  const words = new Map(doors.map((d) => [d.id, doorWords(hall, d, lang)]));
  return (label) => {
    const seat = seats.get(label);
    if (!seat) return '';
    let best = doors[0]!;
    let bestD = Infinity;
    for (const d of doors) {
      const dist = Math.hypot(d.x - seat.x, d.y - seat.y);
      if (dist < bestD - 1e-9) [best, bestD] = [d, dist];
    }
    return words.get(best.id)!;
  };
}

function doorWords(hall: MeetingHallItem, door: DoorItem, lang: Lang): string {
  // The door in the hall's frame: `back` metres behind the front row, `lateral` to the audience's right.
  const f = dir(hall.rotation);
  const r = dir(hall.rotation + 90);
  const dx = door.x - hall.x;
  const dy = door.y - hall.y;
  const back = -(f.x * dx + f.y * dy);
  const lateral = r.x * dx + r.y * dy;
  const side = (v: number) => translate(lang, `slip.door.${v < -MIDDLE ? 'left' : v > MIDDLE ? 'right' : 'middle'}`);
  if (back < 0) return translate(lang, 'slip.door.front');
  if (back > hallDepth(hall) + hall.rowSpacing / 2) return translate(lang, 'slip.door.back', { side: side(lateral) });
  // A side door: beside the row nearest it (rows are straight here; a curve only brings the sides forward a little).
  const rows = [...new Set(hallSeats(hall).map((s) => s.row))];
  const row = rows.reduce((a, b) =>
    Math.abs(hallSeatPoint(hall, { row: a, lateral: 0 }).back - back) <=
    Math.abs(hallSeatPoint(hall, { row: b, lateral: 0 }).back - back)
      ? a
      : b,
  );
  return translate(lang, 'slip.door.side', { side: side(lateral), row });
}

/** What a slip says, as one string: a slip is changed when this differs from the printed one. */
export function slipFingerprint(slip: SeatSlip, meeting: string): string {
  return JSON.stringify([meeting, slip.name, slip.unit, slip.title, slip.area, slip.seat, slip.entrance]);
}

/** The people whose slip differs from the one last printed, or was never printed. */
export function changedSlipKeys(slips: SeatSlip[], meeting: string, record: SlipPrintRecord | undefined): string[] {
  return slips.filter((s) => record?.slips[s.key] !== slipFingerprint(s, meeting)).map((s) => s.key);
}

/** The record after printing `slips`: earlier entries of slips not printed this time are kept. */
export function recordSlips(
  previous: SlipPrintRecord | undefined,
  slips: SeatSlip[],
  meeting: string,
  now: Date,
): SlipPrintRecord {
  const next = { ...(previous?.slips ?? {}) };
  for (const s of slips) next[s.key] = slipFingerprint(s, meeting);
  return { at: now.toISOString(), slips: next };
}

/** The meeting line of every slip of a scene. */
export const slipMeeting = (plan: Plan, scene: Scene) => `${plan.name} · ${scene.name}`;
