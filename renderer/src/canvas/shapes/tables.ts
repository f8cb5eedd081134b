/** Tables: round, long / head, 会谈 and conference. Sizes are the document's, in metres. */
import { INK, TABLE_FILL, outline } from './common';
import { circle, frameRect, line, rect, type Ctx } from './paint';
import type { BodyProps } from './types';

export function roundTable(ctx: Ctx, { item, selected }: BodyProps<'round-table'>): void {
  const r = item.diameter / 2;
  circle(ctx, 0, 0, r, { fill: TABLE_FILL, ...outline(selected) });
  if (item.main) circle(ctx, 0, 0, r - 0.1, { stroke: INK, width: 0.02 });
}

export function longTable(ctx: Ctx, { item, frame, selected }: BodyProps<'long-table'>): void {
  const { x0, y0, x1, y1 } = frame.box;
  frameRect(ctx, frame.box, { fill: TABLE_FILL, ...outline(selected) }, 0.05);
  if (item.main) rect(ctx, x0 + 0.08, y0 + 0.08, x1 - x0 - 0.16, y1 - y0 - 0.16, { stroke: INK, width: 0.02 });
}

/** 会谈桌: a long table with the centre line between the two delegations. */
export function talksTable(ctx: Ctx, { frame, selected }: BodyProps<'talks-table'>): void {
  const { x0, x1 } = frame.box;
  frameRect(ctx, frame.box, { fill: TABLE_FILL, ...outline(selected) }, 0.3);
  line(ctx, [x0 + 0.3, 0, x1 - 0.3, 0], { stroke: INK, width: 0.015, dash: [0.1, 0.08] });
}

export function conferenceTable(ctx: Ctx, { frame, selected }: BodyProps<'conference-table'>): void {
  frameRect(ctx, frame.box, { fill: TABLE_FILL, ...outline(selected) }, 0.15);
}
