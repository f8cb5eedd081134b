/**
 * Draws all seats of one item in a single Konva shape (one node instead of five per seat: a
 * hall of 3,000 seats stays light). Text and badges are left out when they would be too small
 * to read at the current zoom, which also keeps a zoomed-out hall cheap to draw. Names follow
 * seat-name.ts: the full name from 12 px, a brief form from 9 px, nothing below.
 */
import type Konva from 'konva';
import type { Side } from '../../../shared/model/types';
import { NAME_MIN_PX, fitFont, largestName, seatNameAt } from './seat-name';

export const SIDE_COLOUR: Record<Side, string> = { guest: '#b3261e', host: '#1d4f91', staff: '#5f6368' };

export interface SeatDraw {
  label: string;
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
}

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

/**
 * Draws an item's caption and seats. Plain canvas calls instead of Konva Text nodes: a hall of
 * 300 tables would otherwise measure and lay out 300 texts on every full redraw.
 */
export function drawSeats(context: Konva.Context, shape: Konva.Shape, seats: SeatDraw[], caption?: CaptionDraw | null): void {
  const ctx = context._context;
  // Screen pixels per metre: the canvas transform, less the device pixel ratio.
  const m = ctx.getTransform();
  const scale = Math.hypot(m.a, m.b) / (shape.getLayer()?.getCanvas().getPixelRatio() ?? 1);
  const detailed = scale * 0.15 >= TEXT_MIN_PX;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  if (caption && scale * caption.size >= TEXT_MIN_PX) {
    ctx.font = `${caption.bold ? 'bold ' : ''}${caption.size}px "Noto Sans SC", "Noto Sans CJK SC", sans-serif`;
    ctx.fillStyle = '#5a4a32';
    const step = caption.size * 1.15;
    caption.lines.forEach((line, i) => ctx.fillText(line, caption.x, caption.y + (i - (caption.lines.length - 1) / 2) * step));
  }
  for (const s of seats) {
    const colour = s.side ? SIDE_COLOUR[s.side] : '#c9bda5';
    // The chair back, opposite the way the seated person faces.
    const back = ((s.facing + 180) * Math.PI) / 180;
    ctx.beginPath();
    ctx.arc(s.x, s.y, s.r + 0.05, back - 0.9, back + 0.9);
    ctx.strokeStyle = s.name ? colour : '#d8ccb4';
    ctx.lineWidth = 0.07;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(s.x, s.y, s.r, 0, Math.PI * 2);
    ctx.fillStyle = s.name ? '#ffffff' : '#f4efe4';
    ctx.fill();
    ctx.lineWidth = s.name ? 0.05 : 0.025;
    ctx.strokeStyle = colour;
    ctx.stroke();
    // Cheap test first: in a zoomed-out hall of thousands of seats no name is measured.
    const name = s.name && largestName(s.r) * scale >= NAME_MIN_PX ? seatNameAt(s.name, s.r, scale) : null;
    if (name) {
      ctx.font = `bold ${name.size}px "Noto Sans SC", "Noto Sans CJK SC", sans-serif`;
      // A white halo keeps the name legible where it runs over the seat's ring.
      ctx.lineWidth = name.size * 0.3;
      ctx.strokeStyle = '#ffffff';
      ctx.lineJoin = 'round';
      ctx.strokeText(name.text, s.x, s.y + 0.01);
      ctx.fillStyle = colour;
      ctx.fillText(name.text, s.x, s.y + 0.01);
    }
    if (!detailed) continue;
    if (!s.name) {
      const size = fitFont(s.label, s.r * 2.15, s.r * 0.5);
      ctx.font = `${size}px "Noto Sans SC", "Noto Sans CJK SC", sans-serif`;
      ctx.fillStyle = '#8a7f6a';
      ctx.fillText(s.label, s.x, s.y + 0.01);
    }
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
