/**
 * 自动排座 for the audience of a large meeting (RULES.md §9): units in the chosen order, filling
 * the hall's free seats by the chosen arrangement, starting on the honour side as the audience
 * faces the rostrum (government 左为高: the audience's left; commercial: their right). The rostrum
 * in the same scene is placed first (§3) and takes the top of the precedence; the hall seats
 * whoever is left. Reserved zones and locked seats are never filled.
 */
import type { Convention, MeetingHallItem, SceneOptions } from '../model/types';
import { hallSeats, type HallSeat } from './hall-seats';
import { r, seatRef, unseatedWarning, warn } from './reasons';
import { emptyOutcome, type ItemJob, type ItemOutcome, type Reason } from './types';
import { columnSegments, fillCentreOut, fillSegments, fillStrips, rowSegments, type Fill, type HallSide } from './unit-fill';
import { orderUnits, type Unit } from './unit-order';

/** The audience's honour side: their own left under government, their right under commercial; mirrored on request. */
export function honourSide(convention: Convention, options: SceneOptions): HallSide {
  const own: HallSide = convention === 'government' ? 'left' : 'right';
  if (options.hallSide !== 'mirrorRostrum') return own;
  return own === 'left' ? 'right' : 'left';
}

/** The side rows and strips start on. */
export function firstSide(convention: Convention, options: SceneOptions): HallSide {
  const direction = options.hallDirection ?? 'honourFirst';
  return direction === 'honourFirst' ? honourSide(convention, options) : direction;
}

function fill(units: Unit[], free: HallSeat[], first: HallSide, options: SceneOptions): Fill {
  const keep = options.keepUnitsTogether ?? true;
  switch (options.arrangement ?? 'horizontal') {
    case 'horizontal':
      return fillSegments(units, rowSegments(free, first, false), keep);
    case 'snake':
      return fillSegments(units, rowSegments(free, first, true), keep);
    case 'columns':
      return fillSegments(units, columnSegments(free, first), keep);
    case 'vertical':
      return fillStrips(units, free, first, options.strips ?? 'across', keep);
    case 'centreOut':
      return fillCentreOut(units, free, first, keep);
  }
}

/** Why the hall starts on this side, in the rule book's words. */
function sideReason(convention: Convention, options: SceneOptions, first: HallSide): Reason {
  const direction = options.hallDirection ?? 'honourFirst';
  if (direction !== 'honourFirst') return r('reason.hall.sideChosen', { side: r(`reason.hall.${first}`) });
  if (options.hallSide === 'mirrorRostrum') return r('reason.hall.sideMirror', { side: r(`reason.hall.${first}`) });
  return r(convention === 'government' ? 'reason.hall.sideGovernment' : 'reason.hall.sideCommercial');
}

export function placeMeetingHall(job: ItemJob, item: MeetingHallItem): ItemOutcome {
  const out = emptyOutcome();
  const locked = new Set(job.locked.map((o) => o.label));
  const free = hallSeats(item).filter((s) => !s.reserved && !locked.has(s.label));
  const units = orderUnits(job.people, job.options);
  const first = firstSide(job.convention, job.options);
  const { placed, unseated } = fill(units, free, first, job.options);
  const arrangement = r(`reason.hall.arrangement.${job.options.arrangement ?? 'horizontal'}`);
  const side = sideReason(job.convention, job.options, first);
  const order = r(`reason.hall.unitOrder.${job.options.unitOrder ?? 'list'}`);
  const byLabel = new Map(free.map((s) => [s.label, s]));
  units.forEach((unit, ui) => {
    const areas = new Set<string>();
    const seats: { label: string; area: string }[] = [];
    unit.people.forEach((p, k) => {
      const label = placed.get(p.id);
      if (!label) return;
      const seat = byLabel.get(label)!;
      const area = `${seat.block}/${seat.zone}`;
      areas.add(area);
      seats.push({ label, area });
      out.placed.set(p.id, label);
      out.reasons.set(
        p.id,
        unit.name
          ? r('reason.hall.seat', { seat: seatRef(label), unit: unit.name, u: ui + 1, k: k + 1, order, arrangement, side })
          : r('reason.hall.noUnit', { seat: seatRef(label), arrangement, side }),
      );
    });
    if (areas.size > 1) {
      // From the unit's first seat to its last one in another area: where it was split. (Its last
      // seat may lie in the first area again, as when a 竖排 strip spans two blocks row by row.)
      const first = seats[0]!;
      const last = seats.findLast((seat) => seat.area !== first.area)!;
      out.warnings.push(
        warn(
          'unit-split',
          (job.options.keepUnitsTogether ?? true) ? 'warning.hall.unitSplit' : 'warning.hall.unitSplitAllowed',
          {
            unit: unit.name || '—',
            areas: areas.size,
            n: unit.people.length,
            from: seatRef(first.label),
            to: seatRef(last.label),
          },
          { personIds: unit.people.map((p) => p.id), itemId: item.id },
        ),
      );
    }
  });
  out.unseated = unseated;
  if (unseated.length) out.warnings.push(unseatedWarning(unseated, item.id));
  return out;
}
