/**
 * The banquet-table scheme shared by round and long tables (RULES.md §1): 主陪 at P, 副主陪 at O,
 * 三陪 at R2, 四陪 at L2, guests in the table's guest order, host-side people without a role after
 * the guests, staff in the lowest seats left. A table kind only supplies its labels and order.
 */
import type { HostRole } from '../model/types';
import { ofSide, sorted } from './people';
import { joinReason, r, seatRef, unseatedWarning, warn, who, whoIn } from './reasons';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Reason } from './types';

export interface TableSpec {
  labels: string[];
  /** Whether the table has an O seat opposite P (needed by a 副主陪). */
  hasO: boolean;
  /** Guest order, most honoured first, without P, and without O when there is a 副主陪. Read-only. */
  order(deputy: boolean): readonly string[];
  /**
   * What the seat is, in words, for reasons: by the hands of whoever holds P (`atP`: the 主陪,
   * the 主宾 when he takes the host's seat, or only the seat when a guest sits there) and, with a
   * 副主陪 at O, by his hands for the seats on his side of the table.
   */
  describe(label: string, deputy: boolean, atP: AtP): Reason;
}

/** Who holds P, for the seat words (主陪右手 vs 主宾右手). */
export type AtP = 'chiefHost' | 'chiefGuest' | 'seat';

/** The holder of P in words: 主陪, 主宾, or 主位 (a table of guests only). */
export function holderAtP(atP: AtP): Reason {
  return r(`reason.table.holder.${atP}`);
}

/**
 * The i-th seat on one hand of the one at P (`holder`), or of the 副主陪 (no holder): the first
 * is his right or left hand (主陪右手), the others are counted (主陪右侧第2位).
 */
export function byHands(right: boolean, i: number, holder?: Reason): Reason {
  if (!holder) {
    if (i === 1) return r(right ? 'reason.table.deputyR1' : 'reason.table.deputyL1');
    return r(right ? 'reason.table.deputyRight' : 'reason.table.deputyLeft', { i });
  }
  if (i === 1) return r(right ? 'reason.table.R1' : 'reason.table.L1', { holder });
  return r(right ? 'reason.table.chiefRight' : 'reason.table.chiefLeft', { holder, i });
}

const ROLE_SEAT: Record<Exclude<HostRole, 'chief-host'>, string> = {
  'deputy-host': 'O',
  'third-host': 'R2',
  'fourth-host': 'L2',
};

function roleReason(role: HostRole, atP: AtP): Reason {
  if (role === 'chief-host') return r('reason.table.chiefHost');
  if (role === 'deputy-host') return r('reason.table.deputyHost', { holder: holderAtP(atP) });
  return r(role === 'third-host' ? 'reason.table.thirdHost' : 'reason.table.fourthHost');
}

/**
 * The same seat at the same kind of table always reads the same, so the texts are built once per
 * spec (a hall of a thousand equal tables would otherwise build them ten thousand times).
 */
const reasonCache = new WeakMap<TableSpec, Map<string, Reason>>();

function seatRule(spec: TableSpec, label: string, deputy: boolean, guest: boolean, atP: AtP): Reason {
  let cache = reasonCache.get(spec);
  if (!cache) reasonCache.set(spec, (cache = new Map()));
  const key = `${label}|${deputy}|${guest}|${atP}`;
  let rule = cache.get(key);
  if (!rule) {
    const what = spec.describe(label, deputy, atP);
    // With a 副主陪 the guests alternate between the two hosts; otherwise they go round the 主陪.
    const guestRule = deputy ? 'reason.table.guestRuleTwoHosts' : 'reason.table.guestRule';
    rule = r(guest ? guestRule : 'reason.table.companionRule', { seat: what });
    cache.set(key, rule);
  }
  return rule;
}

