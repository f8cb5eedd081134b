/**
 * Meeting rooms, RULES.md §4: 会见 (reception, side by side), 会谈 (talks across a long table) and
 * the conference table with a chair at the head. Where the principals sit is computed from the
 * door (the E frame: as you walk in), never from the screen.
 */
import type { ConferenceTableItem, ReceptionItem, Scene, TalksTableItem } from '../model/types';
import { add, dir, dot, itemDoor, scale, type Vec } from './geometry';
import { byPrecedence, bySeniority, isInterpreter, isNoteTaker, ofSide, sorted } from './people';
import { joinReason, personRef, r, seatRef, unseatedWarning, warn, who } from './reasons';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Reason, type SeatGeom } from './types';

interface Placing {
  out: ItemOutcome;
  taken: Set<string>;
  seat(p: EP, label: string, reason: Reason): void;
}

function placing(job: ItemJob): Placing {
  const out = emptyOutcome();
  const taken = new Set(job.locked.map((o) => o.label));
  return {
    out,
    taken,
    seat(p, label, reason) {
      taken.add(label);
      out.placed.set(p.id, label);
      out.reasons.set(p.id, reason);
    },
  };
}

function finish(pl: Placing, job: ItemJob): ItemOutcome {
  pl.out.unseated = job.people.filter((p) => !pl.out.placed.has(p.id));
  if (pl.out.unseated.length) pl.out.warnings.push(unseatedWarning(pl.out.unseated, job.item.id));
  return pl.out;
}

/* ---------- 会见: reception, side by side ---------- */

/** Which E side the host principal takes (the handbook sentence, option handbookMeeting). */
export function receptionHostSide(job: Pick<ItemJob, 'convention' | 'options'>): 'E-left' | 'E-right' {
  const honourReading = job.options.handbookMeeting === 'honourSeat';
  const commercial = job.convention === 'commercial';
  // hostSeat reading: 商务 host on the right as you enter, 政务 on the left. honourSeat reading
  // puts the *guest* there instead.
  return commercial !== honourReading ? 'E-right' : 'E-left';
}

