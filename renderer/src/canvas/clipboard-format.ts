/** The clipboard payload's tag and what reading the clipboard can find (clipboard.ts). */
import type { VenueItem } from '../../../shared/model/types';

/** The tag that tells our payload from any other text on the clipboard. */
export const CLIPBOARD_FORMAT = 'zuoci/items';

export type ClipRead = { kind: 'items'; items: VenueItem[] } | { kind: 'malformed'; problem: string } | { kind: 'foreign' };
