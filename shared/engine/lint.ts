/**
 * Lint (RULES.md §8): what the engine flags in a scene as it stands, whoever placed the people.
 * Warnings only — the user may overrule any rule, but is told.
 */
import type { Assignment, Plan, Scene, SceneOptions, VenueItem } from '../model/types';
import { isSigningTable, kindOf } from '../kinds';
import type { HonourContext } from '../kinds/types';
import { isBanquetTable } from './hall';
import { groupOf } from './items';
import { storedNumbers } from './numbers';
import { byPrecedence, isDriver, isInterpreter, isNoteTaker, toEP } from './people';
import { personRef, warn } from './reasons';
import { autoPlaceScene, findScene } from './scene';
import { passengerCapacity, seatGeometry } from './seats';
import { skippedTables } from './skipped-tables';
import type { EP, SeatRef, Warning } from './types';
import { underfilledTables, type TableFill } from './underfilled';

/** A seat named with its item, so the translation layer can word it (1号桌 右1). */
const seatAt = (a: Pick<Assignment, 'itemId' | 'seat'>): SeatRef => ({ seat: a.seat, item: a.itemId });

export function lintScene(plan: Plan, sceneId: string): Warning[] {
  const scene = findScene(plan, sceneId);
  const people = new Map(plan.people.map((p, i) => [p.id, toEP(p, i)]));
  const items = new Map(scene.items.map((i) => [i.id, i]));
  const out: Warning[] = [];
  const convention = scene.convention ?? plan.convention;
  const options = scene.options;

  // A person in two seats; a seat with two people; seats (or people) that no longer exist.
  const byPerson = new Map<string, Assignment[]>();
  const bySeat = new Map<string, Assignment[]>();
  const labels = new Map<string, Set<string>>();
  for (const a of scene.assignments) {
    byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
    const key = `${a.itemId}\u0000${a.seat}`;
    bySeat.set(key, [...(bySeat.get(key) ?? []), a]);
    const item = items.get(a.itemId);
    if (item && !labels.has(item.id)) labels.set(item.id, new Set(seatGeometry(item, scene).map((s) => s.label)));
    if (!people.has(a.personId))
      out.push(warn('unknown-person', 'warning.lint.unknownPerson', { seat: seatAt(a) }, { itemId: a.itemId }));
    else if (!item || !labels.get(item.id)!.has(a.seat))
      out.push(
        warn(
          'unknown-seat',
          'warning.unknownSeat',
          { seat: seatAt(a), person: personRef(a.personId) },
          { personIds: [a.personId], itemId: a.itemId },
        ),
      );
  }
  for (const [pid, list] of byPerson) {
    if (list.length > 1)
      out.push(
        warn(
          'person-in-two-seats',
          'warning.personInTwoSeats',
          { n: list.length, person: personRef(pid), seat: seatAt(list[0]!) },
          { personIds: [pid], itemId: list[0]!.itemId },
        ),
      );
  }
  for (const list of bySeat.values()) {
    if (list.length > 1)
      out.push(
        warn(
          'seat-has-two-people',
          'warning.seatHasTwoPeople',
          { seat: seatAt(list[0]!), n: list.length, people: list.map((a) => personRef(a.personId)) },
          { personIds: list.map((a) => a.personId), itemId: list[0]!.itemId },
        ),
      );
  }

  // More people than seats.
  const seating = scene.items.filter((i) => groupOf(i, scene) !== undefined);
  const capacity = passengerCapacity(seating, scene);
  const participants = scene.participants ?? plan.people.filter((p) => p.attendance !== 'absent').map((p) => p.id);
  if (seating.length > 0 && participants.length > capacity)
    out.push(
      warn('more-people-than-seats', 'warning.moreParticipantsThanSeats', {
        people: participants.length,
        seats: capacity,
      }),
    );

  const absent = new Set(plan.people.filter((p) => p.attendance === 'absent').map((p) => p.id));
  const honourContext = (item: VenueItem): HonourContext => ({
    scene,
    convention,
    options,
    riders: scene.assignments.filter((a) => a.itemId === item.id).length,
    sideOf: (pid) => people.get(pid)?.side,
  });
  // Who sits at each item: a side, or 'aide' for staff and interpreters (a staff car has no principal).
  const seatedAt = new Map<string, Set<EP['side'] | 'aide'>>();
  for (const b of scene.assignments) {
    const q = people.get(b.personId);
    if (!q) continue;
    if (!seatedAt.has(b.itemId)) seatedAt.set(b.itemId, new Set());
    seatedAt.get(b.itemId)!.add(q.side === 'staff' || isInterpreter(q) ? 'aide' : q.side);
  }
  const withSide = (item: VenueItem, side: EP['side']) => seatedAt.get(item.id)?.has(side) ?? false;
  const withPrincipals = (item: VenueItem) => withSide(item, 'host') || withSide(item, 'guest');
  const roleAt = (itemId: string, pid: string) => scene.roles.find((r) => r.itemId === itemId && r.personId === pid)?.role;
  for (const a of scene.assignments) {
    const item = items.get(a.itemId);
    const p = people.get(a.personId);
    if (!item || !p) continue;
    // 主陪 not at P, the seat facing the door.
    if (
      isBanquetTable(item) &&
      roleAt(item.id, p.id) === 'chief-host' &&
      a.seat !== 'P' &&
      !(options.chiefGuestTakesHostSeat && a.seat === 'R1')
    )
      out.push(
        warn(
          'chief-host-not-facing-door',
          'warning.chiefHostNotFacingDoor',
          { person: personRef(p.id), seat: seatAt(a) },
          {
            personIds: [p.id],
            itemId: item.id,
          },
        ),
      );
    // A person marked absent (缺席) who still holds a seat.
    if (absent.has(p.id))
      out.push(
        warn(
          'absent-seated',
          'warning.lint.absentSeated',
          { person: personRef(p.id), seat: seatAt(a) },
          { personIds: [p.id], itemId: item.id },
        ),
      );
    // Staff and interpreters sit behind or below the principals, never in their seats.
    const aide = p.side === 'staff' || isInterpreter(p);
    if (aide && withPrincipals(item) && principalSeats(item, scene, convention, options, honourContext(item)).includes(a.seat))
      out.push(
        warn(
          'staff-in-principal-seat',
          'warning.lint.staffInPrincipalSeat',
          { person: personRef(p.id), seat: seatAt(a) },
          { personIds: [p.id], itemId: item.id },
        ),
      );
    // A host-side person in the guest principal's seat, at an item where guests sit (a table of
    // hosts only has no chief guest to give the seat to).
    if (
      p.side === 'host' &&
      !aide &&
      withSide(item, 'guest') &&
      guestPrincipalSeat(item, scene, convention, options) === a.seat &&
      !(options.chiefGuestTakesHostSeat && roleAt(item.id, p.id) === 'chief-host')
    )
      out.push(
        warn(
          'host-in-guest-seat',
          'warning.hostInGuestSeat',
          { seat: seatAt(a), person: personRef(p.id) },
          { personIds: [p.id], itemId: item.id },
        ),
      );
  }

  if (options.western) {
    for (const t of scene.items) {
      const seats = kindOf(t).westernSeats?.(t);
      if (seats !== undefined && seats % 4 === 0)
        out.push(warn('western-alternation', 'warning.westernTable', { n: seats }, { itemId: t.id }));
    }
  }

  out.push(...tableFill(scene));
  out.push(...seniority(scene, people, convention, options));
  out.push(...lockedAgainstRules(plan, scene));
  return out;
}

