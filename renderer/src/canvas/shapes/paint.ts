/**
 * The few drawing primitives item bodies are made of, as plain canvas calls in metres. Bodies
 * are drawn by code rather than as Konva nodes so a hall of 300 tables is one shape to build and
 * draw (see hall-draw.ts); an item being edited draws the same way inside its own node.
 */
export type Ctx = CanvasRenderingContext2D;

export interface Ink {
  fill?: string;
  stroke?: string;
  width?: number;
  dash?: number[];
}

function paint(ctx: Ctx, ink: Ink): void {
  if (ink.fill) {
    ctx.fillStyle = ink.fill;
    ctx.fill();
  }
  if (ink.stroke && ink.width) {
    ctx.strokeStyle = ink.stroke;
    ctx.lineWidth = ink.width;
    ctx.setLineDash(ink.dash ?? []);
    ctx.stroke();
    if (ink.dash) ctx.setLineDash([]);
  }
}

export function rect(ctx: Ctx, x: number, y: number, w: number, h: number, ink: Ink, radius = 0): void {
  ctx.beginPath();
  if (radius > 0) ctx.roundRect(x, y, w, h, Math.min(radius, w / 2, h / 2));
  else ctx.rect(x, y, w, h);
  paint(ctx, ink);
}

/** A rectangle over a body's frame box (item-frame.ts). */
export function frameRect(ctx: Ctx, box: { x0: number; y0: number; x1: number; y1: number }, ink: Ink, radius = 0): void {
  rect(ctx, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0, ink, radius);
}

export function circle(ctx: Ctx, x: number, y: number, r: number, ink: Ink): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  paint(ctx, ink);
}

/** An open polyline through [x0, y0, x1, y1, …]. */
export function line(ctx: Ctx, points: number[], ink: Ink): void {
  ctx.beginPath();
  ctx.moveTo(points[0]!, points[1]!);
  for (let i = 2; i < points.length; i += 2) ctx.lineTo(points[i]!, points[i + 1]!);
  paint(ctx, { ...ink, fill: undefined });
}

/** A quarter arc from the +x axis towards +y (screen clockwise), centred at (x, y). */
export function quarterArc(ctx: Ctx, x: number, y: number, r: number, ink: Ink): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI / 2);
  paint(ctx, ink);
}

/** A straight arrow from (x0, y0) to (x1, y1) with a filled head. */
export function arrow(
  ctx: Ctx,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  colour: string,
  width: number,
  head: number,
): void {
  const a = Math.atan2(y1 - y0, x1 - x0);
  const bx = x1 - Math.cos(a) * head;
  const by = y1 - Math.sin(a) * head;
  line(ctx, [x0, y0, bx, by], { stroke: colour, width });
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(bx + Math.sin(a) * head * 0.55, by - Math.cos(a) * head * 0.55);
  ctx.lineTo(bx - Math.sin(a) * head * 0.55, by + Math.cos(a) * head * 0.55);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
}

const CJK = '"Noto Sans SC", "Noto Sans CJK SC"';
/**
 * The canvas font stack, by the document's language as the page's own (styles.css): in English a
 * Latin face comes first, so quotes and apostrophes in captions keep their Latin width; Chinese
 * names fall through to the CJK faces either way. Read at draw time: the hall redraws on a
 * language switch because its captions change.
 */
export function canvasFont(lang = typeof document === 'undefined' ? 'zh' : document.documentElement.lang): string {
  return lang === 'en' ? `Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", ${CJK}, sans-serif` : `${CJK}, sans-serif`;
}

/** One line of text centred on (x, y), `size` metres high, optionally turned by `rotation` radians. */
export function text(ctx: Ctx, s: string, x: number, y: number, size: number, colour: string, rotation = 0): void {
  ctx.save();
  ctx.translate(x, y);
  if (rotation) ctx.rotate(rotation);
  ctx.font = `${size}px ${canvasFont()}`;
  ctx.fillStyle = colour;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(s, 0, 0);
  ctx.restore();
}
