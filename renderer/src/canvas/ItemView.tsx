/**
 * One venue item on the canvas: a group at the item's position holding the body (in its own
 * rotated frame), then an upright caption and all seats. Seats are placed where the
 * engine's seatGeometry says; the renderer never computes a seat itself. Caption and seats are
 * drawn by one shape (seat-draw.ts), named `seats`, which keeps the caption as an attribute so a
 * rotation preview (live-seats.ts) can turn it with the body.
 */
import { memo } from 'react';
import { Group, Shape } from 'react-konva';
import type { VenueItem } from '../../../shared/model/types';
import type { Caption } from './captions';
import type { Frame } from './item-frame';
import { toWorld } from './item-frame';
import { drawSeats, type CaptionDraw, type SeatDraw } from './seat-draw';
import { Body } from './shapes/Body';
import type { LocalSeat } from './shapes/types';

export interface ItemViewProps {
  item: VenueItem;
  frame: Frame;
  selected: boolean;
  local: LocalSeat[];
  seats: SeatDraw[];
  caption: Caption | null;
}

export const ItemView = memo(function ItemView({ item, frame, selected, local, seats, caption }: ItemViewProps) {
  const at = caption ? toWorld({ x: 0, y: 0 }, frame.rotation, caption.at) : null;
  const overlay: CaptionDraw | null =
    caption && at ? { lines: caption.text.split('\n'), x: at.x, y: at.y, size: caption.size, bold: !!caption.bold } : null;
  return (
    <Group id={item.id} name="item" x={item.x} y={item.y}>
      <Group name="body" rotation={frame.rotation}>
        <Body item={item} frame={frame} selected={selected} seats={local} />
      </Group>
      {seats.length > 0 || overlay ? (
        <Shape
          name="seats"
          caption={overlay}
          listening={false}
          perfectDrawEnabled={false}
          sceneFunc={(ctx, shape) => drawSeats(ctx, shape, seats, overlay)}
        />
      ) : null}
    </Group>
  );
});
