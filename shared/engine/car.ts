/**
 * Cars (乘车), RULES.md §5. Mainland China drives on the right (left-hand drive), so the kerb
 * door is on the right and the rear-right seat is the top seat when a chauffeur drives. Labels are
 * physical (RL is always rear-left); option drive 'right' mirrors the side letter of every
 * rear/middle/back seat in the *ranking* (and in its words), and puts D on the right.
 */
import type { CarItem, Scene, SceneOptions } from '../model/types';
import { local } from './geometry';
import { guestsHostsStaff, isDriver, ofSide } from './people';
import { joinReason, r, unseatedWarning, warn, whoIn } from './reasons';
import {
  emptyOutcome,
  type EP,
  type ItemJob,
  type ItemOutcome,
  type Occupant,
  type Reason,
  type ReasonKey,
  type SeatGeom,
} from './types';

interface CarSeat {
  label: string;
  fwd: number;
  right: number;
}

const S = (label: string, fwd: number, right: number): CarSeat => ({ label, fwd, right });

function layout(car: CarItem): CarSeat[] {
  const front = [S('D', 0.3, -0.4), S('FP', 0.3, 0.4)];
  switch (car.model) {
    case 'sedan':
      return [...front, S('RL', -0.6, -0.45), S('RM', -0.6, 0), S('RR', -0.6, 0.45)];
    case 'jeep':
      return [...front, S('RL', -0.6, -0.4), S('RR', -0.6, 0.4)];
    case 'mpv7':
    case 'mpv7-classic':
      return [...front, S('ML', -0.5, -0.4), S('MR', -0.5, 0.4), S('BL', -1.4, -0.5), S('BM', -1.4, 0), S('BR', -1.4, 0.5)];
    case 'van9':
      return [
        S('D', 1, -0.5),
        S('FM', 1, 0),
        S('FP', 1, 0.5),
        S('ML', 0, -0.5),
        S('MM', 0, 0),
        S('MR', 0, 0.5),
        S('BL', -1, -0.5),
        S('BM', -1, 0),
        S('BR', -1, 0.5),
      ];
    case 'minibus': {
      const seats = [...front];
      const { rows, cols } = minibusSize(car);
      for (let row = 1; row <= rows; row++) {
        for (let col = 1; col <= cols; col++) seats.push(S(`${row}:${col}`, -0.8 * row, (col - (cols + 1) / 2) * 0.5));
      }
      return seats;
    }
  }
}

/** A minibus without its own layout (`rows`, `seatsPerRow`): 5 passenger rows of 4. */
export const MINIBUS_DEFAULT = { rows: 5, seatsPerRow: 4 } as const;

function minibusSize(car: CarItem): { rows: number; cols: number } {
  return { rows: car.rows ?? MINIBUS_DEFAULT.rows, cols: car.seatsPerRow ?? MINIBUS_DEFAULT.seatsPerRow };
}

const MIRROR: Record<string, string> = { RL: 'RR', RR: 'RL', ML: 'MR', MR: 'ML', BL: 'BR', BR: 'BL' };

/**
 * What kind of car ranks its seats how, in words (the seats themselves are named from the order, so
 * right-hand drive, which mirrors the order, needs no texts of its own).
 */
export type Vehicle = 'sedanKerb' | 'sedanBehindDriver' | 'hostDrives' | 'jeep' | 'mpv7' | 'mpv7Classic' | 'van9' | 'minibus';

/** Passenger seats, most honoured first, and the kind of ranking that orders them. */
export function carRanking(car: CarItem, options: SceneOptions): { order: string[]; vehicle: Vehicle } {
  const rhd = options.drive === 'right';
  const hostDrives = car.driver === 'host';
  let order: string[];
  let vehicle: Vehicle;
  if (car.model === 'minibus') {
    const { rows, cols } = minibusSize(car);
    order = [];
    // Rows from the front; within a row from the door side (right, or left in a right-hand-drive bus).
    for (let row = 1; row <= rows; row++) {
      for (let k = 0; k < cols; k++) order.push(`${row}:${rhd ? k + 1 : cols - k}`);
    }
    order.push('FP');
    return { order, vehicle: 'minibus' };
  }
  switch (car.model) {
    case 'sedan':
      if (hostDrives) {
        order = ['FP', 'RR', 'RL', 'RM'];
        vehicle = 'hostDrives';
      } else if (options.topSeat === 'behindDriver') {
        order = ['RL', 'RR', 'FP', 'RM'];
        vehicle = 'sedanBehindDriver';
      } else {
        order = ['RR', 'RL', 'FP', 'RM'];
        vehicle = 'sedanKerb';
      }
      break;
    case 'jeep':
      order = ['FP', 'RR', 'RL'];
      vehicle = 'jeep';
      break;
    case 'mpv7':
      order = ['MR', 'ML', 'BR', 'BM', 'BL', 'FP'];
      vehicle = 'mpv7';
      break;
    case 'mpv7-classic':
      order = ['BR', 'BL', 'BM', 'MR', 'ML', 'FP'];
      vehicle = 'mpv7Classic';
      break;
    case 'van9':
      order = ['MR', 'MM', 'ML', 'BR', 'BM', 'BL', 'FP', 'FM'];
      vehicle = 'van9';
      break;
  }
  if (hostDrives && car.model !== 'jeep') {
    // Beside a driving host is the place of honour in any vehicle.
    order = ['FP', ...order.filter((l) => l !== 'FP')];
    vehicle = 'hostDrives';
  }
  if (rhd) order = order.map((l) => MIRROR[l] ?? l);
  return { order, vehicle };
}

