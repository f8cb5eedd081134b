/**
 * Filling a banquet hall (RULES.md §2.5): the top ranks go to table No. 1 and so on down the table
 * order, each table keeping its host structure (its own 主陪 and, where people allow, 副主陪).
 *
 * Decisions (docs/engine.md): people holding a role at a table go to that table. The hosts and
 * guests left then get a quota per table in table order — every table full before the next one
 * is used — so no host opens a table of his own while a higher table has free seats. Every table
 * with a quota and without a 主陪 receives the next host in rank order; then, while the guests
 * would still fit, every even table without a 副主陪 receives the next host; then guests fill the
 * quotas in table order (option keepDelegations keeps a delegation at one table when it fits);
 * then the remaining hosts. Staff come last, into whatever seats are left, so they give up a seat
 * at a higher table before any host or guest does. A table left with one or two people is flagged.
 */
import { kindOf } from '../kinds';
import type { HostRole } from '../model/types';
import type { BanquetTable } from './hall';
import { groupRanks, ofSide } from './people';
import { prefixed, r, warn } from './reasons';
import { jobFor, type GroupResult, type SceneCtx } from './scene-ctx';
import type { TableSpec } from './table-scheme';
import type { EP } from './types';
import { underfilledTables } from './underfilled';

/** Each banquet table's seat scheme comes from its kind. */
function scheme(t: BanquetTable): TableSpec {
  return kindOf(t).tableScheme!(t);
}

function capacity(t: BanquetTable): number {
  return scheme(t).labels.length;
}

function hasO(t: BanquetTable): boolean {
  return scheme(t).hasO;
}

