/**
 * The leaders' summary (领导一览) as data: the principal people of each side and where each of
 * them sits in every scene. Pure; renderer/src/print/summary.tsx prints it.
 */
import { seatLabelText } from '../i18n/seat-labels';
import type { Lang } from '../i18n/translate';
import type { Person, Plan } from '../model/types';
import { seatingItems } from './plan-data';
import { itemTitle } from './seating-list';

/** How many of each side count as principal on one page. */
const PER_SIDE = 8;

export function principals(plan: Plan): Person[] {
  const of = (side: Person['side']) =>
    plan.people
      .filter((p) => p.side === side && p.attendance !== 'absent')
      .sort((a, b) => a.rank - b.rank)
      .slice(0, PER_SIDE);
  return [...of('guest'), ...of('host')];
}

/** Person id → scene id → "第1桌 P". */
export function whereabouts(plan: Plan, lang: Lang): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const scene of plan.scenes) {
    for (const entry of seatingItems(plan, scene)) {
      for (const s of entry.seats) {
        if (!s.person) continue;
        if (!out.has(s.person.id)) out.set(s.person.id, new Map());
        out.get(s.person.id)!.set(scene.id, `${itemTitle(entry, lang)} ${seatLabelText(lang, entry.item, s.label)}`);
      }
    }
  }
  return out;
}