/** Why the top seat is the top, where the seat's name alone does not say it. */
const TOP_SEAT_WHY: Partial<Record<Vehicle, ReasonKey>> = {
  sedanKerb: 'reason.car.seat.kerb',
  sedanBehindDriver: 'reason.car.seat.behindDriver',
  hostDrives: 'reason.car.seat.besideHost',
};

/**
 * A passenger seat's place in the car in words: the top seat says why it is the top (the kerb
 * door, behind the driver); the others name the seats above them, so every seat's reason carries
 * the ranking without repeating it (a minibus, row by row, names its rule instead).
 */
function seatInCar(label: string, k: number, order: string[], vehicle: Vehicle): Reason {
  const rule = r(`reason.car.vehicle.${vehicle}`);
  // A bus seat's name already says its rank in the row (counted from the door): the rule says the rest.
  if (vehicle === 'minibus') return r('reason.car.inSeat', { seat: seatName(label, order), rule });
  if (k === 1) {
    const why = TOP_SEAT_WHY[vehicle];
    const seat = seatName(label, order);
    return r('reason.car.topSeat', { seat: why ? r(why, { seat }) : seat, rule });
  }
  const above = order
    .slice(0, k - 1)
    .map((l) => seatName(l, order))
    .reduceRight<Reason | undefined>((rest, seat) => (rest ? r('reason.car.seatList', { first: seat, rest }) : seat), undefined)!;
  return r('reason.car.belowSeats', { seat: seatName(label, order), k, rule, above });
}

export function carCapacity(car: CarItem, options: SceneOptions): number {
  return carRanking(car, options).order.length;
}

const SEAT_NAME: Record<string, ReasonKey> = {
  FP: 'reason.car.seat.FP',
  FM: 'reason.car.seat.FM',
  RL: 'reason.car.seat.RL',
  RM: 'reason.car.seat.RM',
  RR: 'reason.car.seat.RR',
  ML: 'reason.car.seat.ML',
  MM: 'reason.car.seat.MM',
  MR: 'reason.car.seat.MR',
  BL: 'reason.car.seat.BL',
  BM: 'reason.car.seat.BM',
  BR: 'reason.car.seat.BR',
};

/**
 * A passenger seat in words for the reasons: its name, or a minibus seat (row:col) by its row and
 * its place in the row counted from the door, as the ranking counts it.
 */
function seatName(label: string, order: readonly string[]): Reason {
  const key = SEAT_NAME[label];
  if (key) return r(key);
  const row = label.split(':')[0]!;
  const c = order.filter((l) => l.startsWith(`${row}:`)).indexOf(label) + 1;
  return r('reason.car.seat.bus', { row: Number(row), c });
}

export function placeCar(job: ItemJob, car: CarItem): ItemOutcome {
  const out = emptyOutcome();
  const options = job.options;
  const taken = new Set(job.locked.map((o) => o.label));
  const seat = (p: EP, label: string, reason: Reason) => {
    taken.add(label);
    out.placed.set(p.id, label);
    out.reasons.set(p.id, reason);
  };
  let people = [...job.people];
  let atWheel = job.locked.find((o) => o.label === 'D')?.person;
  if (car.driver === 'host' && !taken.has('D')) {
    const driver = people.find(isDriver) ?? ofSide(people, 'host')[0];
    if (driver) {
      seat(driver, 'D', r('reason.car.driver'));
      atWheel = driver;
      people = people.filter((p) => p !== driver);
    } else {
      out.warnings.push(warn('no-driver', 'warning.noDriver', undefined, { itemId: job.item.id }));
    }
  }
  const { order, vehicle } = carRanking(car, options);
  const { ordered, pair } = passengers(people, job.locked, car.driver === 'host');
  // The aide/interpreter takes the front passenger seat (随员座) before anyone else when a
  // chauffeur drives a sedan or a bus: three guests then ride RR, RL, RM.
  // A car of staff only has nobody to attend to: they simply sit by rank.
  const aideSeat =
    car.driver === 'chauffeur' &&
    (car.model === 'sedan' || car.model === 'minibus') &&
    !taken.has('FP') &&
    (ordered.some((p) => p.side !== 'staff') || job.locked.some((o) => o.person.side !== 'staff'));
  const aide = aideSeat ? ordered.find((p) => p.side === 'staff') : undefined;
  if (aide) seat(aide, 'FP', r('reason.car.aide'));
  // Each side is counted in this car from its top: a host at the wheel is the car's first host.
  const counters = { guest: 0, host: atWheel?.side === 'host' ? 1 : 0, staff: aide ? 1 : 0 };
  const free = order.filter((l) => !taken.has(l));
  const unseated: EP[] = [];
  for (const p of ordered) {
    if (p === aide) continue;
    counters[p.side]++;
    const label = p === pair?.host ? companionSeat(free, options) : free.shift();
    if (!label) {
      unseated.push(p);
      continue;
    }
    const guestSeat =
      p === pair?.host && (out.placed.get(pair.guest.id) ?? job.locked.find((o) => o.person === pair.guest)?.label);
    if (pair && guestSeat) {
      seat(p, label, companionReason(car, options, { host: p, seat: label }, { guest: pair.guest, seat: guestSeat }));
      continue;
    }
    seat(
      p,
      label,
      joinReason(whoIn('car', p, counters[p.side], job.overall), seatInCar(label, order.indexOf(label) + 1, order, vehicle)),
    );
  }
  out.unseated = unseated;
  if (unseated.length) out.warnings.push(unseatedWarning(unseated, job.item.id));
  return out;
}

