/**
 * What one venue item kind is, in one place: a `KindSpec` per kind (`shared/kinds/<kind>.ts`),
 * collected in the registry (`index.ts`). Everything the app asks about a kind — its fields and
 * limits, a new item's defaults, where its seats are and what they are called, its body on the
 * canvas, how the engine seats it and in which group — is answered by its spec, never by a
 * `switch` on `item.kind` elsewhere (test/unit/architecture/kind-dispatch.test.ts).
 */
import type { z } from 'zod';
import type { TableSpec } from '../engine/table-scheme';
import type { EP, ItemJob, ItemOutcome, SeatGeom } from '../engine/types';
import type { MessageKey, Params } from '../i18n/translate';
import type { IdMaker } from '../model/ids';
import type { Convention, ItemKind, Scene, SceneOptions, VenueItem } from '../model/types';
import { SEAT_RADIUS, type Frame } from './box';
import type { Limit } from './fields';

export type ItemOf<K extends ItemKind> = Extract<VenueItem, { kind: K }>;

/** An item's own fields: what a maker may set beside the id and the kind. */
export type ItemFields<K extends ItemKind> = Partial<Omit<ItemOf<K>, 'id' | 'kind'>>;

/** Where a new item goes; without a rotation it takes its kind's usual one. */
export interface At {
  x: number;
  y: number;
  rotation?: number;
}

/** The groups of a scene, placed most formal first (shared/engine/scene.ts). */
export type GroupKey = 'rostrum' | 'reception' | 'talks' | 'conference' | 'banquet' | 'car' | 'elevator' | 'audience';

/**
 * The rule options (RULES.md) that decide a seat of a kind, and when: `any` = as soon as the scene
 * holds one item listing the option, `several` = only with more than one of them (the order of
 * several banquet tables, the lead car of a motorcade). The editor shows only these options.
 */
export type RuleOptions = { readonly [O in keyof SceneOptions]?: 'any' | 'several' };

/** A seat's name in words: a message key and its parameters, rendered by the translation layer. */
export interface SeatName {
  key: MessageKey;
  params?: Params;
}

/** What the lint needs to rank the seats of an item as they stand. */
export interface HonourContext {
  scene: Scene;
  convention: Convention;
  options: SceneOptions;
  /** How many people are assigned to the item. */
  riders: number;
  sideOf: (personId: string) => EP['side'] | undefined;
}

export interface KindSpec<K extends ItemKind> {
  kind: K;
  /**
   * The item's fields and their limits; shared/model/schema.ts composes the union from these.
   * The registry (index.ts) proves each parses to exactly `ItemOf<K>`, so no field is dropped.
   */
  schema: z.ZodType;
  /** The limits of its number fields (for rows of counts, each entry's), as the schema enforces them. */
  limits: { readonly [F in keyof ItemOf<K>]?: Limit };
  /** The most characters of each of its text fields, as the schema enforces them; absent = none. */
  textLimits?: { readonly [F in keyof ItemOf<K>]?: number };
  /** A new item at a point: the kind's defaults, any given fields over them. */
  create(makeId: IdMaker, at: At, fields?: ItemFields<K>): ItemOf<K>;
  /** Seats in world coordinates (facing not yet normalised; shared/engine/seats.ts does that). */
  seatGeometry(item: ItemOf<K>, scene: Scene): SeatGeom[];
  /**
   * The words for one of its seat labels; undefined = shown as the label itself. `item`, when the
   * caller has it, lets a seat's words depend on the item's fields (a hall's 单双号 numbering).
   */
  seatName(label: string, item?: ItemOf<K>): SeatName | undefined;
  /** The body on the canvas and in print: rotation and box around the item's origin. */
  frame(item: ItemOf<K>, scene: Scene, seats: SeatGeom[]): Frame;
  /** Seats are drawn as large as their spacing allows (metres). */
  seatRadius: number;
  /** The engine's group for this kind; absent = the engine does not seat it. */
  group?: GroupKey;
  /** Its own placer; absent where the group places all its items together (banquet hall). */
  place?(job: ItemJob, item: ItemOf<K>): ItemOutcome;
  /** Banquet tables: the seat scheme the hall fill and the lint read (labels, O seat, order). */
  tableScheme?(item: ItemOf<K>): TableSpec;
  /** The seats in honour order as the lint checks them; absent = no single order. */
  honourOrder?(item: ItemOf<K>, ctx: HonourContext): string[] | undefined;
  /** The guest principal's seat, which a host-side person should not take. */
  guestPrincipalSeat?(item: ItemOf<K>, convention: Convention, options: SceneOptions): string | undefined;
  /** The host principal's seat, which staff and interpreters should not take (with the guest principal's). */
  hostPrincipalSeat?(item: ItemOf<K>, convention: Convention, options: SceneOptions): string | undefined;
  /** Whether a seat takes a passenger (counts toward capacity); absent = every seat does. A chauffeur's does not. */
  passengerSeat?(item: ItemOf<K>, label: string): boolean;
  /** The front seat that is staff's top seat when others ride along (随员座). */
  aideSeat?(item: ItemOf<K>): string | undefined;
  /** The seat count western cross-seating alternates around, where it applies. */
  westernSeats?(item: ItemOf<K>): number;
  /** Audience seats: the floor they are on; a higher floor ranks below every seat of the floor below (RULES §9). */
  audienceFloor?(item: ItemOf<K>): number;
  /** A table that takes a number in the hall's table order (桌次). */
  numberedTable: boolean;
  /** A vehicle, numbered in the motorcade. */
  vehicle: boolean;
  /** The rule options that decide its seats; none for a kind no option changes. */
  ruleOptions: RuleOptions;
  /** It has seats for people (door, stage, wall and label do not). */
  seatsPeople: boolean;
  /** In a signing scene this kind is the signing table. */
  signingTable: boolean;
  /** Its seats rank everyone in one precedence, both sides together (rostrum, audience, conference). */
  overallOrder: boolean;
}

/** The flags a kind without seats has: spread into door, stage, wall and label. */
export const NO_SEATS = {
  seatGeometry: () => [],
  seatRadius: SEAT_RADIUS,
  ruleOptions: {},
  numberedTable: false,
  vehicle: false,
  seatsPeople: false,
  signingTable: false,
  overallOrder: false,
} as const;