export function placeReception(job: ItemJob, item: ReceptionItem): ItemOutcome {
  const pl = placing(job);
  const hostSide = receptionHostSide(job);
  const guestSide = hostSide === 'E-right' ? 'E-left' : 'E-right';
  const reading = job.options.handbookMeeting === 'honourSeat' ? 'honourSeat' : 'hostSeat';
  const commercial = job.convention === 'commercial';
  // The handbook's sentence for the convention, and how it is read.
  const readingText = r(
    reading === 'hostSeat'
      ? commercial
        ? 'reason.reception.hostSeatCommercial'
        : 'reason.reception.hostSeatGovernment'
      : commercial
        ? 'reason.reception.honourSeatCommercial'
        : 'reason.reception.honourSeatGovernment',
  );
  // Which of the host's hands the guest is on, from the seats themselves: the principals face the
  // door, so the right as you enter is the host's left (the honourSeat reading reverses the rule).
  const hand = r(guestSide === 'E-left' ? 'reason.reception.guestOnRight' : 'reason.reception.guestOnLeft');
  const convention = r(commercial ? 'reason.reception.commercial' : 'reason.reception.government', { hand });
  const principal = (side: 'host' | 'guest') =>
    (side === 'host' ? job.people.find((p) => job.roles.get(p.id) === 'chief-host') : undefined) ??
    ofSide(job.people, side).find((p) => !isInterpreter(p) && !isNoteTaker(p));
  const hp = principal('host');
  const gp = principal('guest');
  const sideWord = (l: string) => r(l === 'E-right' ? 'reason.reception.right' : 'reason.reception.left');
  if (hp && !pl.taken.has(hostSide))
    pl.seat(hp, hostSide, r('reason.reception.host', { side: sideWord(hostSide), convention, reading: readingText }));
  if (gp && !pl.taken.has(guestSide))
    pl.seat(gp, guestSide, r('reason.reception.guest', { side: sideWord(guestSide), convention, reading: readingText }));

  // RULES.md §4: interpreters, note-takers and every other staff member sit in the second row,
  // never in the principals' seats or on the entourage's sofas along the walls.
  const behind = job.people.filter((p) => !pl.out.placed.has(p.id) && sitsBehind(p));
  for (const [side, wall] of [
    ['guest', guestSide],
    ['host', hostSide],
  ] as const) {
    const team = ofSide(job.people, side).filter((p) => !pl.out.placed.has(p.id) && !behind.includes(p));
    const free = Array.from({ length: item.perSide }, (_, i) => `${wall}-${i + 1}`).filter((l) => !pl.taken.has(l));
    team.forEach((p, i) => {
      const label = free[i];
      if (!label) return;
      pl.seat(
        p,
        label,
        joinReason(
          who(p.side, i + 2),
          r(side === 'guest' ? 'reason.reception.guestWall' : 'reason.reception.hostWall', { seat: seatRef(label) }),
        ),
      );
    });
  }
  // The second row behind each principal: his interpreters first (right behind him), then
  // note-takers, then the other staff (who count with the host side), each by rank.
  const rowOrder = (p: EP) => (isInterpreter(p) ? 0 : isNoteTaker(p) ? 1 : 2);
  const noRoom: EP[] = [];
  for (const [side, wall] of [
    ['guest', guestSide],
    ['host', hostSide],
  ] as const) {
    const row = Array.from({ length: backRowSeats(item) }, (_, i) => `${wall}-B${i + 1}`).filter((l) => !pl.taken.has(l));
    const mine = sorted(
      behind.filter((p) => (p.side === 'guest') === (side === 'guest')),
      (a, b) => rowOrder(a) - rowOrder(b) || bySeniority(a, b),
    );
    mine.forEach((p, i) => {
      const label = row[i];
      if (!label) return noRoom.push(p);
      pl.seat(
        p,
        label,
        rowOrder(p) < 2
          ? r('reason.reception.behind', {
              role: behindRole(p),
              principal: r(`reason.reception.principal.${side}`),
              seat: seatRef(label),
            })
          : r('reason.reception.staffBehind', { seat: seatRef(label) }),
      );
    });
  }
  // No second row, or not enough of it: they stay unseated rather than take a sofa; say so.
  if (noRoom.length > 0)
    pl.out.warnings.push(
      warn(
        'reception-no-back-seat',
        'warning.receptionNoBackSeat',
        { people: noRoom.map((p) => personRef(p.id)) },
        { personIds: noRoom.map((p) => p.id), itemId: item.id },
      ),
    );
  return finish(pl, job);
}

/**
 * A 会见's seats in honour order, as the lint checks seniority (RULES.md §8) — compared within one
 * side only: the principals, then each side's wall sofa from the principals toward the door, then
 * the second rows (where staff sit after interpreters and note-takers, by rank).
 */
export function receptionHonourOrder(item: ReceptionItem, job: Pick<ItemJob, 'convention' | 'options'>): string[] {
  const hostSide = receptionHostSide(job);
  const guestSide = hostSide === 'E-right' ? 'E-left' : 'E-right';
  const run = (n: number, label: (side: string, i: number) => string) =>
    Array.from({ length: n }, (_, i) => [label(guestSide, i + 1), label(hostSide, i + 1)]).flat();
  return [
    guestSide,
    hostSide,
    ...run(item.perSide, (side, i) => `${side}-${i}`),
    ...run(backRowSeats(item), (side, i) => `${side}-B${i}`),
  ];
}

/** Who sits in the second row of a 会见: interpreters, note-takers and staff (RULES.md §4). */
function sitsBehind(p: EP): boolean {
  return p.side === 'staff' || isInterpreter(p) || isNoteTaker(p);
}