/** §2.5: the hall's banquet tables as they stand: one left nearly empty, one used while a higher one has room. */
function tableFill(scene: Scene): Warning[] {
  const numbers = storedNumbers(scene);
  const seated = new Map<string, string[]>();
  for (const a of scene.assignments) seated.set(a.itemId, [...(seated.get(a.itemId) ?? []), a.personId]);
  const tables: TableFill[] = scene.items
    .filter((i) => isBanquetTable(i) && groupOf(i, scene) === 'banquet')
    .map((t) => ({ id: t.id, number: numbers[t.id] ?? 0, seats: seatGeometry(t, scene).length, people: seated.get(t.id) ?? [] }));
  return [...underfilledTables(tables), ...skippedTables(tables)];
}

function guestPrincipalSeat(
  item: VenueItem,
  scene: Scene,
  convention: Plan['convention'],
  options: SceneOptions,
): string | undefined {
  if (isSigningTable(item, scene)) return 'guest-signer';
  return kindOf(item).guestPrincipalSeat?.(item, convention, options);
}

/**
 * The principals' seats of an item: the guest principal's and the host principal's; where a kind
 * names neither (cars, rostrum), the top seat of its honour order.
 */
function principalSeats(
  item: VenueItem,
  scene: Scene,
  convention: Plan['convention'],
  options: SceneOptions,
  ctx: HonourContext,
): string[] {
  const named = [
    guestPrincipalSeat(item, scene, convention, options),
    isSigningTable(item, scene) ? 'host-signer' : kindOf(item).hostPrincipalSeat?.(item, convention, options),
  ].filter((s) => s !== undefined);
  if (named.length > 0) return named;
  const top = kindOf(item).honourOrder?.(item, ctx)?.[0];
  return top ? [top] : [];
}

/**
 * A junior above a senior of the same side, both without a hosting role, on items whose seats
 * have a single honour order (banquet tables across the hall, cars across the motorcade,
 * rostrum, audience blocks, conference table, each side of a 会见 or a 会谈 table).
 */
