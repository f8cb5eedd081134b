/** Room furniture and structure: rostrum, seat blocks, 会见 sofas, door, stage, wall, label. */
import { LABEL_FONT } from '../item-frame';
import { INK, INK_SELECTED, TABLE_FILL, TEXT, outline } from './common';
import { arrow, frameRect, line, quarterArc, rect, text, type Ctx } from './paint';
import type { BodyProps } from './types';

export function rostrum(ctx: Ctx, { item, frame, selected }: BodyProps<'rostrum'>): void {
  const { x0, x1 } = frame.box;
  const half = (Math.max(1, ...item.rows) * 0.7) / 2 + 0.3;
  // The platform behind the desk, the desk in front of the first row, the lectern aside.
  rect(ctx, x0, -half, x1 - x0, half * 2, { fill: '#f6eedd', ...outline(selected, 0.03) });
  rect(ctx, 0.35, -half + 0.1, 0.45, half * 2 - 0.2, { fill: TABLE_FILL, stroke: INK, width: 0.03 });
  if (item.lectern) rect(ctx, 0.2, half + 0.3, 0.6, 0.5, { fill: '#efe2c6', stroke: INK, width: 0.03 });
}

export function seatBlock(ctx: Ctx, { frame, selected }: BodyProps<'seat-block'>): void {
  frameRect(ctx, frame.box, { fill: 'rgba(246,238,221,0.5)', ...outline(selected, 0.03), dash: [0.15, 0.1] });
}

/** 会见: armchairs in a U (from the engine's seats), tea tables between them, on a rug. */
export function reception(ctx: Ctx, { frame, selected, seats }: BodyProps<'reception'>): void {
  const at = new Map(seats.map((s) => [s.label, s]));
  const teaTables: { x: number; y: number }[] = [];
  const left = at.get('E-left');
  const right = at.get('E-right');
  if (left && right) teaTables.push({ x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 });
  for (const wall of ['E-left', 'E-right']) {
    for (let i = 1; at.has(`${wall}-${i + 1}`); i += 2) {
      const a = at.get(`${wall}-${i}`)!;
      const b = at.get(`${wall}-${i + 1}`)!;
      teaTables.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    }
  }
  frameRect(ctx, frame.box, { fill: 'rgba(239,226,198,0.35)', ...outline(selected, 0.03) }, 0.2);
  // Armchairs for the principals and their escorts; back-row seats (-B1 …) are plain chairs.
  for (const s of seats) {
    if (/-B\d+$/.test(s.label)) continue;
    ctx.save();
    ctx.translate(s.x, s.y);
    ctx.rotate((s.facing * Math.PI) / 180);
    rect(ctx, -0.4, -0.4, 0.8, 0.8, { fill: '#efe2c6', stroke: INK, width: 0.02 }, 0.12);
    ctx.restore();
  }
  for (const p of teaTables) rect(ctx, p.x - 0.22, p.y - 0.22, 0.44, 0.44, { fill: TABLE_FILL, stroke: INK, width: 0.02 });
}

/** The door: the leaf across the opening, its swing, and an arrow pointing into the room. */
export function door(ctx: Ctx, { item, selected }: BodyProps<'door'>): void {
  const w = item.width;
  const colour = selected ? INK_SELECTED : '#7a5c2e';
  line(ctx, [0, -w / 2, 0, w / 2], { stroke: colour, width: 0.14 });
  quarterArc(ctx, 0, -w / 2, w * 0.5, { stroke: INK, width: 0.015, dash: [0.06, 0.05] });
  arrow(ctx, 0.1, 0, 1.15, 0, colour, 0.07, 0.28);
}

/** Stage or screen: the x axis points toward the audience; the back edge is drawn heavier. */
export function stage(ctx: Ctx, { item, frame, selected }: BodyProps<'stage'>): void {
  const x0 = frame.box.x0;
  frameRect(ctx, frame.box, { fill: '#eee4d0', ...outline(selected) });
  line(ctx, [x0 + 0.1, -item.width / 2 + 0.3, x0 + 0.1, item.width / 2 - 0.3], { stroke: TEXT, width: 0.12 });
}

export function wall(ctx: Ctx, { frame, selected }: BodyProps<'wall'>): void {
  frameRect(ctx, frame.box, { fill: selected ? INK_SELECTED : '#6d6253' });
}

export function label(ctx: Ctx, { item, frame, selected }: BodyProps<'label'>): void {
  const { x0, x1 } = frame.box;
  if (selected) frameRect(ctx, frame.box, { stroke: INK_SELECTED, width: 0.03, dash: [0.1, 0.06] });
  text(ctx, item.text, (x0 + x1) / 2, 0, LABEL_FONT, TEXT);
}
