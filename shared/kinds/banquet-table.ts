/**
 * What round and long tables share as banquet tables: the table number fields, their place in
 * the hall's table order (桌次) and the honour order of their seats. The hall order
 * (shared/engine/hall.ts) sits below the kind modules — the round table's seats face the main
 * table — so the banquet-table test lives here, beside the two kinds, not in the registry
 * (test/unit/architecture/kinds.test.ts checks it agrees with each spec's `numberedTable`).
 */
import { z } from 'zod';
import type { TableSpec } from '../engine/table-scheme';
import type { Convention, LongTableItem, RoundTableItem, SceneOptions, VenueItem } from '../model/types';
import { counts, upTo, within } from './fields';
import type { HonourContext } from './types';

export type BanquetTable = RoundTableItem | LongTableItem;

const BANQUET_KINDS: ReadonlySet<string> = new Set<BanquetTable['kind']>(['round-table', 'long-table']);

export function isBanquetTable(item: VenueItem): item is BanquetTable {
  return BANQUET_KINDS.has(item.kind);
}

/** A head table (主宾席) is the main table unless the user marked another one. */
export function claimsMain(table: BanquetTable): boolean {
  return 'head' in table && !!table.head;
}

const TABLE_NUMBER = counts(1, 9999);
const TABLE_TEXT = { name: 100 } as const;

export const numberingFields = {
  number: within(TABLE_NUMBER).optional(),
  numberFixed: z.boolean().optional(),
  name: upTo(TABLE_TEXT.name).optional(),
  main: z.boolean().optional(),
};

/** The spec parts both banquet tables share. */
export const banquetTable = {
  limits: { number: TABLE_NUMBER },
  group: 'banquet',
  ruleOptions: {
    chiefGuestTakesHostSeat: 'any',
    evenRow: 'several',
    tableFacing: 'several',
    keepDelegations: 'several',
  },
  numberedTable: true,
  vehicle: false,
  seatsPeople: true,
  signingTable: false,
  overallOrder: false,
  textLimits: TABLE_TEXT,
} as const;

/** The lint's honour order: P, then the scheme's order with or without the deputy host at O. */
export function tableHonourOrder(item: BanquetTable, scheme: TableSpec, ctx: HonourContext): string[] | undefined {
  const { scene } = ctx;
  if (scene.kind === 'signing') return undefined;
  // As the placer decides: a host at O is the 副主陪 when he holds that role, or when the
  // table has no roles at all (the automatic two-host structure).
  const atO = scene.assignments.find((a) => a.itemId === item.id && a.seat === 'O');
  // Roles count at a table only when their holder sits there (as the placer sees it).
  const roles = scene.roles.filter(
    (r) => r.itemId === item.id && scene.assignments.some((a) => a.itemId === item.id && a.personId === r.personId),
  );
  const deputy =
    !!atO &&
    ctx.sideOf(atO.personId) === 'host' &&
    (roles.length === 0 || roles.some((r) => r.personId === atO.personId && r.role === 'deputy-host'));
  return ['P', ...scheme.order(deputy)];
}

/** The 主陪 sits at P, or at R1 when the chief guest takes his seat. */
export function chiefHostSeat(_item: BanquetTable, _convention: Convention, options: SceneOptions): string {
  return options.chiefGuestTakesHostSeat ? 'R1' : 'P';
}

/** The chief guest sits at R1, or at P when he takes the host's seat. */
export function chiefGuestSeat(_item: BanquetTable, _convention: Convention, options: SceneOptions): string {
  return options.chiefGuestTakesHostSeat ? 'P' : 'R1';
}
