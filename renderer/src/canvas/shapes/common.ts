/** Colours and line weights shared by the item shapes (metres). */
export const INK = '#8a7350';
export const INK_SELECTED = '#e8a33d';
export const TABLE_FILL = '#fffaf0';
export const TEXT = '#5a4a32';

export function stroke(selected: boolean, weight = 0.04) {
  return { stroke: selected ? INK_SELECTED : INK, strokeWidth: selected ? weight * 2 : weight };
}

/** Shapes that are only drawn, never hit (hits come from the item's outline). */
export const DECOR = { listening: false, perfectDrawEnabled: false } as const;
