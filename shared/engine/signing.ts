/**
 * Signing ceremony (签字仪式), RULES.md §7: the two signers sit side by side facing the room, the
 * guest on the host's right; each delegation stands behind its own signer by rank, centre out.
 * Any long or talks table in a scene of kind 'signing' is a signing table. Labels:
 * host-signer, guest-signer, then G1, G2… and H1, H2… standing, 1 nearest the centre.
 */
import type { LongTableItem, Scene, TalksTableItem } from '../model/types';
import { add, dir, scale } from './geometry';
import { farNormal } from './long-table';
import { ofSide } from './people';
import { joinReason, r, seatRef, unseatedWarning, who } from './reasons';
import { emptyOutcome, type EP, type ItemJob, type ItemOutcome, type Reason, type SeatGeom } from './types';

/** Standing places per delegation behind a signing table. */
export const STANDING_PER_SIDE = 8;

export function placeSigning(job: ItemJob): ItemOutcome {
  const out = emptyOutcome();
  const taken = new Set(job.locked.map((o) => o.label));
  const seat = (p: EP, label: string, reason: Reason) => {
    taken.add(label);
    out.placed.set(p.id, label);
    out.reasons.set(p.id, reason);
  };
  for (const side of ['guest', 'host'] as const) {
    const team = side === 'host' ? [...ofSide(job.people, 'host'), ...ofSide(job.people, 'staff')] : ofSide(job.people, 'guest');
    const signer = (side === 'host' ? team.find((p) => job.roles.get(p.id) === 'chief-host') : undefined) ?? team[0];
    const signerSeat = `${side}-signer`;
    if (signer && !taken.has(signerSeat)) {
      seat(signer, signerSeat, r(side === 'guest' ? 'reason.signing.guestSigner' : 'reason.signing.hostSigner'));
    }
    const prefix = side === 'guest' ? 'G' : 'H';
    const free = Array.from({ length: STANDING_PER_SIDE }, (_, i) => `${prefix}${i + 1}`).filter((l) => !taken.has(l));
    team
      .filter((p) => !out.placed.has(p.id))
      .forEach((p, i) => {
        const label = free[i];
        if (!label) return out.unseated.push(p);
        seat(p, label, joinReason(who(p.side, i + 2), r('reason.signing.standing', { seat: seatRef(label) })));
      });
  }
  if (out.unseated.length) out.warnings.push(unseatedWarning(out.unseated, job.item.id));
  return out;
}

export function signingGeometry(item: LongTableItem | TalksTableItem, scene: Scene): SeatGeom[] {
  const n = farNormal(item, scene);
  const facing = (Math.atan2(-n.y, -n.x) * 180) / Math.PI;
  const right = dir(facing + 90);
  const at = (back: number, u: number) => add(add(item, scale(n, back)), scale(right, u));
  const out: SeatGeom[] = [];
  const push = (label: string, p: { x: number; y: number }) => out.push({ label, x: p.x, y: p.y, facing });
  push('host-signer', at(0.7, -0.6));
  push('guest-signer', at(0.7, 0.6));
  for (let i = 1; i <= STANDING_PER_SIDE; i++) {
    push(`G${i}`, at(1.6, 0.3 + (i - 1) * 0.6));
    push(`H${i}`, at(1.6, -0.3 - (i - 1) * 0.6));
  }
  return out;
}
