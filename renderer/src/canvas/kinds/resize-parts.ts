/**
 * The Transformer anchors kinds choose from, and the rule for turning a handle's scale into a size
 * field: sizes snap to 5 cm (tables and stages are ordered in such steps) within the schema's limits.
 */
import type { Limit } from '../../../../shared/kinds/fields';

export const ALL_ANCHORS = [
  'top-left',
  'top-center',
  'top-right',
  'middle-right',
  'middle-left',
  'bottom-left',
  'bottom-center',
  'bottom-right',
];
export const CORNER_ANCHORS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

/** `size` scaled by `scale`, clamped to the field's limits (its kind's, in shared/kinds) and snapped to 5 cm. */
export function scaledSize(size: number, scale: number, { min, max }: Limit): number {
  return Math.round(Math.min(max, Math.max(min, size * scale)) * 20) / 20;
}
