/** The body of any item kind, drawn in its own frame (see item-frame.ts) by plain canvas calls. */
import type { VenueItem } from '../../../../shared/model/types';
import type { Ctx } from './paint';
import { label, door, reception, rostrum, seatBlock, stage, wall } from './rooms';
import { conferenceTable, longTable, roundTable, talksTable } from './tables';
import type { BodyProps } from './types';
import { car, elevator } from './vehicles';

type Drawers = { [K in VenueItem['kind']]: (ctx: Ctx, props: BodyProps<K>) => void };

const DRAW: Drawers = {
  'round-table': roundTable,
  'long-table': longTable,
  'talks-table': talksTable,
  'conference-table': conferenceTable,
  rostrum,
  'seat-block': seatBlock,
  reception,
  door,
  stage,
  wall,
  label,
  car,
  elevator,
};

export function drawBody(ctx: Ctx, props: BodyProps): void {
  (DRAW[props.item.kind] as (ctx: Ctx, props: BodyProps) => void)(ctx, props);
}
