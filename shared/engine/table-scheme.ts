/**
 * The banquet-table scheme shared by round and long tables (RULES.md §1): 主陪 at P, 副主陪 at O,
 * 三陪 at R2, 四陪 at L2, guests in the table's guest order, host-side people without a role after
 * the guests, staff in the lowest seats left. A table kind only supplies its labels and order.
 */
import type { HostRole } from '../model/types';
import { ofSide, sorted } from './people';
import { joinReason, r, unseatedWarning, warn, who } from './reasons';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Reason } from './types';

export interface TableSpec {
  labels: string[];
  /** Whether the table has an O seat opposite P (needed by a 副主陪). */
  hasO: boolean;
  /** Guest order, most honoured first, without P, and without O when there is a 副主陪. Read-only. */
  order(deputy: boolean): readonly string[];
  /** What the seat is, in words, for reasons. */
  describe(label: string, deputy: boolean): Reason;
}

const ROLE_SEAT: Record<Exclude<HostRole, 'chief-host'>, string> = {
  'deputy-host': 'O',
  'third-host': 'R2',
  'fourth-host': 'L2',
};

const ROLE_REASON: Record<HostRole, Reason> = {
  'chief-host': r('主陪：主位，离门最远、面向门（面门为上）', 'Chief host: seat of honour, farthest from the door and facing it'),
  'deputy-host': r('副主陪：主陪对面，背门', 'Deputy host: opposite the chief host, back to the door'),
  'third-host': r('三陪：主宾右侧（R2），便于照顾主宾', 'Third host: R2, beside the chief guest to look after him'),
  'fourth-host': r('四陪：第二位客人左侧（L2）', 'Fourth host: L2, beside the second guest'),
};

/**
 * The same seat at the same kind of table always reads the same, so the texts are built once per
 * spec (a hall of a thousand equal tables would otherwise build them ten thousand times).
 */
const reasonCache = new WeakMap<TableSpec, Map<string, Reason>>();

function seatReason(spec: TableSpec, label: string, deputy: boolean, guest: boolean, k: number): Reason {
  let cache = reasonCache.get(spec);
  if (!cache) reasonCache.set(spec, (cache = new Map()));
  const key = `${label}|${deputy}|${guest}|${k}`;
  let reason = cache.get(key);
  if (!reason) {
    const what = spec.describe(label, deputy);
    const base = guest ? who('guest', k) : r(`主方陪同第${k}位`, `Host-side companion no. ${k}`);
    const rule = guest
      ? r(`${what.zh}（以右为尊，客人按位次入座）`, `${what.en} (right is senior; guests by rank)`)
      : r(`${what.zh}（客人之后按位次）`, `${what.en} (after the guests, by rank)`);
    reason = joinReason(base, rule);
    cache.set(key, reason);
  }
  return reason;
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
      warn(
        'deputy-needs-even-seats',
        '副主陪需要与主陪相对的 O 座：奇数座位的桌子没有 O 座，副主陪按主方陪同就座',
        'A deputy host needs the O seat opposite P; a table with an odd seat count has none, so the deputy sits as a host-side companion',
        { personIds: [deputyPerson.id], itemId: job.item.id },
      ),
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
    seat(
      g1,
      'P',
      r(
        '主宾：主位（选项“主宾位高于主陪时坐主位”）',
        'Chief guest: seat of honour (option chiefGuestTakesHostSeat: the chief guest outranks the host)',
      ),
    );
    seat(
      chief,
      'R1',
      r('主陪：主宾右手 R1（选项“主宾坐主位”）', "Chief host: R1, on the chief guest's right (option chiefGuestTakesHostSeat)"),
    );
  }

  for (const p of job.people) {
    if (out.placed.has(p.id)) continue;
    const role = roleOf.get(p.id);
    if (!role) continue;
    const label = role === 'chief-host' ? 'P' : ROLE_SEAT[role];
    if (!labelSet.has(label) || taken.has(label)) {
      roleOf.delete(p.id);
      continue;
    }
    const auto =
      role === 'chief-host' && autoChief
        ? r('（未指定，取主方位次最高者）', ' (not assigned; the most senior host takes it)')
        : role === 'deputy-host' && autoDeputy
          ? r('（未指定，取主方位次第二者）', ' (not assigned; the next host takes it)')
          : r('', '');
    seat(p, label, { zh: ROLE_REASON[role].zh + auto.zh, en: ROLE_REASON[role].en + auto.en });
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
    seat(p, label, seatReason(spec, label, !!deputy, p.side === 'guest', k));
  });
  const left = order.slice(nFront);
  const nStaff = Math.min(staff.length, left.length);
  const staffSeats = left.slice(left.length - nStaff);
  staff.slice(0, nStaff).forEach((p, i) => {
    const label = staffSeats[i]!;
    seat(
      p,
      label,
      r(
        `工作人员：余下的最末座位 ${label}（靠近门和上菜口）`,
        `Staff: lowest seat left, ${label} (nearest the door and the serving side)`,
      ),
    );
  });

  out.unseated = [...front.slice(nFront).map((f) => f.p), ...staff.slice(nStaff)];
  if (out.unseated.length > 0) out.warnings.push(unseatedWarning(out.unseated, job.item.id));
  return out;
}
