/**
 * The registry of venue kinds as the renderer draws and edits them. Typed over every item kind
 * of the document, so a new kind without its module — or a module lacking a part — fails to
 * compile. The rest of the renderer looks kinds up here instead of testing `item.kind`.
 */
import type { VenueItem } from '../../../../shared/model/types';
import { car } from './car';
import { conferenceTable } from './conference-table';
import { door } from './door';
import { elevator } from './elevator';
import { label } from './label';
import { longTable } from './long-table';
import { meetingHall } from './meeting-hall';
import { pillar } from './pillar';
import { reception } from './reception';
import { rostrum } from './rostrum';
import { roundTable } from './round-table';
import { seatBlock } from './seat-block';
import { stage } from './stage';
import type { CanvasKind, ItemKind } from './types';
import { talksTable } from './talks-table';
import { wall } from './wall';

export const CANVAS_KINDS: { [K in ItemKind]: CanvasKind<K> } = {
  'round-table': roundTable,
  'long-table': longTable,
  'talks-table': talksTable,
  'conference-table': conferenceTable,
  rostrum,
  'seat-block': seatBlock,
  'meeting-hall': meetingHall,
  reception,
  door,
  stage,
  wall,
  pillar,
  label,
  car,
  elevator,
};

/**
 * The module of an item's kind, typed for that item. TypeScript cannot correlate a union item
 * with the entry its own kind picks, so the lookup is widened once here rather than at every use.
 */
export function canvasKind<I extends VenueItem>(item: I): CanvasKind<I['kind']> {
  return CANVAS_KINDS[item.kind as ItemKind] as unknown as CanvasKind<I['kind']>;
}