export function seatTable(job: ItemJob, spec: TableSpec): ItemOutcome {
  const out = emptyOutcome();
  const options = job.options;
  const taken = new Map<string, string>();
  for (const o of job.locked) taken.set(o.label, o.person.id);
  const labelSet = new Set(spec.labels);

  const everyone = [...job.people, ...job.locked.map((o) => o.person)];
  const holder = (role: HostRole) => everyone.find((p) => job.roles.get(p.id) === role);
  const explicitRoles = everyone.some((p) => job.roles.has(p.id));
  const free = new Set(job.people.map((p) => p.id));
  const roleOf = new Map<string, HostRole>();
  for (const p of everyone) {
    const role = job.roles.get(p.id);
    if (role) roleOf.set(p.id, role);
  }

  // Without a 主陪 the senior host takes P; without any roles at the table the next host is
  // the 副主陪 when the table has an O seat (the handbook's two-host structure).
  let autoChief = false;
  if (!holder('chief-host')) {
    // A host the user locked at P acts as the 主陪; otherwise the senior free host is one.
    const lockedAtP = job.locked.find((o) => o.label === 'P' && o.person.side === 'host')?.person;
    const h = lockedAtP ?? ofSide(job.people, 'host').find((p) => !roleOf.has(p.id));
    if (h) {
      roleOf.set(h.id, 'chief-host');
      autoChief = !lockedAtP;
    }
  }
  let autoDeputy = false;
  if (!explicitRoles && spec.hasO && ![...roleOf.values()].includes('deputy-host')) {
    // A host the user locked at O acts as the 副主陪; otherwise the next free host is one.
    const lockedAtO = job.locked.find((o) => o.label === 'O' && o.person.side === 'host')?.person;
    const h = lockedAtO ?? ofSide(job.people, 'host').find((p) => !roleOf.has(p.id));
    if (h) {
      roleOf.set(h.id, 'deputy-host');
      autoDeputy = !lockedAtO;
    }
  }

  const seat = (p: EP, label: string, reason: Reason) => {
    taken.set(label, p.id);
    out.placed.set(p.id, label);
    out.reasons.set(p.id, reason);
  };

  const byRole = (role: HostRole) => everyone.find((p) => roleOf.get(p.id) === role);
  const chief = byRole('chief-host');
  const deputyPerson = byRole('deputy-host');
  if (deputyPerson && !spec.hasO) {
    out.warnings.push(
      warn('deputy-needs-even-seats', 'warning.deputyNeedsEvenSeats', undefined, {
        personIds: [deputyPerson.id],
        itemId: job.item.id,
      }),
    );
    roleOf.delete(deputyPerson.id);
  }
  // A 副主陪 shapes the guest order only when he actually sits (or is locked) at O.
  const deputy =
    spec.hasO && !!deputyPerson && (free.has(deputyPerson.id) ? !taken.has('O') : taken.get('O') === deputyPerson.id);
  if (deputyPerson && spec.hasO && !deputy) roleOf.delete(deputyPerson.id);

  const guests = ofSide(job.people, 'guest');
  const allGuests = ofSide(everyone, 'guest');
  // Option chiefGuestTakesHostSeat: only when the chief guest outranks the host (by precedence
  // when both have one; otherwise the option itself says so).
  const g1 = guests[0];
  const swap =
    !!options.chiefGuestTakesHostSeat &&
    !!g1 &&
    !!chief &&
    free.has(chief.id) &&
    !taken.has('P') &&
    !taken.has('R1') &&
    (g1.precedence === undefined || chief.precedence === undefined || g1.precedence < chief.precedence);
  if (swap && g1 && chief) {
    seat(g1, 'P', r('reason.table.swapGuest'));
    seat(chief, 'R1', r('reason.table.swapHost'));
  }
  // Whose hands the other seats are counted by: the one who ends up at P — the 主宾 after the
  // swap, the 主陪 when he holds P or is free to take it, else just the seat (a guest there).
  const holdingP = everyone.find((p) => p.id === taken.get('P'));
  const chiefTakesP = !!chief && free.has(chief.id) && !taken.has('P');
  const atP: AtP = swap ? 'chiefGuest' : holdingP?.side === 'host' || chiefTakesP ? 'chiefHost' : 'seat';
  const hosts = ofSide(everyone, 'host');
  // A role holder is named by his rank across the hall too, when that differs from his rank here.
  const roleWho = (p: EP, reason: Reason) => {
    const across = job.overall?.(p);
    const k = hosts.indexOf(p) + 1;
    return across === undefined || across === k ? reason : r('reason.who.role', { overall: who('host', across), role: reason });
  };

  for (const p of job.people) {
    if (out.placed.has(p.id)) continue;
    const role = roleOf.get(p.id);
    if (!role) continue;
    const label = role === 'chief-host' ? 'P' : ROLE_SEAT[role];
    if (!labelSet.has(label) || taken.has(label)) {
      roleOf.delete(p.id);
      continue;
    }
    const reason = roleReason(role, atP);
    seat(
      p,
      label,
      roleWho(
        p,
        role === 'chief-host' && autoChief
          ? r('reason.table.autoChief', { role: reason })
          : role === 'deputy-host' && autoDeputy
            ? r('reason.table.autoDeputy', { role: reason })
            : reason,
      ),
    );
  }

  const order = spec.order(!!deputy).filter((l) => !taken.has(l));
  // No 主陪 at all (a table of guests only): the seat of honour goes to the most senior guest.
  if (!taken.has('P') && labelSet.has('P')) order.unshift('P');

  const front = [
    // Numbered among all the table's guests, locked ones included, so the text matches the rank.
    ...guests.filter((p) => !out.placed.has(p.id)).map((p) => ({ p, k: allGuests.indexOf(p) + 1 })),
    ...sorted(job.people.filter((p) => p.side === 'host' && !out.placed.has(p.id))).map((p, i) => ({ p, k: i + 1 })),
  ];
  const staff = ofSide(job.people, 'staff').filter((p) => !out.placed.has(p.id));
  const nFront = Math.min(front.length, order.length);
  front.slice(0, nFront).forEach(({ p, k }, i) => {
    const label = order[i]!;
    const guest = p.side === 'guest';
    const base = guest ? whoIn('table', p, k, job.overall) : r('reason.table.companion', { k });
    seat(p, label, joinReason(base, seatRule(spec, label, !!deputy, guest, atP)));
  });
  const left = order.slice(nFront);
  const nStaff = Math.min(staff.length, left.length);
  const staffSeats = left.slice(left.length - nStaff);
  staff.slice(0, nStaff).forEach((p, i) => {
    const label = staffSeats[i]!;
    // Only O (back to the door) is by the door and the serving side; elsewhere it is just the last seat.
    seat(p, label, r(label === 'O' ? 'reason.table.staffByDoor' : 'reason.table.staff', { seat: seatRef(label) }));
  });

  out.unseated = [...front.slice(nFront).map((f) => f.p), ...staff.slice(nStaff)];
  if (out.unseated.length > 0) out.warnings.push(unseatedWarning(out.unseated, job.item.id));
  return out;
}
