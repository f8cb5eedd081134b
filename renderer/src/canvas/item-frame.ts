/**
 * The canvas reads item bodies and bounds from shared/kinds (each kind's `frame`), where print
 * and the engine's tests read them too; this adapter keeps the canvas's imports in one place.
 */
export {
  contains,
  LABEL_FONT,
  normBox,
  toLocal,
  toWorld,
  union,
  worldBox,
  type Box,
  type Frame,
} from '../../../shared/kinds/box';
export { itemBounds, itemFrame, seatRadius } from '../../../shared/kinds/frame';