/** Second-row seats per side; a plan from before the field has two. */
function backRowSeats(item: ReceptionItem): number {
  return item.backRow ?? 2;
}

function behindRole(p: EP): Reason {
  return r(isInterpreter(p) ? 'reason.role.interpreter' : 'reason.role.noteTaker');
}

export function receptionGeometry(item: ReceptionItem, scene: Scene): SeatGeom[] {
  const door = itemDoor(scene, item);
  const into = dir(door.into);
  const eRight = dir(door.into + 90);
  const depth = 1 + item.perSide * 0.9;
  const far = add(item, scale(into, depth / 2));
  const out: SeatGeom[] = [];
  const push = (label: string, p: Vec, facing: number) => out.push({ label, x: p.x, y: p.y, facing });
  for (const [wall, sign] of [
    ['E-right', 1],
    ['E-left', -1],
  ] as const) {
    push(wall, add(far, scale(eRight, sign * 0.6)), door.into + 180);
    for (let i = 1; i <= item.perSide; i++) {
      push(
        `${wall}-${i}`,
        add(add(far, scale(eRight, sign * 2.2)), scale(into, -i * 0.9)),
        door.into + 90 + (sign > 0 ? 180 : 0),
      );
    }
    for (let i = 1; i <= backRowSeats(item); i++)
      push(`${wall}-B${i}`, add(add(far, scale(eRight, sign * (0.6 + (i - 1) * 0.6))), scale(into, 0.8)), door.into + 180);
  }
  return out;
}

/* ---------- 会谈: talks across a long table ---------- */

/** Seats of one side: principal label, then R_i/L_i by the principal's own hands. */
function sideSeats(prefix: string, n: number, principalU: number): { label: string; u: number }[] {
  const lim = (n - 1) / 2 + 1e-9;
  const out = [{ label: prefix, u: principalU }];
  for (let i = 1; i < n; i++) {
    if (principalU + i <= lim) out.push({ label: `${prefix}-R${i}`, u: principalU + i });
    if (principalU - i >= -lim) out.push({ label: `${prefix}-L${i}`, u: principalU - i });
  }
  return out;
}

function talksLabels(n: number) {
  const even = n % 2 === 0;
  // Principals sit opposite each other; with an even side the guest principal takes the centre
  // seat on his left so that more seats lie on his (senior) right.
  return { guest: sideSeats('G', n, even ? -0.5 : 0), host: sideSeats('H', n, even ? 0.5 : 0) };
}

/**
 * The outward normal of the guests' long side. Table parallel to the door wall: guests on the far
 * side facing the door. End-on: guests on the right as you enter, under either convention.
 */
export function talksGuestNormal(item: TalksTableItem, scene: Scene): { normal: Vec; parallel: boolean } {
  const door = itemDoor(scene, item);
  const axis = dir(item.rotation);
  const right = dir(item.rotation + 90);
  const parallel = Math.abs(dot(axis, dir(door.into))) < Math.SQRT1_2 + 1e-9;
  const toward = parallel ? dir(door.into) : dir(door.into + 90);
  return { normal: dot(right, toward) > 0 ? right : scale(right, -1), parallel };
}

/** Chairs in the row behind each side of a 会谈 table, for interpreters and note-takers. */
const TALKS_BACK_SEATS = 2;