export function fillHall(ctx: SceneCtx, tables: BanquetTable[], pool: EP[]): GroupResult {
  const res: GroupResult = { placed: [], warnings: [], numbers: {} };
  const numbers = ctx.tableNumbers();
  const ordered = [...tables].sort((a, b) => numbers[a.id]! - numbers[b.id]!);
  for (const t of ordered) res.numbers[t.id] = numbers[t.id]!;

  const left = new Map(ordered.map((t) => [t.id, capacity(t) - ctx.lockedAt(t.id).length]));
  const given = new Map<string, EP[]>(ordered.map((t) => [t.id, []]));
  // Seats each table keeps for hosts and guests (set once the role holders sit); never above `left`.
  const quota = new Map<string, number>();
  // Indexed by EP.index (the person's list position): far cheaper than a set of ids for big halls.
  const taken = new Uint8Array(pool.reduce((m, p) => Math.max(m, p.index + 1), 0));
  const give = (t: BanquetTable, p: EP) => {
    given.get(t.id)!.push(p);
    left.set(t.id, left.get(t.id)! - 1);
    quota.set(t.id, (quota.get(t.id) ?? 0) - 1);
    taken[p.index] = 1;
  };
  // A table has its 主陪 (副主陪) when someone holds the role there or P (O) is locked already.
  const roleAt = (t: BanquetTable, role: HostRole) =>
    ctx.lockedAt(t.id).some((o) => o.label === (role === 'chief-host' ? 'P' : 'O')) ||
    [...given.get(t.id)!, ...ctx.lockedAt(t.id).map((o) => o.person)].some((p) => ctx.rolesAt(t.id).get(p.id) === role);

  // Roles count at a table only when their holder sits there (as the table placer sees it).
  const explicitRoles = (t: BanquetTable) =>
    [...given.get(t.id)!, ...ctx.lockedAt(t.id).map((o) => o.person)].some((p) => ctx.rolesAt(t.id).has(p.id));
  const anyRoles = ordered.some((t) => ctx.rolesAt(t.id).size > 0);
  const byId = new Map(anyRoles ? pool.map((p) => [p.id, p]) : []);
  for (const t of ordered) {
    for (const pid of ctx.rolesAt(t.id).keys()) {
      const p = byId.get(pid);
      if (p && !taken[p.index] && left.get(t.id)! > 0) give(t, p);
    }
  }
  // Sort each side once; later calls only drop who has been given a table meanwhile.
  const bySide = { host: ofSide(pool, 'host'), guest: ofSide(pool, 'guest'), staff: ofSide(pool, 'staff') };
  const avail = (side: EP['side']) => bySide[side].filter((p) => !taken[p.index]);

  if (ordered.length === 1) {
    for (const p of [...avail('guest'), ...avail('host'), ...avail('staff')]) give(ordered[0]!, p);
  } else {
    const hosts = avail('host');
    const guests = avail('guest');
    // §2.5: hosts and guests fill the tables in table order — tables 1…k−1 full, table k the
    // rest. Staff have no quota: they never open a table while a host could sit higher.
    let need = hosts.length + guests.length;
    for (const t of ordered) {
      const q = Math.min(left.get(t.id)!, need);
      quota.set(t.id, q);
      need -= q;
    }
    const hasQuota = (t: BanquetTable) => quota.get(t.id)! > 0;
    // Tables with someone at P who acts as 主陪 (a role holder, a locked host, or one given now).
    const chiefed = new Set<string>();
    for (const t of ordered) {
      const lockedP = ctx.lockedAt(t.id).find((o) => o.label === 'P');
      if (lockedP?.person.side === 'host' || given.get(t.id)!.some((p) => ctx.rolesAt(t.id).get(p.id) === 'chief-host'))
        chiefed.add(t.id);
      if (!roleAt(t, 'chief-host') && hasQuota(t) && hosts.length > 0) {
        give(t, hosts.shift()!);
        chiefed.add(t.id);
      }
    }
    let room = ordered.reduce((s, t) => s + Math.max(0, quota.get(t.id)!), 0);
    for (const t of ordered) {
      if (hosts.length === 0 || room - 1 < guests.length) break;
      if (chiefed.has(t.id) && hasO(t) && !roleAt(t, 'deputy-host') && hasQuota(t) && !explicitRoles(t)) {
        give(t, hosts.shift()!);
        room--;
      }
    }
    placeGuests(ctx, ordered, guests, left, nextWhere(ordered, hasQuota), give, res);
    const nextHostSeat = nextWhere(ordered, hasQuota);
    for (const p of avail('host')) {
      const t = nextHostSeat();
      if (t) give(t, p);
    }
    const nextFree = nextWhere(ordered, (t) => left.get(t.id)! > 0);
    for (const p of avail('staff')) {
      const t = nextFree();
      if (t) give(t, p);
    }
  }

  // With several tables, reasons name a person's rank in the hall beside his rank at his table.
  const overall =
    ordered.length > 1 ? groupRanks([...pool, ...ordered.flatMap((t) => ctx.lockedAt(t.id).map((o) => o.person))]) : undefined;
  for (const t of ordered) {
    const out = kindOf(t).place!(jobFor(ctx, t, given.get(t.id)!, overall), t);
    const n = numbers[t.id]!;
    const where = ordered.length > 1 ? r('reason.hall.table', { n }) : undefined;
    for (const [pid, label] of out.placed) {
      const reason = out.reasons.get(pid)!;
      res.placed.push({ personId: pid, itemId: t.id, label, reason: where ? prefixed(where, reason) : reason });
    }
    res.warnings.push(...out.warnings);
  }
  if (ordered.length > 1) {
    const seats = ordered.map((t) => ({
      id: t.id,
      number: numbers[t.id]!,
      seats: capacity(t),
      people: [...ctx.lockedAt(t.id).map((o) => o.person.id), ...given.get(t.id)!.map((p) => p.id)],
    }));
    res.warnings.push(...underfilledTables(seats));
  }
  return res;
}

/**
 * The first table that `has` room, scanning forward only: seats and quotas are only ever taken,
 * so a table passed over never has room again.
 */
function nextWhere(ordered: BanquetTable[], has: (t: BanquetTable) => boolean): () => BanquetTable | undefined {
  let i = 0;
  return () => {
    while (i < ordered.length && !has(ordered[i]!)) i++;
    return ordered[i];
  };
}

function placeGuests(
  ctx: SceneCtx,
  ordered: BanquetTable[],
  guests: EP[],
  left: Map<string, number>,
  next: () => BanquetTable | undefined,
  give: (t: BanquetTable, p: EP) => void,
  res: GroupResult,
) {
  if (!ctx.options.keepDelegations) {
    for (const g of guests) {
      const t = next();
      if (t) give(t, g);
    }
    return;
  }
  // Delegations (same delegation, else same organisation) in the order of their best member.
  const groups = new Map<string, EP[]>();
  for (const g of guests) {
    const key = g.delegation || g.organisation || `#${g.id}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(g);
  }
  for (const [key, members] of groups) {
    const whole = ordered.find((x) => left.get(x.id)! >= members.length);
    if (whole) {
      for (const g of members) give(whole, g);
      continue;
    }
    const split: string[] = [];
    for (const g of members) {
      const t = ordered.find((x) => left.get(x.id)! > 0);
      if (t) {
        give(t, g);
        split.push(g.id);
      }
    }
    if (members.length > 1)
      res.warnings.push(warn('delegation-split', 'warning.delegationSplit', { delegation: key }, { personIds: split }));
  }
}
