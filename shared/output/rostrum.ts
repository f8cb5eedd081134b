/**
 * The rostrum as the audience sees it (RULES.md §3), as data: rows front first, each row's seats
 * from the audience's left to their right, from the seats' real positions. Pure; the rostrum
 * chart (renderer/src/print/rostrum.tsx) draws it.
 */
import type { RostrumItem } from '../model/types';
import { inItemFrame } from './frames';
import type { SeatRow } from './plan-data';

export interface AudienceRow {
  /** 1 = front row. */
  row: number;
  /** Seats from the audience's left to their right. */
  seats: SeatRow[];
}

/**
 * Rows front first; within a row, seats ordered along the audience's left→right axis. The audience
 * faces the rostrum, against its rotation: their right is the seated people's left (−right).
 */
export function audienceView(item: RostrumItem, seats: SeatRow[]): AudienceRow[] {
  const rows = new Map<number, { s: SeatRow; audienceX: number }[]>();
  for (const s of seats) {
    const row = Number(s.label.split(':')[0]);
    if (!Number.isFinite(row) || s.x === undefined || s.y === undefined) continue;
    const { right } = inItemFrame(item, { x: s.x, y: s.y });
    if (!rows.has(row)) rows.set(row, []);
    rows.get(row)!.push({ s, audienceX: -right });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => ({ row, seats: list.sort((a, b) => a.audienceX - b.audienceX).map((e) => e.s) }));
}
