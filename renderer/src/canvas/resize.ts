/**
 * What a resize handle means for an item: the Transformer scales the body in its own frame
 * (x along the item's rotation); the kind turns the scale into its size fields, clamped to what
 * the document schema accepts (kinds/*.tsx). Kinds whose size follows their seat counts only rotate.
 */
import type { ItemPatch } from '../../../shared/commands/commands';
import type { VenueItem } from '../../../shared/model/types';
import { canvasKind } from './kinds';
import type { ResizeSpec } from './kinds/types';

export function resizeSpec(item: VenueItem): ResizeSpec | null {
  const resize = canvasKind(item).resize;
  return resize ? { anchors: resize.anchors, keepRatio: resize.keepRatio } : null;
}

export function resizePatch(item: VenueItem, sx: number, sy: number): ItemPatch {
  return canvasKind(item).resize?.patch(item, Math.abs(sx), Math.abs(sy)) ?? {};
}
