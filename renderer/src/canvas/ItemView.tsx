/**
 * One venue item on the canvas: a group at the item's position holding the body (in its own
 * rotated frame), an upright caption, and all seats in one shape. Seats are placed where the
 * engine's seatGeometry says; the renderer never computes a seat itself.
 */
import { memo } from 'react';
import { Group, Shape, Text } from 'react-konva';
import type { VenueItem } from '../../../shared/model/types';
import type { Caption } from './captions';
import type { Frame } from './item-frame';
import { toWorld } from './item-frame';
import { drawSeats, type SeatDraw } from './seat-draw';
import { Body } from './shapes/Body';
import { TEXT } from './shapes/common';
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
  const lines = caption ? caption.text.split('\n').length : 0;
  return (
    <Group id={item.id} name="item" x={item.x} y={item.y}>
      <Group name="body" rotation={frame.rotation}>
        <Body item={item} frame={frame} selected={selected} seats={local} />
      </Group>
      {caption && at ? (
        <Text
          text={caption.text}
          x={at.x - 2}
          y={at.y - (lines * caption.size * 1.15) / 2}
          width={4}
          align="center"
          lineHeight={1.15}
          fontSize={caption.size}
          fontStyle={caption.bold ? 'bold' : 'normal'}
          fill={TEXT}
          listening={false}
          perfectDrawEnabled={false}
        />
      ) : null}
      {seats.length > 0 ? (
        <Shape listening={false} perfectDrawEnabled={false} sceneFunc={(ctx, shape) => drawSeats(ctx, shape, seats)} />
      ) : null}
    </Group>
  );
});