/**
 * Passengers in the order they take the car's ranking (RULES §5): the car's top guest, the senior
 * host riding with him (陪车), the other guests, the other hosts, staff. A host at the wheel, or a
 * host locked in the car, is the companion already; a car without guests orders its hosts by rank.
 */
function passengers(people: EP[], locked: Occupant[], hostDrives: boolean): { ordered: EP[]; pair?: { host: EP; guest: EP } } {
  const byRank = guestsHostsStaff(people);
  const guests = ofSide(people, 'guest');
  const topGuest = ofSide([...guests, ...locked.map((o) => o.person)], 'guest')[0];
  const companion = hostDrives || locked.some((o) => o.person.side === 'host') ? undefined : ofSide(people, 'host')[0];
  if (!topGuest || !companion) return { ordered: byRank };
  // A locked top guest already has his seat: the companion then takes the best free one.
  const first = guests[0] === topGuest ? [topGuest] : [];
  const ordered = [...first, companion, ...byRank.filter((p) => p !== topGuest && p !== companion)];
  return { ordered, pair: { host: companion, guest: topGuest } };
}

/** The car's next seat (its second, beside the guest), or FP with option companionSeat 'front' while FP is free. */
function companionSeat(free: string[], options: SceneOptions): string | undefined {
  const fp = options.companionSeat === 'front' ? free.indexOf('FP') : -1;
  return fp >= 0 ? free.splice(fp, 1)[0] : free.shift();
}

/** Says where the companion sits as seen by the guest, e.g. 主陪陪同主宾，坐主宾左侧（后排左）. */
function companionReason(
  car: CarItem,
  options: SceneOptions,
  companion: { host: EP; seat: string },
  top: { guest: EP; seat: string },
): Reason {
  const spot = new Map(seatsAsBuilt(car, options).map((s) => [s.label, s]));
  const h = spot.get(companion.seat)!;
  const g = spot.get(top.seat)!;
  const where = r(
    h.fwd > g.fwd
      ? 'reason.car.companion.ahead'
      : h.fwd < g.fwd
        ? 'reason.car.companion.behind'
        : h.right < g.right
          ? 'reason.car.companion.left'
          : 'reason.car.companion.right',
  );
  // Rank 1 of a side is the visit's 主陪 / 主宾; in other cars they are the car's own pair.
  const host = r(companion.host.rank === 1 ? 'reason.car.companion.seniorHost' : 'reason.car.companion.host');
  const front = options.companionSeat === 'front' && companion.seat === 'FP' ? r('reason.car.companion.front') : '';
  return r(top.guest.rank === 1 ? 'reason.car.companion.chiefGuest' : 'reason.car.companion.topGuest', {
    front,
    host,
    where,
    seat: seatName(companion.seat, carRanking(car, options).order),
  });
}

/** Seats where they are in the car: right-hand drive puts the driver on the right; every other seat keeps its physical side. */
function seatsAsBuilt(car: CarItem, options: SceneOptions): CarSeat[] {
  const rhd = options.drive === 'right';
  return layout(car).map((s) => (rhd && (s.label === 'D' || s.label === 'FP') ? { ...s, right: -s.right } : s));
}

export function carGeometry(car: CarItem, scene: Scene): SeatGeom[] {
  return seatsAsBuilt(car, scene.options).map((s) => {
    const p = local(car, car.rotation, s.fwd, s.right);
    return { label: s.label, x: p.x, y: p.y, facing: car.rotation };
  });
}