function seniority(scene: Scene, people: Map<string, EP>, convention: Plan['convention'], options: SceneOptions): Warning[] {
  const numbers = storedNumbers(scene);
  const honour = new Map<string, Map<string, number>>();
  const riders = new Map<string, number>();
  for (const a of scene.assignments) riders.set(a.itemId, (riders.get(a.itemId) ?? 0) + 1);
  const items = new Map(scene.items.map((i) => [i.id, i]));
  const withRole = new Set(scene.roles.map((r) => r.personId));
  for (const item of scene.items) {
    const order = honourOrder(item, scene, convention, options, riders.get(item.id) ?? 0, (pid) => people.get(pid)?.side);
    if (order) honour.set(item.id, new Map(order.map((l, i) => [l, i])));
  }
  type Row = { p: EP; key: number[]; item: VenueItem };
  const rows: Row[] = [];
  for (const a of scene.assignments) {
    const p = people.get(a.personId);
    const idx = honour.get(a.itemId)?.get(a.seat);
    const item = items.get(a.itemId)!;
    if (!p || idx === undefined || withRole.has(p.id) || isInterpreter(p) || isNoteTaker(p) || isDriver(p)) continue;
    // Hosts at P and O hold the table's host structure (assigned or automatic), not a rank seat.
    if (isBanquetTable(item) && p.side === 'host' && (a.seat === 'P' || a.seat === 'O')) continue;
    const group = numbers[item.id] ?? 0;
    // For staff the front passenger seat is the aide's seat (随员座), their top seat in a car.
    const aide =
      p.side === 'staff' &&
      a.seat === kindOf(item).aideSeat?.(item) &&
      scene.assignments.some((b) => b.itemId === item.id && people.get(b.personId)?.side !== 'staff');
    rows.push({ p, key: [group, aide ? -1 : idx], item });
  }
  const out: Warning[] = [];
  const overall = (i: VenueItem) => kindOf(i).overallOrder;
  // Options that put something before rank: western cross-seating alternates the sexes at a
  // table, and keepDelegations keeps a delegation at one table even above more senior guests.
  const rankDecides = (a: Row, b: Row) =>
    !(options.western && a.item === b.item && kindOf(a.item).westernSeats) &&
    !(options.keepDelegations && a.item !== b.item && a.p.delegation !== b.p.delegation);
  // Rows are compared only within a bucket: one item of an overall order (rostrum, audience,
  // conference), or one side within one engine group. Walking a bucket in seat order, a row is
  // inverted against an earlier (higher) row only when that row is junior to it; the most junior
  // row so far tells at once whether any is, so a well-ordered hall costs one pass.
  const buckets = new Map<string, Row[]>();
  for (const row of rows) {
    const key = overall(row.item) ? `item\u0000${row.item.id}` : `${row.p.side}\u0000${groupOf(row.item, scene)}`;
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key)!.push(row);
  }
  const higher = (a: Row, b: Row) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]!;
  for (const bucket of buckets.values()) {
    const senior = overall(bucket[0]!.item)
      ? (a: Row, b: Row) => byPrecedence(a.p, b.p) < 0
      : (a: Row, b: Row) => a.p.rank < b.p.rank;
    const inSeatOrder = [...bucket].sort(higher);
    let mostJunior: Row | undefined;
    for (const [i, a] of inSeatOrder.entries()) {
      if (mostJunior && senior(a, mostJunior))
        for (const b of inSeatOrder.slice(0, i))
          if (higher(b, a) < 0 && senior(a, b) && rankDecides(a, b))
            out.push(
              warn(
                'seniority-inverted',
                'warning.seniorityInverted',
                { senior: personRef(a.p.id), junior: personRef(b.p.id) },
                { personIds: [a.p.id, b.p.id], itemId: a.item.id },
              ),
            );
      if (!mostJunior || senior(mostJunior, a)) mostJunior = a;
    }
  }
  return out;
}

function honourOrder(
  item: VenueItem,
  scene: Scene,
  convention: Plan['convention'],
  options: SceneOptions,
  riders: number,
  sideOf: (pid: string) => EP['side'] | undefined,
): string[] | undefined {
  return kindOf(item).honourOrder?.(item, { scene, convention, options, riders, sideOf });
}

/** A locked seat that the rules would not give: allowed, but reported. */
function lockedAgainstRules(plan: Plan, scene: Scene): Warning[] {
  const locked = scene.assignments.filter((a) => a.locked);
  if (locked.length === 0) return [];
  const free: Scene = { ...scene, assignments: [] };
  const ideal = autoPlaceScene({ ...plan, scenes: plan.scenes.map((s) => (s.id === scene.id ? free : s)) }, scene.id);
  const at = new Map(ideal.assignments.map((a) => [a.personId, a]));
  const out: Warning[] = [];
  for (const a of locked) {
    const want = at.get(a.personId);
    if (want && (want.itemId !== a.itemId || want.seat !== a.seat))
      out.push(
        warn(
          'locked-against-rules',
          'warning.lockedAgainstRules',
          { seat: seatAt(a), want: seatAt(want), person: personRef(a.personId) },
          { personIds: [a.personId], itemId: a.itemId },
        ),
      );
  }
  return out;
}
