/**
 * Copy and paste of venue items. The clipboard lives in the renderer for the whole session, so
 * items copied in one plan paste into another. Pasted items get new ids and a small offset;
 * seat assignments are not copied (people belong to their plan).
 */
import { newId } from '../../../shared/model/ids';
import type { VenueItem } from '../../../shared/model/types';

let clip: VenueItem[] = [];
let pastes = 0;

export function copyItems(items: VenueItem[]): void {
  clip = structuredClone(items);
  pastes = 0;
}

export function hasClipboard(): boolean {
  return clip.length > 0;
}

/** Fresh copies of the clipboard, each paste a further 0.5 m down and to the right. */
export function pasteItems(at?: { x: number; y: number }): VenueItem[] {
  pastes += 1;
  const cx = clip.reduce((s, i) => s + i.x, 0) / Math.max(1, clip.length);
  const cy = clip.reduce((s, i) => s + i.y, 0) / Math.max(1, clip.length);
  const dx = at ? at.x - cx : 0.5 * pastes;
  const dy = at ? at.y - cy : 0.5 * pastes;
  return clip.map((i) => ({ ...structuredClone(i), id: newId('item'), x: round(i.x + dx), y: round(i.y + dy) }));
}

/** Copies for 复制一份 (duplicate), without touching the clipboard. */
export function duplicates(items: VenueItem[]): VenueItem[] {
  return items.map((i) => ({ ...structuredClone(i), id: newId('item'), x: round(i.x + 0.5), y: round(i.y + 0.5) }));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
