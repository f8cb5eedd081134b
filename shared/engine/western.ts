/**
 * Western host/hostess cross-seating at a round table (RULES.md §1, option `western`): host at P,
 * hostess at O; the top man on the hostess's right (Lm), his wife on the host's right (R1); the
 * second man on the hostess's left (Rm), his wife on the host's left (L1); sexes alternate and
 * spouses are never adjacent. With N divisible by 4 the sexes cannot alternate: warn.
 */
import { ofSide, sorted } from './people';
import { r, seatRef, unseatedWarning, warn } from './reasons';
import { roundLabels, sideCount } from './round-labels';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Reason } from './types';

export function seatWestern(job: ItemJob, n: number): ItemOutcome {
  const out = emptyOutcome();
  const labels = roundLabels(n);
  const m = sideCount(n);
  const taken = new Map<string, string>(job.locked.map((o) => [o.label, o.person.id]));
  const seat = (p: EP, label: string, reason: Reason) => {
    taken.set(label, p.id);
    out.placed.set(p.id, label);
    out.reasons.set(p.id, reason);
  };
  if (n % 4 === 0) {
    out.warnings.push(warn('western-alternation', 'warning.westernAlternation', { n }, { itemId: job.item.id }));
  }
  const everyone = [...job.people, ...job.locked.map((o) => o.person)];
  const hosts = ofSide(job.people, 'host');
  const host = job.people.find((p) => job.roles.get(p.id) === 'chief-host') ?? hosts[0];
  if (host && !taken.has('P')) seat(host, 'P', r('reason.western.host'));
  const hostess =
    job.people.find((p) => job.roles.get(p.id) === 'deputy-host') ??
    job.people.find((p) => host && p.id === host.partnerId && p.id !== host.id);
  if (hostess && !out.placed.has(hostess.id) && n % 2 === 0 && !taken.has('O')) seat(hostess, 'O', r('reason.western.hostess'));

  const rest = job.people.filter((p) => !out.placed.has(p.id) && p.side !== 'staff');
  const ordered = [...ofSide(rest, 'guest'), ...ofSide(rest, 'host')];
  const byId = new Map(everyone.map((p) => [p.id, p]));
  // Couples ranked by the man; his wife is seated by the host while he sits by the hostess.
  const men: EP[] = [];
  const women: EP[] = [];
  for (const p of ordered) {
    if (p.gender === 'male') {
      men.push(p);
      const wife = p.partnerId ? byId.get(p.partnerId) : undefined;
      if (wife && wife.gender === 'female' && ordered.includes(wife) && !women.includes(wife)) women.push(wife);
    }
  }
  for (const p of ordered) if (p.gender === 'female' && !women.includes(p)) women.push(p);
  const others = ordered.filter((p) => !men.includes(p) && !women.includes(p));

  const idx = (l: string) => labels.indexOf(l);
  // Near the host, his right first; near the hostess, her right (the L side) first.
  const nearHost: string[] = [];
  const nearHostess: string[] = [];
  for (let i = 1; i <= m; i++) nearHost.push(`R${i}`, `L${i}`);
  for (let i = m; i >= 1; i--) nearHostess.push(`L${i}`, `R${i}`);
  const alternates = n % 4 === 2;
  const womenSeats = nearHost.filter((l) => !alternates || idx(l) % 2 === 1);
  const menSeats = nearHostess.filter((l) => !alternates || idx(l) % 2 === 0);
  const unseated: EP[] = [];
  const fill = (list: EP[], seats: string[], group: Reason) => {
    list.forEach((p, k) => {
      const label =
        seats.find((l) => !taken.has(l)) ??
        nearHost.find((l) => !taken.has(l)) ??
        (taken.has('O') ? undefined : labels.includes('O') ? 'O' : undefined);
      if (!label) return unseated.push(p);
      // The rule's promise only where it holds: N divisible by 4 cannot alternate the sexes.
      const rule = r(
        alternates ? 'reason.western.alternate' : n % 2 === 0 ? 'reason.western.noAlternation' : 'reason.western.oddSeats',
        {
          n,
        },
      );
      seat(p, label, r('reason.western.seat', { group, k: k + 1, seat: seatRef(label), rule }));
    });
  };
  fill(women, womenSeats, r('reason.western.lady'));
  fill(men, menSeats, r('reason.western.gentleman'));
  fill([...others, ...sorted(job.people.filter((p) => p.side === 'staff'))], [...nearHost].reverse(), r('reason.western.other'));

  for (const [pid, label] of out.placed) {
    const p = byId.get(pid);
    const partner = p?.partnerId ? out.placed.get(p.partnerId) : undefined;
    const d = partner ? Math.abs(idx(label) - idx(partner)) : 0;
    if (partner && (d === 1 || d === n - 1) && pid < p!.partnerId!) {
      // Neither spouse's reason may claim couples sit apart.
      for (const id of [pid, p!.partnerId!]) {
        const reason = out.reasons.get(id);
        if (reason?.key === 'reason.western.seat') {
          out.reasons.set(id, r('reason.western.seat', { ...reason.params, rule: r('reason.western.besideSpouse') }));
        }
      }
      out.warnings.push(
        warn('spouses-adjacent', 'warning.spousesAdjacent', undefined, {
          personIds: [pid, p!.partnerId!],
          itemId: job.item.id,
        }),
      );
    }
  }
  out.unseated = unseated;
  if (unseated.length > 0) out.warnings.push(unseatedWarning(unseated, job.item.id));
  return out;
}
