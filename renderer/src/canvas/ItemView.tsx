/**
 * One item being edited (selected), as Konva nodes of its own: a group at the item's position
 * holding the body (in its own rotated frame), then an upright caption and all seats. The rest of
 * the hall is one shape (hall-draw.ts); both draw with the same code. Seats are placed where the
 * engine's seatGeometry says; the renderer never computes a seat itself. Caption and seats are
 * drawn by one shape, named `seats`, which keeps the caption as an attribute so a rotation
 * preview (live-seats.ts) can turn it with the body.
 */
import { memo } from 'react';
import { Group, Shape } from 'react-konva';
import type { VenueItem } from '../../../shared/model/types';
import type { Frame } from './item-frame';
import { seatsSceneFunc, type CaptionDraw, type SeatDraw } from './seat-draw';
import { drawBody } from './shapes/body';
import { boxRect } from './shapes/common';
import type { LocalSeat } from './shapes/types';

export interface ItemViewProps {
  item: VenueItem;
  frame: Frame;
  local: LocalSeat[];
  seats: SeatDraw[];
  caption: CaptionDraw | null;
}

export const ItemView = memo(function ItemView({ item, frame, local, seats, caption }: ItemViewProps) {
  return (
    <Group id={item.id} name="item" x={item.x} y={item.y}>
      <Group name="body" rotation={frame.rotation}>
        {/* Its own rectangle is the frame box: what the transformer frames and scales. */}
        <Shape
          sceneFunc={(ctx) => drawBody(ctx._context, { item, frame, selected: true, seats: local })}
          selfRectFunc={() => boxRect(frame.box)}
        />
      </Group>
      {seats.length > 0 || caption ? <Shape name="seats" caption={caption} sceneFunc={seatsSceneFunc(seats, caption)} /> : null}
    </Group>
  );
});
