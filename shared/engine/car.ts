/**
 * Cars (乘车), RULES.md §5. Mainland China drives on the right (left-hand drive), so the kerb
 * door is on the right and the rear-right seat is the top seat when a chauffeur drives. Labels are
 * physical (RL is always rear-left); option drive 'right' mirrors the side letter of every
 * rear/middle/back seat in the *ranking* (and in its words), and puts D on the right.
 */
import type { CarItem, Scene, SceneOptions } from '../model/types';
import { local } from './geometry';
import { guestsHostsStaff, isDriver, ofSide } from './people';
import { joinReason, r, sideEn, sideZh, unseatedWarning, warn } from './reasons';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Occupant, type Reason, type SeatGeom } from './types';

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

/** Passenger seats, most honoured first, and the rule that orders them. */
export function carRanking(car: CarItem, options: SceneOptions): { order: string[]; rule: Reason } {
  const rhd = options.drive === 'right';
  const hostDrives = car.driver === 'host';
  let order: string[];
  let rule: Reason;
  if (car.model === 'minibus') {
    const { rows, cols } = minibusSize(car);
    order = [];
    // Rows from the front; within a row from the door side (right, or left in a right-hand-drive bus).
    for (let row = 1; row <= rows; row++) {
      for (let k = 0; k < cols; k++) order.push(`${row}:${rhd ? k + 1 : cols - k}`);
    }
    order.push('FP');
    rule = r(
      '中巴/大巴：前排为上，同排自车门一侧起；工作人员坐司机旁',
      'Minibus/coach: front rows first, each row from the door side; staff beside the driver',
    );
    return { order, rule };
  }
  switch (car.model) {
    case 'sedan':
      if (hostDrives) {
        order = ['FP', 'RR', 'RL', 'RM'];
        rule = r(
          '主人驾车：副驾驶为上座（不可空着），后排右、左、中次之',
          'Host drives: the front passenger seat is the top seat (never left empty), then rear right, left, middle',
        );
      } else if (options.topSeat === 'behindDriver') {
        order = ['RL', 'RR', 'FP', 'RM'];
        rule = r(
          '司机驾车（安全选项）：司机后方为上座，后排右、副驾驶、后排中次之',
          'Chauffeur (security option): behind the driver first, then rear right, front passenger, rear middle',
        );
      } else {
        order = ['RR', 'RL', 'FP', 'RM'];
        rule = r(
          '司机驾车：后排右为上座（路边上车），后排左、副驾驶、后排中次之',
          'Chauffeur: rear right first (kerb door), then rear left, front passenger, rear middle',
        );
      }
      break;
    case 'jeep':
      order = ['FP', 'RR', 'RL'];
      rule = r('吉普/越野车：副驾驶为上座，后排右、左次之', 'Jeep/off-road: front passenger first, then rear right, rear left');
      break;
    case 'mpv7':
      order = ['MR', 'ML', 'BR', 'BM', 'BL', 'FP'];
      rule = r(
        '七座商务车（中排独立座椅）：中排右为上，中排左、末排右中左、副驾驶次之',
        'Seven-seater with captain chairs: middle right first, then middle left, back right/middle/left, front passenger',
      );
      break;
    case 'mpv7-classic':
      order = ['BR', 'BL', 'BM', 'MR', 'ML', 'FP'];
      rule = r(
        '七座车（中排折叠座）：末排右为上，末排左、中，中排右、左，副驾驶次之',
        'Classic seven-seater (jump seats in row 2): back right first, then back left, middle, row-2 right, left, front passenger',
      );
      break;
    case 'van9':
      order = ['MR', 'MM', 'ML', 'BR', 'BM', 'BL', 'FP', 'FM'];
      rule = r(
        '九座车：中排右中左为上，末排右中左，副驾驶、前排中次之',
        'Nine-seat van: middle row right to left, then back row, front passenger, front middle',
      );
      break;
  }
  if (hostDrives && car.model !== 'sedan' && car.model !== 'jeep') {
    // Beside a driving host is the place of honour in any vehicle.
    order = ['FP', ...order.filter((l) => l !== 'FP')];
    rule = r(`主人驾车：副驾驶为上座；${rule.zh}`, `Host drives: front passenger first; ${rule.en}`);
  }
  if (rhd) {
    order = order.map((l) => MIRROR[l] ?? l);
    rule = mirrorWords(rule);
  }
  return { order, rule };
}

