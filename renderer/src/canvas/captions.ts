/** An item's caption (its kind's words, kinds/*.tsx) as drawn: upright, so it always reads level. */
import type { VenueItem } from '../../../shared/model/types';
import type { T } from '../i18n';
import { toWorld, type Frame } from './item-frame';
import { canvasKind } from './kinds';
import type { CaptionDraw } from './seat-draw';

/** The caption's lines about a point relative to the item's origin; null for kinds without one. */
export function captionDraw(item: VenueItem, frame: Frame, t: T): CaptionDraw | null {
  const c = canvasKind(item).caption(item, frame, t);
  if (!c) return null;
  const at = toWorld({ x: 0, y: 0 }, frame.rotation, c.at);
  return { lines: c.text.split('\n'), x: at.x, y: at.y, size: c.size, bold: !!c.bold };
}
