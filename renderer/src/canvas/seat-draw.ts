/**
 * Draws all seats of one item in a single Konva shape (one node instead of five per seat: a
 * hall of 3,000 seats stays light). Text and badges are left out when they would be too small
 * to read at the current zoom, which also keeps a zoomed-out hall cheap to draw. Names follow
 * seat-name.ts: the full name from 12 px, a brief form from 9 px, nothing below; an empty seat
 * shows its own name in words (主位, 右1, 后排右) the same way, never the engine's label.
 */
import type Konva from 'konva';
import type { Side } from '../../../shared/model/types';
import { NAME_MIN_PX, PLACE_MIN_PX, largestName, largestPlace, seatNameAt, seatPlaceAt } from './seat-name';
import { canvasFont } from './shapes/paint';

export const SIDE_COLOUR: Record<Side, string> = { guest: '#b3261e', host: '#1d4f91', staff: '#5f6368' };

export interface SeatDraw {
  /** The engine's label: identifies the seat, never drawn. */
  label: string;
  /** The seat's name in words and its short form (shared/i18n/seat-labels.ts), drawn when it is empty. */
  place: { full: string; brief: string };
  /** Relative to the item's origin, metres. */
  x: number;
  y: number;
  /** Seat radius, metres. */
  r: number;
  facing: number;
  name?: string;
  side?: Side;
  rank?: number;
  locked?: boolean;
  /** A change reached this person since the scene was placed (absent, new rank): 全部重排 pending. */
  affected?: boolean;
}

/** The mark of an affected seat; the legend above the canvas shows the same colour. */
export const AFFECTED_COLOUR = '#e8710a';

/** Seat labels, badges and captions smaller than this many screen pixels are not drawn. */
const TEXT_MIN_PX = 5;

