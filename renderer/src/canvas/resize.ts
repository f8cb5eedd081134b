/**
 * What a resize handle means for each kind: the Transformer scales the body in its own frame
 * (x along the item's rotation); the scale becomes the kind's size fields, clamped to what the
 * document schema accepts. Kinds whose size follows their seat counts only rotate.
 */
import type { ItemPatch } from '../../../shared/commands/commands';
import type { VenueItem } from '../../../shared/model/types';

export interface ResizeSpec {
  anchors: string[];
  keepRatio: boolean;
}

const ALL = [
  'top-left',
  'top-center',
  'top-right',
  'middle-right',
  'middle-left',
  'bottom-left',
  'bottom-center',
  'bottom-right',
];
const CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

export function resizeSpec(item: VenueItem): ResizeSpec | null {
  switch (item.kind) {
    case 'round-table':
      return { anchors: CORNERS, keepRatio: true };
    case 'long-table':
    case 'stage':
      return { anchors: ALL, keepRatio: false };
    case 'wall':
      return { anchors: ['middle-left', 'middle-right'], keepRatio: false };
    case 'door':
      return { anchors: ['top-center', 'bottom-center'], keepRatio: false };
    default:
      return null;
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** Sizes snap to 5 cm: tables and stages are ordered in such steps. */
const cm5 = (v: number) => Math.round(v * 20) / 20;

export function resizePatch(item: VenueItem, sx: number, sy: number): ItemPatch {
  const ax = Math.abs(sx);
  const ay = Math.abs(sy);
  switch (item.kind) {
    case 'round-table':
      return { diameter: cm5(clamp(item.diameter * Math.max(ax, ay), 0.6, 6)) };
    case 'long-table':
      return { length: cm5(clamp(item.length * ax, 0.6, 30)), width: cm5(clamp(item.width * ay, 0.4, 5)) };
    case 'stage':
      return { depth: cm5(clamp(item.depth * ax, 0.5, 50)), width: cm5(clamp(item.width * ay, 0.5, 100)) };
    case 'wall':
      return { length: cm5(clamp(item.length * ax, 0.1, 500)) };
    case 'door':
      return { width: cm5(clamp(item.width * ay, 0.5, 10)) };
    default:
      return {};
  }
}
