/**
 * Motorcade (车队), RULES.md §5 (revised): numbered cars; the lead car (option leadCar: car No. 1
 * carries staff only), then the chief guest's car, then the others by rank, staff last. People
 * are assigned to cars first, then seated in each car by the car rules.
 *
 * Decisions (docs/seat-labels.md): a host-driven car first receives its driver, who is then its
 * companion; the lead car carries the senior staff member; the chief guest's car carries the chief
 * guest, the senior host (陪车) and the next staff member as aide, and nobody else unless the other
 * cars cannot carry everyone; then the other guests (option companions 'each': each car with
 * guests also takes the next host), the remaining hosts and the staff fill the cars in number
 * order, so seniority never falls as the car number rises. A sedan carries three passengers
 * unless that leaves someone without a car (then RM is used).
 */
import type { CarItem } from '../model/types';
import { carCapacity, placeCar } from './car';
import { groupRanks, isDriver, ofSide } from './people';
import { prefixed, r } from './reasons';
import { jobFor, type GroupResult, type SceneCtx } from './scene-ctx';
import type { EP } from './types';

export function placeMotorcade(ctx: SceneCtx, cars: CarItem[], pool: EP[]): GroupResult {
  const res: GroupResult = { placed: [], warnings: [], numbers: {} };
  // The stored car numbers (kept in motorcade order by the command applier, shared/engine/numbers.ts).
  const numbers = new Map(Object.entries(ctx.tableNumbers()));
  const ordered = [...cars].sort((a, b) => numbers.get(a.id)! - numbers.get(b.id)!);
  for (const c of ordered) res.numbers[c.id] = numbers.get(c.id)!;
  const options = ctx.options;

  const given = new Map<string, EP[]>(ordered.map((c) => [c.id, []]));
  const full = new Map(ordered.map((c) => [c.id, carCapacity(c, options) - ctx.lockedAt(c.id).length]));
  const free = new Set(pool.map((p) => p.id));
  const give = (c: CarItem, p: EP) => {
    given.get(c.id)!.push(p);
    free.delete(p.id);
  };

  // A host-driven car needs its driver first (the driver's seat is not counted as capacity).
  for (const c of ordered) {
    if (c.driver !== 'host' || ctx.lockedAt(c.id).some((o) => o.label === 'D')) continue;
    const d = pool.find((p) => free.has(p.id) && isDriver(p)) ?? ofSide(pool, 'host').find((p) => free.has(p.id));
    if (d) {
      give(c, d);
      full.set(c.id, full.get(c.id)! + 1);
    }
  }
  const avail = (side: EP['side']) => ofSide(pool, side).filter((p) => free.has(p.id));
  // Sedans carry three when everybody fits that way (RM is the seat nobody wants).
  const comfy = new Map(ordered.map((c) => [c.id, c.model === 'sedan' ? full.get(c.id)! - 1 : full.get(c.id)!]));
  const total = [...comfy.values()].reduce((a, b) => a + b, 0) - [...given.values()].reduce((a, b) => a + b.length, 0);
  const cap = free.size <= total ? comfy : full;
  const room = (c: CarItem) => cap.get(c.id)! - given.get(c.id)!.length;

  const lead = options.leadCar && ordered.length > 1 ? ordered[0] : undefined;
  const others = ordered.filter((c) => c !== lead);
  // The lead car shows the way: the senior staff member rides in it, and only staff do.
  const guide = avail('staff')[0];
  if (lead && guide && room(lead) > 0) give(lead, guide);

  // A host at the wheel is his car's companion; otherwise a host rides as one (陪车).
  const hasCompanion = (c: CarItem) =>
    c.driver === 'host' || [...given.get(c.id)!, ...ctx.lockedAt(c.id).map((o) => o.person)].some((p) => p.side === 'host');
  const addCompanion = (c: CarItem) => {
    const h = avail('host')[0];
    if (h && room(c) > 0 && !hasCompanion(c)) give(c, h);
  };

  // The chief guest's car (主车): the chief guest, the senior host beside him, an aide at FP
  // (when a chauffeur drives: beside a host at the wheel, FP is the chief guest's own seat).
  const g1 = avail('guest')[0];
  const chiefCar = g1 ? others[0] : undefined;
  if (chiefCar && g1) {
    give(chiefCar, g1);
    addCompanion(chiefCar);
    const aide = avail('staff')[0];
    if (aide && chiefCar.driver !== 'host' && room(chiefCar) > 0) give(chiefCar, aide);
  }
  // Nobody else joins the chief guest's car unless the other cars cannot carry everyone.
  const following = others.filter((c) => c !== chiefCar);
  const staffInLead = lead ? Math.min(room(lead), avail('staff').length) : 0;
  const fits = free.size <= following.reduce((n, c) => n + room(c), staffInLead);
  const open = fits ? following : others;
  const nextWithRoom = () => open.find((c) => room(c) > 0);

  // The next guests by rank, car after car; with companions 'each', every car that carries
  // guests also gets the next host by rank while hosts remain. Then the other hosts, staff last.
  for (const g of avail('guest')) {
    const c = nextWithRoom();
    if (!c) break;
    give(c, g);
    if (options.companions === 'each') addCompanion(c);
  }
  for (const p of [...avail('host'), ...avail('staff')]) {
    const c = nextWithRoom() ?? (lead && p.side === 'staff' && room(lead) > 0 ? lead : undefined);
    if (c) give(c, p);
  }

  // With several cars, reasons name a person's rank in the motorcade beside his rank in his car.
  const overall =
    ordered.length > 1 ? groupRanks([...pool, ...ordered.flatMap((c) => ctx.lockedAt(c.id).map((o) => o.person))]) : undefined;
  for (const c of ordered) {
    const out = placeCar(jobFor(ctx, c, given.get(c.id)!, overall), c);
    const n = numbers.get(c.id)!;
    const role = r(
      c === lead ? 'reason.motorcade.lead' : c === chiefCar ? 'reason.motorcade.chiefGuest' : 'reason.motorcade.byRank',
      { n },
    );
    for (const [pid, label] of out.placed) {
      const reason = out.reasons.get(pid)!;
      res.placed.push({ personId: pid, itemId: c.id, label, reason: ordered.length > 1 ? prefixed(role, reason) : reason });
    }
    res.warnings.push(...out.warnings);
  }
  return res;
}