/** The ranking texts name rear/middle/back sides as the labels do, so they mirror with them. */
function mirrorWords(rule: Reason): Reason {
  const swap = (text: string, a: string, b: string) => text.replace(new RegExp(`${a}|${b}`, 'g'), (w) => (w === a ? b : a));
  return r(swap(rule.zh, '左', '右'), swap(rule.en, 'left', 'right'));
}

export function carCapacity(car: CarItem, options: SceneOptions): number {
  return carRanking(car, options).order.length;
}

const SEAT_ZH: Record<string, string> = {
  FP: '副驾驶',
  FM: '前排中',
  RL: '后排左',
  RM: '后排中',
  RR: '后排右',
  ML: '中排左',
  MM: '中排中',
  MR: '中排右',
  BL: '末排左',
  BM: '末排中',
  BR: '末排右',
};
const SEAT_EN: Record<string, string> = {
  FP: 'front passenger',
  FM: 'front middle',
  RL: 'rear left',
  RM: 'rear middle',
  RR: 'rear right',
  ML: 'middle left',
  MM: 'middle middle',
  MR: 'middle right',
  BL: 'back left',
  BM: 'back middle',
  BR: 'back right',
};

function seatName(label: string): Reason {
  return r(SEAT_ZH[label] ?? `第${label.split(':')[0]}排`, SEAT_EN[label] ?? `row ${label.split(':')[0]}`);
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
  if (car.driver === 'host' && !taken.has('D')) {
    const driver = people.find(isDriver) ?? ofSide(people, 'host')[0];
    if (driver) {
      seat(driver, 'D', r('主人驾车：驾驶座', 'Host drives: driver’s seat'));
      people = people.filter((p) => p !== driver);
    } else {
      out.warnings.push(
        warn('no-driver', '主人驾车，但车上没有主方人员', 'The host drives, but no host-side person rides in this car', {
          itemId: job.item.id,
        }),
      );
    }
  }
  const { order, rule } = carRanking(car, options);
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
  if (aide)
    seat(
      aide,
      'FP',
      r('随员：副驾驶（随员座），便于联络、引导', 'Aide: front passenger seat (the aide’s seat), to liaise and guide'),
    );
  const counters = { guest: 0, host: 0, staff: aide ? 1 : 0 };
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
    const k = order.indexOf(label) + 1;
    seat(
      p,
      label,
      joinReason(
        inCar(p.side, counters[p.side]),
        r(`${seatName(label).zh}，车内第${k}位（${rule.zh}）`, `${seatName(label).en}, seat ${k} in this car (${rule.en})`),
      ),
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
  const where =
    h.fwd > g.fwd
      ? r('前方', 'ahead of the guest')
      : h.fwd < g.fwd
        ? r('身后', 'behind the guest')
        : h.right < g.right
          ? r('左侧', 'to the guest’s left')
          : r('右侧', 'to the guest’s right');
  // Rank 1 of a side is the visit's 主陪 / 主宾; in other cars they are the car's own pair.
  const host = companion.host.rank === 1 ? r('主陪', 'the senior host') : r('主方人员', 'a host');
  const chief = top.guest.rank === 1;
  const guest = chief ? r('主宾', 'the chief guest') : r('本车首位客人', 'this car’s top guest');
  const front = options.companionSeat === 'front' && companion.seat === 'FP';
  const seatWords = seatName(companion.seat);
  return r(
    `陪车${front ? '（陪同者坐副驾驶的做法）' : ''}：${host.zh}陪同${guest.zh}，坐${chief ? '主宾' : '其'}${where.zh}（${seatWords.zh}）`,
    `Companion${front ? ' (front-seat option)' : ''}: ${host.en} rides with ${guest.en}, ${where.en} (${seatWords.en})`,
  );
}

function inCar(side: EP['side'], k: number): Reason {
  return r(`车内${sideZh(side)}第${k}位`, `${sideEn(side)} no. ${k} in this car`);
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
