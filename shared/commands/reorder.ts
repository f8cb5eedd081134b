/** Z-order of a scene's items (canvas issue): the item list is drawn first to last. */
import type { VenueItem } from '../model/types';

export type ReorderTarget = 'front' | 'back' | 'forward' | 'backward';

/**
 * Moves the chosen items to the front or back of the drawing order, or one step past their
 * nearest unchosen neighbour; the chosen items keep their order among themselves.
 * Unknown ids are reported by the caller (commands.ts) before this runs.
 */
export function reorderItems(items: VenueItem[], ids: Set<string>, to: ReorderTarget): VenueItem[] {
  const chosen = items.filter((i) => ids.has(i.id));
  const others = items.filter((i) => !ids.has(i.id));
  if (to === 'front') return [...others, ...chosen];
  if (to === 'back') return [...chosen, ...others];
  const out = [...items];
  if (to === 'forward') {
    for (let i = out.length - 2; i >= 0; i--) {
      if (ids.has(out[i]!.id) && !ids.has(out[i + 1]!.id)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
    }
  } else {
    for (let i = 1; i < out.length; i++) {
      if (ids.has(out[i]!.id) && !ids.has(out[i - 1]!.id)) [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
    }
  }
  return out;
}
