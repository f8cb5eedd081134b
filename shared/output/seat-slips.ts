/**
 * 座位通知单: one slip per delegate of a large meeting (RULES.md §9) saying where he sits — the
 * meeting, his name and unit, the zone, the floor and the seat in the words the canvas uses.
 * Slips come unit by unit in the hall's unit order (the officer cuts a sheet and hands each
 * unit its slips), within a unit by precedence. Pure; renderer/src/print/seat-slips.tsx lays them out.
 */
import { parseHallLabel } from '../engine/hall-seats';
import { toEP } from '../engine/people';
import { orderUnits, unitOf } from '../engine/unit-order';
import { seatLabelText } from '../i18n/seat-labels';
import { translate, type Lang } from '../i18n/translate';
import { isMeetingHall } from '../kinds/meeting-hall';
import type { Plan, Scene } from '../model/types';

export interface SeatSlip {
  /** The person's id: one slip a person. */
  key: string;
  name: string;
  unit: string;
  title: string;
  /** The zone's name, the balcony, where either applies. */
  area: string;
  seat: string;
}

/** Slips for everyone seated in the scene's meeting halls. */
export function seatSlips(plan: Plan, scene: Scene, lang: Lang): SeatSlip[] {
  const halls = new Map(scene.items.filter(isMeetingHall).map((i) => [i.id, i]));
  const people = new Map(plan.people.map((p, i) => [p.id, [p, i] as const]));
  const slips: (SeatSlip & { order: number[] })[] = [];
  const seated = scene.assignments.filter((a) => halls.has(a.itemId) && people.has(a.personId));
  // The hall's own unit order, and within a unit its members' precedence: the head of each unit first.
  const units = orderUnits(
    seated.map((a) => toEP(...people.get(a.personId)!)),
    scene.options,
  );
  const place = new Map(units.flatMap((u, ui) => u.people.map((p, k) => [p.id, [ui, k]] as const)));
  for (const a of seated) {
    const hall = halls.get(a.itemId)!;
    const [person] = people.get(a.personId)!;
    const at = parseHallLabel(a.seat);
    if (!at) continue;
    const zone = hall.zones.find((z) => (z.block === 0 || z.block === at.block) && at.row >= z.fromRow && at.row <= z.toRow);
    const area = [hall.floor > 0 ? translate(lang, 'canvas.balcony', { n: hall.floor }) : '', zone?.name ?? '']
      .filter(Boolean)
      .join(' · ');
    const unit = unitOf(person);
    slips.push({
      key: person.id,
      name: person.name,
      unit,
      title: person.title,
      area,
      seat: seatLabelText(lang, hall, a.seat),
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
