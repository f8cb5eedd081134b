/**
 * What the renderer knows about one venue kind, in one place: how its body is painted on the
 * canvas, its caption, its resize handles, its inspector fields and how it is drawn on the
 * printed seating chart. Each kind is one module beside this file; the registry (index.ts) is
 * typed so that a kind lacking a part does not compile. Everything pure about a kind (schema and
 * limits, frame, seats, flags such as `numberedTable`) lives in shared/kinds.
 */
import type { ReactNode } from 'react';
import type { ItemPatch } from '../../../../shared/commands/commands';
import type { Lang, MessageKey } from '../../../../shared/i18n/translate';
import type { Plan, Scene, VenueItem } from '../../../../shared/model/types';
import type { T } from '../../i18n';
import type { Frame } from '../item-frame';
import type { Ctx } from '../shapes/paint';
import type { BodyProps, LocalSeat } from '../shapes/types';

export type ItemKind = VenueItem['kind'];
export type ItemOf<K extends ItemKind> = Extract<VenueItem, { kind: K }>;

/** The words drawn with an item (never rotated, so they always read upright), and where. */
export interface Caption {
  text: string;
  /** Position in the item's frame. */
  at: { x: number; y: number };
  size: number;
  bold?: boolean;
}

/** The Transformer's anchors for a kind, and whether they keep the aspect ratio. */
export interface ResizeSpec {
  anchors: string[];
  keepRatio: boolean;
}

export interface Resize<K extends ItemKind> extends ResizeSpec {
  /** The kind's size fields after a scale of |sx| × |sy| in its own frame, clamped to the schema. */
  patch(item: ItemOf<K>, ax: number, ay: number): ItemPatch;
}

export interface FieldsProps<K extends ItemKind> {
  item: ItemOf<K>;
  t: T;
  commit(patch: ItemPatch): void;
}

/** What an item's details are read from (passed in: kind modules stay free of the app's state). */
export interface DetailsProps<K extends ItemKind> {
  item: ItemOf<K>;
  scene: Scene;
  plan: Plan;
  lang: Lang;
  t: T;
}

/** An item's body on the printed chart: page millimetres, `k` mm per metre. */
export interface ChartBodyProps<K extends ItemKind> {
  item: ItemOf<K>;
  frame: Frame;
  /** The item's origin on the page. */
  at: { x: number; y: number };
  k: number;
  /** The table number and main-table mark the chart shows (from the print data). */
  number: number | undefined;
  main: boolean;
  lang: Lang;
  /** The item's seats in its own frame (metres), for bodies drawn around them: a hall's zones and row numbers. */
  seats: Pick<LocalSeat, 'label' | 'x' | 'y'>[];
}

export interface CanvasKind<K extends ItemKind> {
  /** The body in its own frame (item-frame.ts), by plain canvas calls (shapes/paint.ts). */
  draw(ctx: Ctx, props: BodyProps<K>): void;
  caption(item: ItemOf<K>, frame: Frame, t: T): Caption | null;
  /** Null when the size follows the seat counts: the item only rotates. */
  resize: Resize<K> | null;
  /** The inspector's fields for the kind's own properties (position and rotation are common). */
  Fields(props: FieldsProps<K>): ReactNode;
  chart(props: ChartBodyProps<K>): ReactNode;
  /** The number the printed chart shows on a seat (a meeting hall's seat number); none when absent. */
  seatTag?(item: ItemOf<K>, label: string): string | undefined;
  /** Hit outline on the canvas, and how the chart sets names around it: the circle in its frame box, or the box. */
  outline(item: ItemOf<K>): 'circle' | 'box';
  /** Inspected with nothing selected when it is the scene's only item of its kind (the single table). */
  inspectWhenAlone: boolean;
  /** What the inspector shows below the fields about the item in its scene (an elevator's boarding order). */
  Details?(props: DetailsProps<K>): ReactNode;
  /** The inspector's heading; the command wording (describeItem) when absent. */
  heading?(item: ItemOf<K>, t: T): string;
  /** The rotation field's label, when the rotation means more than a turn (a door's way in). */
  rotationLabel?: MessageKey;
}