export function placeTalks(job: ItemJob, item: TalksTableItem): ItemOutcome {
  const pl = placing(job);
  const { parallel } = talksGuestNormal(item, job.scene);
  const labels = talksLabels(item.seatsPerSide);
  const behindMode = job.options.interpreters === 'behind';
  const layout = r(parallel ? 'reason.talks.parallel' : 'reason.talks.endOn');
  for (const side of ['guest', 'host'] as const) {
    const prefix = side === 'guest' ? 'G' : 'H';
    const seats = (side === 'guest' ? labels.guest : labels.host).map((s) => s.label);
    const all = side === 'host' ? [...ofSide(job.people, 'host'), ...ofSide(job.people, 'staff')] : ofSide(job.people, 'guest');
    const interps = all.filter(isInterpreter);
    const notes = all.filter(isNoteTaker);
    const team = all.filter((p) => !interps.includes(p) && !notes.includes(p));
    const principal = (side === 'host' ? team.find((p) => job.roles.get(p.id) === 'chief-host') : undefined) ?? team[0];
    if (principal && !pl.taken.has(prefix))
      pl.seat(principal, prefix, r(side === 'guest' ? 'reason.talks.guestPrincipal' : 'reason.talks.hostPrincipal', { layout }));
    // Interpreters: the host's on the host principal's right, the guest's on the guest principal's left.
    const iSeat = side === 'host' ? `${prefix}-R1` : `${prefix}-L1`;
    const back: EP[] = [...notes];
    for (const p of interps) {
      if (!behindMode && seats.includes(iSeat) && !pl.taken.has(iSeat)) {
        pl.seat(
          p,
          iSeat,
          r(side === 'host' ? 'reason.talks.hostInterpreter' : 'reason.talks.guestInterpreter', { seat: seatRef(iSeat) }),
        );
      } else back.push(p);
    }
    const order = seats.slice(1).sort((a, b) => seatIndex(a) - seatIndex(b));
    const free = order.filter((l) => !pl.taken.has(l));
    const principalWord = r(`reason.talks.principal.${side}`);
    team
      .filter((p) => !pl.out.placed.has(p.id))
      .forEach((p, i) => {
        const label = free[i];
        if (!label) return;
        // Counted within his own side (staff among staff), the principal being his side's first.
        const k = team.filter((q) => q.side === p.side).indexOf(p) + 1;
        const [, hand, nth] = /-(R|L)(\d+)$/.exec(label)!;
        const where = {
          principal: principalWord,
          hand: r(hand === 'R' ? 'reason.talks.hand.right' : 'reason.talks.hand.left'),
          i: Number(nth),
        };
        pl.seat(p, label, joinReason(who(p.side, k), r('reason.talks.team', where)));
      });
    // The row behind has TALKS_BACK_SEATS chairs a side; whoever finds none stays unseated (and
    // is named at the end of the placement), never in a chair that is not there.
    const backSeats = Array.from({ length: TALKS_BACK_SEATS }, (_, i) => `${prefix}-B${i + 1}`).filter((l) => !pl.taken.has(l));
    back.slice(0, backSeats.length).forEach((p, i) => {
      const label = backSeats[i]!;
      pl.seat(p, label, r('reason.talks.behind', { role: behindRole(p), seat: seatRef(label) }));
    });
  }
  return finish(pl, job);
}

/**
 * A 会谈 table's seats in honour order, as the lint checks seniority (RULES.md §8): the principals,
 * then each side by its own principal's hands, R1, L1, R2, L2 … (compared within one side only).
 */
export function talksHonourOrder(item: TalksTableItem): string[] {
  const labels = talksLabels(item.seatsPerSide);
  const rest = [...labels.guest.slice(1), ...labels.host.slice(1)].map((s) => s.label);
  return [labels.guest[0]!.label, labels.host[0]!.label, ...rest.sort((a, b) => seatIndex(a) - seatIndex(b))];
}

/** R1, L1, R2, L2 … order of a side label such as G-R2. */
function seatIndex(label: string): number {
  const m = /-(R|L)(\d+)$/.exec(label);
  return m ? Number(m[2]) * 2 - (m[1] === 'R' ? 1 : 0) : 0;
}

