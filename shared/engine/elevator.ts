/**
 * Elevators (乘电梯), RULES.md §6, in the E frame (as you walk in). The top position is the back
 * corner farthest from the button panel, then the other back corner, then back-middle (only with
 * 5 or more riders), then the front corner away from the panel; the host stands at the panel.
 */
import type { ElevatorItem, Scene } from '../model/types';
import { local } from './geometry';
import { guestsHostsStaff, ofSide } from './people';
import { joinReason, r, seatRef, unseatedWarning, who } from './reasons';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Reason, type SeatGeom } from './types';

const NAME: Record<string, Reason> = {
  BL: r('reason.elevator.BL'),
  BR: r('reason.elevator.BR'),
  BM: r('reason.elevator.BM'),
  FL: r('reason.elevator.FL'),
  FR: r('reason.elevator.FR'),
};

export function placeElevator(job: ItemJob, item: ElevatorItem): ItemOutcome {
  const out = emptyOutcome();
  const panelLeft = item.panel === 'front-left';
  const panel = panelLeft ? 'FL' : 'FR';
  const awayFront = panelLeft ? 'FR' : 'FL';
  const riders = job.people.length + job.locked.length;
  const order = [panelLeft ? 'BR' : 'BL', panelLeft ? 'BL' : 'BR', ...(riders >= 5 ? ['BM'] : []), awayFront];
  if (riders < 5) order.push('BM');
  const taken = new Set(job.locked.map((o) => o.label));
  const seat = (p: EP, label: string, reason: Reason) => {
    taken.add(label);
    out.placed.set(p.id, label);
    out.reasons.set(p.id, reason);
  };
  const host = job.people.find((p) => job.roles.get(p.id) === 'chief-host') ?? ofSide(job.people, 'host')[0];
  if (host && !taken.has(panel)) {
    // With an attendant the host still stands at the panel, but no longer works it.
    seat(host, panel, r(item.attendant ? 'reason.elevator.hostWithAttendant' : 'reason.elevator.host', { seat: seatRef(panel) }));
  }
  const free = order.filter((l) => !taken.has(l));
  if (!taken.has(panel)) free.push(panel);
  const counters = { guest: 0, host: host ? 1 : 0, staff: 0 };
  const unseated: EP[] = [];
  for (const p of guestsHostsStaff(job.people)) {
    if (p === host) continue;
    counters[p.side]++;
    const label = free.shift();
    if (!label) {
      unseated.push(p);
      continue;
    }
    const k = order.indexOf(label) + 1;
    seat(p, label, joinReason(who(p.side, counters[p.side]), r('reason.elevator.position', { corner: NAME[label]!, k })));
  }
  out.unseated = unseated;
  if (unseated.length) out.warnings.push(unseatedWarning(unseated, job.item.id));

  // Orders cover everyone riding, locked riders included.
  const riding = [...job.locked.map((o) => o.person), ...job.people.filter((p) => out.placed.has(p.id))];
  const hostRider = host && out.placed.has(host.id) ? host : ofSide(riding, 'host')[0];
  const rest = guestsHostsStaff(riding.filter((p) => p !== hostRider));
  // No attendant: the host goes in first to hold the door; guests always leave first, host last.
  out.enter = hostRider ? (item.attendant ? [...rest, hostRider] : [hostRider, ...rest]).map((p) => p.id) : rest.map((p) => p.id);
  out.exit = [...rest, ...(hostRider ? [hostRider] : [])].map((p) => p.id);
  return out;
}

export function elevatorGeometry(item: ElevatorItem, _scene: Scene): SeatGeom[] {
  const spots: [string, number, number][] = [
    ['BL', 0.6, -0.6],
    ['BM', 0.6, 0],
    ['BR', 0.6, 0.6],
    ['FL', -0.4, -0.6],
    ['FR', -0.4, 0.6],
  ];
  return spots.map(([label, fwd, right]) => {
    const p = local(item, item.rotation, fwd, right);
    return { label, x: p.x, y: p.y, facing: item.rotation + 180 };
  });
}
