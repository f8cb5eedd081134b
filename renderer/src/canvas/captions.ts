/** The words drawn with an item (never rotated, so they always read upright), and where. */
import type { VenueItem } from '../../../shared/model/types';
import type { T } from '../i18n';
import { toWorld, type Frame } from './item-frame';
import type { CaptionDraw } from './seat-draw';

export interface Caption {
  text: string;
  /** Position in the item's frame. */
  at: { x: number; y: number };
  size: number;
  bold?: boolean;
}

export function caption(item: VenueItem, frame: Frame, t: T): Caption | null {
  const { x0, x1 } = frame.box;
  switch (item.kind) {
    case 'round-table':
    case 'long-table': {
      const lines = [
        item.number
          ? t('table.number', { n: item.number })
          : t(item.kind === 'round-table' ? 'table.unnumbered' : 'kind.long-table'),
      ];
      if (item.name) lines.push(item.name);
      if (item.main) lines.push(t('canvas.mainTable'));
      const size = item.kind === 'round-table' ? Math.min(0.32, item.diameter * 0.15) : Math.min(0.3, item.width * 0.35);
      return { text: lines.join('\n'), at: { x: 0, y: 0 }, size, bold: true };
    }
    case 'car':
      return {
        text: [item.number ? t('canvas.carNumber', { n: item.number }) : t('kind.car'), t(`car.${item.model}`)].join('\n'),
        at: { x: x0 - 0.55, y: 0 },
        size: 0.28,
        bold: true,
      };
    case 'door':
      return { text: t('canvas.door'), at: { x: -0.55, y: 0 }, size: 0.3 };
    case 'stage':
      return { text: t('kind.stage'), at: { x: 0, y: 0 }, size: 0.4 };
    case 'elevator':
      return { text: t('kind.elevator'), at: { x: x1 + 0.4, y: 0 }, size: 0.28 };
    case 'rostrum':
      return { text: t('kind.rostrum'), at: { x: 1.25, y: 0 }, size: 0.3 };
    case 'talks-table':
    case 'conference-table':
      return { text: t(`kind.${item.kind}`), at: { x: 0, y: 0 }, size: 0.22 };
    default:
      return null;
  }
}

/** The caption as drawn: upright lines about a point relative to the item's origin. */
export function captionDraw(item: VenueItem, frame: Frame, t: T): CaptionDraw | null {
  const c = caption(item, frame, t);
  if (!c) return null;
  const at = toWorld({ x: 0, y: 0 }, frame.rotation, c.at);
  return { lines: c.text.split('\n'), x: at.x, y: at.y, size: c.size, bold: !!c.bold };
}
