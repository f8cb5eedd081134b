/** Which seat is under a point: seats are drawn in one shape per item, so hits are computed. */
import type { SeatGeom } from '../../../shared/engine/types';
import type { VenueItem } from '../../../shared/model/types';
import { seatRadius } from './item-frame';

export interface SeatRef {
  itemId: string;
  label: string;
  x: number;
  y: number;
  r: number;
}

export function seatList(items: { item: VenueItem; geometry: SeatGeom[] }[]): SeatRef[] {
  const out: SeatRef[] = [];
  for (const { item, geometry } of items) {
    const r = seatRadius(item.kind);
    for (const s of geometry) out.push({ itemId: item.id, label: s.label, x: s.x, y: s.y, r });
  }
  return out;
}

/** The nearest seat whose circle (plus `slack` metres) contains the point. */
export function seatAt(seats: SeatRef[], p: { x: number; y: number }, slack = 0): SeatRef | undefined {
  let best: SeatRef | undefined;
  let bestD = Infinity;
  for (const s of seats) {
    const d = (s.x - p.x) ** 2 + (s.y - p.y) ** 2;
    if (d <= (s.r + slack) ** 2 && d < bestD) {
      best = s;
      bestD = d;
    }
  }
  return best;
}

export const seatKey = (itemId: string, label: string) => `${itemId}\u0000${label}`;
