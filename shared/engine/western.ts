/**
 * Western host/hostess cross-seating at a round table (RULES.md §1, option `western`): host at P,
 * hostess at O; the top man on the hostess's right (Lm), his wife on the host's right (R1); the
 * second man on the hostess's left (Rm), his wife on the host's left (L1); sexes alternate and
 * spouses are never adjacent. With N divisible by 4 the sexes cannot alternate: warn.
 */
import { ofSide, sorted } from './people';
import { r, unseatedWarning, warn } from './reasons';
import { roundLabels, sideCount } from './round-labels';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome } from './types';

export function seatWestern(job: ItemJob, n: number): ItemOutcome {
  const out = emptyOutcome();
  const labels = roundLabels(n);
  const m = sideCount(n);
  const taken = new Map<string, string>(job.locked.map((o) => [o.label, o.person.id]));
  const seat = (p: EP, label: string, zh: string, en: string) => {
    taken.set(label, p.id);
    out.placed.set(p.id, label);
    out.reasons.set(p.id, r(zh, en));
  };
  if (n % 4 === 0) {
    out.warnings.push(
      warn(
        'western-alternation',
        `西式座次：${n} 座能被 4 整除，男女主人相对时无法男女交错`,
        `Western seating: with ${n} seats (divisible by 4) the sexes cannot alternate with host and hostess opposite`,
        { itemId: job.item.id },
      ),
    );
  }
  const everyone = [...job.people, ...job.locked.map((o) => o.person)];
  const hosts = ofSide(job.people, 'host');
  const host = job.people.find((p) => job.roles.get(p.id) === 'chief-host') ?? hosts[0];
  if (host && !taken.has('P')) seat(host, 'P', '男主人：主位，面向门', 'Host: seat of honour facing the door');
  const hostess =
    job.people.find((p) => job.roles.get(p.id) === 'deputy-host') ??
    job.people.find((p) => host && p.id === host.partnerId && p.id !== host.id);
  if (hostess && !out.placed.has(hostess.id) && n % 2 === 0 && !taken.has('O'))
    seat(hostess, 'O', '女主人：男主人对面', 'Hostess: opposite the host');

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
  const fill = (list: EP[], seats: string[], zh: string, en: string) => {
    list.forEach((p, k) => {
      const label =
        seats.find((l) => !taken.has(l)) ??
        nearHost.find((l) => !taken.has(l)) ??
        (taken.has('O') ? undefined : labels.includes('O') ? 'O' : undefined);
      if (!label) return unseated.push(p);
      seat(
        p,
        label,
        `${zh}第${k + 1}位：${label}（男女交错，夫妇分坐）`,
        `${en} no. ${k + 1}: ${label} (sexes alternate, couples apart)`,
      );
    });
  };
  fill(women, womenSeats, '女宾（靠近男主人，右手为先）', 'Lady (beside the host, his right first)');
  fill(men, menSeats, '男宾（靠近女主人，右手为先）', 'Gentleman (beside the hostess, her right first)');
  fill([...others, ...sorted(job.people.filter((p) => p.side === 'staff'))], [...nearHost].reverse(), '其余人员', 'Others');

  for (const [pid, label] of out.placed) {
    const p = byId.get(pid);
    const partner = p?.partnerId ? out.placed.get(p.partnerId) : undefined;
    const d = partner ? Math.abs(idx(label) - idx(partner)) : 0;
    if (partner && (d === 1 || d === n - 1) && pid < p!.partnerId!) {
      out.warnings.push(
        warn('spouses-adjacent', '西式座次：夫妇相邻', 'Western seating: a couple sits side by side', {
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
