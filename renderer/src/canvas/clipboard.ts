/**
 * Copy and paste of venue items. Copy writes a JSON payload tagged as Zuoci items to the system
 * clipboard, so items survive a reload and paste into another window or plan; the same items
 * are kept in the renderer too, the fallback when the clipboard API is missing or denied.
 * A payload read back is validated with the plan's own item schema before anything is added:
 * a malformed one is refused with a message naming the first problem, never half-pasted.
 * Pasted items get new ids and a small offset; seat assignments are not copied (people belong
 * to their plan).
 */
import { newId } from '../../../shared/model/ids';
import type { VenueItem } from '../../../shared/model/types';
import { CLIPBOARD_FORMAT, type ClipRead } from './clipboard-format';

export { CLIPBOARD_FORMAT } from './clipboard-format';
const READ_TIMEOUT_MS = 1500;

let clip: VenueItem[] = [];
/** The clipboard text of the items in `clip`: the same text again continues the paste offsets. */
let clipText = '';
let pastes = 0;
/** The last copy never reached the system clipboard (no API, or denied): only this window has it. */
let sessionOnly = false;

export function clipboardText(items: VenueItem[]): string {
  return JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, items });
}

export async function copyItems(items: VenueItem[]): Promise<void> {
  clip = structuredClone(items);
  clipText = clipboardText(items);
  pastes = 0;
  try {
    await navigator.clipboard.writeText(clipText);
    sessionOnly = false;
  } catch {
    // No clipboard API, or permission denied: the session copy serves this window.
    sessionOnly = true;
  }
}

/** Whether 粘贴 is worth offering: a session copy, or a system clipboard that may hold one. */
export function hasClipboard(): boolean {
  return clip.length > 0 || typeof navigator.clipboard?.readText === 'function';
}

/**
 * What a paste would add: the system clipboard's items if it holds ours, else the session copy
 * when the system clipboard cannot be read or never got our copy.
 */
export async function readClipboard(): Promise<ClipRead> {
  let text: string | null;
  try {
    // A permission prompt nobody answers must not hold the paste forever.
    text = await Promise.race([
      navigator.clipboard.readText(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), READ_TIMEOUT_MS)),
    ]);
  } catch {
    text = null;
  }
  // The validator (zod and the plan schema) is loaded on the first paste, not with the editor.
  const read: ClipRead = text === null ? { kind: 'foreign' } : (await import('./clipboard-payload')).parseClipboard(text);
  if (read.kind === 'items' && text !== clipText) {
    // Copied elsewhere (another window, before a reload): a new copy, offsets start again.
    clip = read.items;
    clipText = text!;
    pastes = 0;
    sessionOnly = false;
  }
  if (read.kind !== 'foreign') return read;
  // Other text on a working clipboard is newer than our copy, unless our copy never got there.
  if ((text === null || sessionOnly) && clip.length) return { kind: 'items', items: clip };
  return read;
}

/** Fresh copies of the items, each paste a further 0.5 m down and to the right. */
export function pasteItems(items: VenueItem[], at?: { x: number; y: number }): VenueItem[] {
  pastes += 1;
  const cx = items.reduce((s, i) => s + i.x, 0) / Math.max(1, items.length);
  const cy = items.reduce((s, i) => s + i.y, 0) / Math.max(1, items.length);
  const dx = at ? at.x - cx : 0.5 * pastes;
  const dy = at ? at.y - cy : 0.5 * pastes;
  return items.map((i) => ({ ...structuredClone(i), id: newId('item'), x: round(i.x + dx), y: round(i.y + dy) }));
}

/** Copies for 复制一份 (duplicate), without touching the clipboard. */
export function duplicates(items: VenueItem[]): VenueItem[] {
  return items.map((i) => ({ ...structuredClone(i), id: newId('item'), x: round(i.x + 0.5), y: round(i.y + 0.5) }));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