export function talksGeometry(item: TalksTableItem, scene: Scene): SeatGeom[] {
  const { normal } = talksGuestNormal(item, scene);
  const gFacing = (Math.atan2(-normal.y, -normal.x) * 180) / Math.PI;
  const gRight = dir(gFacing + 90);
  const labels = talksLabels(item.seatsPerSide);
  const out: SeatGeom[] = [];
  for (const s of labels.guest) {
    const p = add(add(item, scale(normal, 0.9)), scale(gRight, s.u * 0.8));
    out.push({ label: s.label, x: p.x, y: p.y, facing: gFacing });
  }
  for (const s of labels.host) {
    // The host side faces the other way, so his right is the guests' left.
    const p = add(add(item, scale(normal, -0.9)), scale(gRight, -s.u * 0.8));
    out.push({ label: s.label, x: p.x, y: p.y, facing: gFacing + 180 });
  }
  for (const [prefix, sign] of [
    ['G', 1],
    ['H', -1],
  ] as const) {
    for (let i = 1; i <= TALKS_BACK_SEATS; i++) {
      const p = add(add(item, scale(normal, sign * 1.7)), scale(gRight, sign * (i - 1.5) * 0.8));
      out.push({ label: `${prefix}-B${i}`, x: p.x, y: p.y, facing: sign > 0 ? gFacing : gFacing + 180 });
    }
  }
  return out;
}

/* ---------- conference table with a chair at the head ---------- */

export function conferenceOrder(n: number, government: boolean): string[] {
  const out = ['head'];
  for (let i = 1; i <= n; i++) out.push(...(government ? [`L${i}`, `R${i}`] : [`R${i}`, `L${i}`]));
  out.push('foot');
  return out;
}

export function placeConference(job: ItemJob, item: ConferenceTableItem): ItemOutcome {
  const pl = placing(job);
  const gov = job.convention === 'government';
  const order = conferenceOrder(item.seatsPerSide, gov);
  const free = order.filter((l) => !pl.taken.has(l));
  const rule = r(gov ? 'reason.conference.government' : 'reason.conference.commercial');
  sorted(job.people, byPrecedence).forEach((p, i) => {
    const label = free[i];
    if (!label) return;
    const k = order.indexOf(label) + 1;
    const what =
      label === 'head'
        ? r('reason.conference.head')
        : label === 'foot'
          ? r('reason.conference.foot')
          : r(label[0] === 'L' ? 'reason.conference.left' : 'reason.conference.right', { i: Number(label.slice(1)), rule });
    pl.seat(p, label, joinReason(r('reason.precedence', { k }), what));
  });
  return finish(pl, job);
}

/** The direction from the table centre to the head: the end farther from the door. */
export function headDirection(item: ConferenceTableItem, scene: Scene): Vec {
  const door = itemDoor(scene, item);
  const axis = dir(item.rotation);
  const s = dot(axis, dir(door.into));
  if (Math.abs(s) > 1e-6) return s > 0 ? axis : scale(axis, -1);
  return dot(axis, dir(door.into - 90)) > 0 ? axis : scale(axis, -1);
}

export function conferenceGeometry(item: ConferenceTableItem, scene: Scene): SeatGeom[] {
  const h = headDirection(item, scene);
  const chairFacing = (Math.atan2(-h.y, -h.x) * 180) / Math.PI;
  const chairRight = dir(chairFacing + 90);
  const half = (item.seatsPerSide * 0.7) / 2 + 0.5;
  const out: SeatGeom[] = [];
  const head = add(item, scale(h, half));
  const foot = add(item, scale(h, -half));
  out.push({ label: 'head', x: head.x, y: head.y, facing: chairFacing });
  out.push({ label: 'foot', x: foot.x, y: foot.y, facing: chairFacing + 180 });
  for (let i = 1; i <= item.seatsPerSide; i++) {
    const along = add(item, scale(h, half - 0.5 - (i - 0.5) * 0.7));
    for (const [side, sign] of [
      ['R', 1],
      ['L', -1],
    ] as const) {
      const p = add(along, scale(chairRight, sign * 0.9));
      out.push({ label: `${side}${i}`, x: p.x, y: p.y, facing: chairFacing - sign * 90 });
    }
  }
  return out;
}
