/**
 * The registry of venue item kinds: one spec per kind, typed so that a kind missing from the
 * registry, or a spec missing a part, fails to compile. Ask the registry (`kindOf(item)`), never
 * `item.kind === '…'` outside shared/kinds (test/unit/architecture/kind-dispatch.test.ts).
 */
import type { z } from 'zod';
import type { IdMaker } from '../model/ids';
import type { CarItem, ItemKind, Scene, SceneOptions, VenueItem } from '../model/types';
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
import { talksTable } from './talks-table';
import type { At, ItemFields, ItemOf, KindSpec } from './types';
import { wall } from './wall';

const SPECS = {
  'round-table': roundTable,
  'long-table': longTable,
  rostrum,
  'seat-block': seatBlock,
  'meeting-hall': meetingHall,
  reception,
  'talks-table': talksTable,
  'conference-table': conferenceTable,
  car,
  elevator,
  door,
  stage,
  wall,
  pillar,
  label,
} satisfies { readonly [K in ItemKind]: KindSpec<K> };

export const KINDS: { readonly [K in ItemKind]: KindSpec<K> } = SPECS;

/** Compile-time proof that every kind's schema parses to exactly its item type, both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemasAgree = { [K in ItemKind]: Same<z.output<(typeof SPECS)[K]['schema']>, ItemOf<K>> }[ItemKind];
const schemasAgree: SchemasAgree = true;
void schemasAgree;

/** The item schemas with their precise types, for the discriminated union in shared/model/schema.ts. */
export const ITEM_SCHEMAS = Object.values(SPECS).map((spec) => spec.schema);

/** Every kind, in the registry's (and the schema union's) order. */
export const KIND_LIST: readonly KindSpec<ItemKind>[] = Object.values(KINDS);

export function kindOf<K extends ItemKind>(item: { kind: K }): KindSpec<K> {
  return KINDS[item.kind];
}

/** A kind read from stored data (a change log keeps it as text): undefined when unknown. */
export function findKind(kind: string | undefined): KindSpec<ItemKind> | undefined {
  return kind !== undefined && Object.hasOwn(KINDS, kind) ? KINDS[kind as ItemKind] : undefined;
}

/** A new item of a kind with that kind's defaults. */
export function createItem<K extends ItemKind>(kind: K, makeId: IdMaker, at: At, fields?: ItemFields<K>): VenueItem {
  return KINDS[kind].create(makeId, at, fields);
}

export function isVehicle(item: VenueItem): item is CarItem {
  return kindOf(item).vehicle;
}

/** A long or talks table in a signing scene is the signing table (签字桌). */
export function isSigningTable(item: VenueItem, scene: Pick<Scene, 'kind'>): boolean {
  return scene.kind === 'signing' && kindOf(item).signingTable;
}

/**
 * The rule options that decide a seat for these items (the editor shows only these): an option
 * applies once one item lists it as `any`, or once more than one item lists it at all.
 */
export function optionsThatApply(items: readonly VenueItem[]): Set<keyof SceneOptions> {
  const listing = new Map<keyof SceneOptions, { items: number; any: boolean }>();
  for (const item of items)
    for (const [key, when] of Object.entries(kindOf(item).ruleOptions) as [keyof SceneOptions, 'any' | 'several'][]) {
      const seen = listing.get(key) ?? { items: 0, any: false };
      listing.set(key, { items: seen.items + 1, any: seen.any || when === 'any' });
    }
  return new Set([...listing].filter(([, l]) => l.any || l.items > 1).map(([key]) => key));
}

export type { At, GroupKey, HonourContext, ItemFields, ItemOf, KindSpec, RuleOptions, SeatName } from './types';