/** An upright caption (table number, car number …), relative to the item's origin. */
export interface CaptionDraw {
  lines: string[];
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

/** Screen pixels per metre where a shape draws: its canvas transform, less the device pixel ratio. */
export function pixelsPerMetre(ctx: CanvasRenderingContext2D, shape: Konva.Shape): number {
  const m = ctx.getTransform();
  return Math.hypot(m.a, m.b) / (shape.getLayer()?.getCanvas().getPixelRatio() ?? 1);
}

/** A Konva scene function drawing one item's seats and caption (an item's own `seats` shape). */
export function seatsSceneFunc(seats: SeatDraw[], caption: CaptionDraw | null) {
  return (context: Konva.Context, shape: Konva.Shape) => {
    const ctx = context._context;
    drawSeats(ctx, pixelsPerMetre(ctx, shape), seats, caption);
  };
}

/**
 * Draws an item's caption and seats at `scale` screen pixels per metre. Plain canvas calls
 * instead of Konva Text nodes: a hall of 300 tables would otherwise measure and lay out 300
 * texts on every full redraw. Rings and fills are drawn as one path per colour, not per seat.
 */
export function drawSeats(ctx: CanvasRenderingContext2D, scale: number, seats: SeatDraw[], caption?: CaptionDraw | null): void {
  const font = canvasFont();
  const detailed = scale * 0.15 >= TEXT_MIN_PX;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  if (caption && scale * caption.size >= TEXT_MIN_PX) {
    ctx.font = `${caption.bold ? 'bold ' : ''}${caption.size}px ${font}`;
    ctx.fillStyle = '#5a4a32';
    const step = caption.size * 1.15;
    caption.lines.forEach((line, i) => ctx.fillText(line, caption.x, caption.y + (i - (caption.lines.length - 1) / 2) * step));
  }
  const colourOf = (s: SeatDraw) => (s.side ? SIDE_COLOUR[s.side] : '#c9bda5');
  // The chair backs, opposite the way the seated person faces.
  inGroups(
    seats,
    (s) => (s.name ? colourOf(s) : '#d8ccb4'),
    (group, colour) => {
      ctx.beginPath();
      for (const s of group) {
        const back = ((s.facing + 180) * Math.PI) / 180;
        ctx.moveTo(s.x + Math.cos(back - 0.9) * (s.r + 0.05), s.y + Math.sin(back - 0.9) * (s.r + 0.05));
        ctx.arc(s.x, s.y, s.r + 0.05, back - 0.9, back + 0.9);
      }
      ctx.strokeStyle = colour;
      ctx.lineWidth = 0.07;
      ctx.stroke();
    },
  );
  // The seats: filled, then ringed in the side's colour; one path for all seats that look alike.
  inGroups(
    seats,
    (s) => `${colourOf(s)} ${s.name ? 1 : 0}`,
    (group) => {
      const taken = !!group[0]!.name;
      ctx.beginPath();
      for (const s of group) {
        ctx.moveTo(s.x + s.r, s.y);
        ctx.arc(s.x, s.y, s.r, 0, Math.PI * 2);
      }
      ctx.fillStyle = taken ? '#ffffff' : '#f4efe4';
      ctx.fill();
      ctx.strokeStyle = colourOf(group[0]!);
      ctx.lineWidth = taken ? 0.05 : 0.025;
      ctx.stroke();
    },
  );
  drawAffected(ctx, seats);
  for (const s of seats) {
    const colour = colourOf(s);
    // Cheap test first: in a zoomed-out hall of thousands of seats no name is measured.
    const name = s.name && largestName(s.r) * scale >= NAME_MIN_PX ? seatNameAt(s.name, s.r, scale) : null;
    if (name) {
      ctx.font = `bold ${name.size}px ${font}`;
      // A white halo keeps the name legible where it runs over the seat's ring.
      ctx.lineWidth = name.size * 0.3;
      ctx.strokeStyle = '#ffffff';
      ctx.lineJoin = 'round';
      ctx.strokeText(name.text, s.x, s.y + 0.01);
      ctx.fillStyle = colour;
      ctx.fillText(name.text, s.x, s.y + 0.01);
    }
    const place = !s.name && largestPlace(s.r) * scale >= PLACE_MIN_PX ? seatPlaceAt(s.place, s.r, scale) : null;
    if (place) {
      ctx.font = `${place.size}px ${font}`;
      ctx.fillStyle = '#8a7f6a';
      ctx.fillText(place.text, s.x, s.y + 0.01);
    }
    if (!detailed) continue;
    const b = s.r * 0.78;
    // The rank badge goes with the full name; beside a brief one it would cover it.
    if (s.rank !== undefined && s.side && name?.full) {
      ctx.beginPath();
      ctx.arc(s.x + b, s.y - b, s.r * 0.36, 0, Math.PI * 2);
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.font = `bold ${s.r * (String(s.rank).length > 1 ? 0.36 : 0.46)}px sans-serif`;
      ctx.fillStyle = '#ffffff';
      ctx.fillText(String(s.rank), s.x + b, s.y - b + 0.005);
    }
    if (s.locked) drawLock(ctx, s.x - b, s.y - b);
  }
}

/** A dashed ring around every affected seat, one path: seen at any zoom, unlike the names. */
function drawAffected(ctx: CanvasRenderingContext2D, seats: SeatDraw[]): void {
  const marked = seats.filter((s) => s.affected);
  if (marked.length === 0) return;
  ctx.beginPath();
  for (const s of marked) {
    ctx.moveTo(s.x + s.r * 1.35, s.y);
    ctx.arc(s.x, s.y, s.r * 1.35, 0, Math.PI * 2);
  }
  ctx.save();
  ctx.strokeStyle = AFFECTED_COLOUR;
  ctx.lineWidth = marked[0]!.r * 0.22;
  ctx.setLineDash([marked[0]!.r * 0.4, marked[0]!.r * 0.25]);
  ctx.stroke();
  ctx.restore();
}

/** Calls `draw` once per distinct key, with the seats of that key (in their order). */
function inGroups(seats: SeatDraw[], key: (s: SeatDraw) => string, draw: (group: SeatDraw[], key: string) => void): void {
  const groups = new Map<string, SeatDraw[]>();
  for (const s of seats) {
    const k = key(s);
    const group = groups.get(k);
    if (group) group.push(s);
    else groups.set(k, [s]);
  }
  groups.forEach(draw);
}

/** A small padlock (drawn, not an emoji: emoji fonts are not on every office PC). */
function drawLock(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = '#e8a33d';
  ctx.strokeStyle = '#6b4a12';
  ctx.lineWidth = 0.02;
  ctx.beginPath();
  ctx.arc(x, y - 0.03, 0.045, Math.PI, 0);
  ctx.stroke();
  ctx.fillRect(x - 0.07, y - 0.03, 0.14, 0.1);
  ctx.strokeRect(x - 0.07, y - 0.03, 0.14, 0.1);
}
