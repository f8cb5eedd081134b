/**
 * The visit of banquet.ts with long names and titles (a transliterated name with its dot, a long
 * Latin name, a title of twenty characters) among the people who ride, speak and sit at the main
 * table, two tables emptied and a car nobody rides in: what lists and spreadsheets must print whole.
 */
import type { CarItem, Plan } from '../../../shared/model/types';
import { seatingItems } from '../../../shared/output/plan-data';
import { visitPlan } from './banquet';

export const LONG = {
  name: '阿卜杜·热合曼',
  longerName: '买买提·阿卜杜热合曼·艾力',
  latin: 'Maximilian von Hohenberg-Schwarzenbach',
  title: '亚太区首席财务官兼董事会秘书处常务副秘书长',
};

/** The visit with long names and titles among the people who ride, speak and sit at the main table. */
export function longPlan(): Plan {
  const plan = visitPlan();
  const people = plan.people.map((p, i) =>
    i === 1
      ? { ...p, name: LONG.name }
      : i === 3
        ? { ...p, name: LONG.latin }
        : i === 0
          ? { ...p, title: LONG.title }
          : i === 5
            ? { ...p, name: LONG.longerName }
            : p,
  );
  const banquet = plan.scenes.find((s) => s.kind === 'banquet')!;
  // Tables 8 and 9 emptied: they must get neither a block nor a page.
  const emptied = new Set(
    seatingItems(plan, banquet)
      .filter((e) => e.number === 8 || e.number === 9)
      .map((e) => e.item.id),
  );
  const spare: CarItem = {
    id: 'spare_car',
    kind: 'car',
    model: 'sedan',
    driver: 'chauffeur',
    x: 0,
    y: 30,
    rotation: -90,
    number: 4,
    plate: '京A·84004',
    driverName: '钱师傅',
  };
  return {
    ...plan,
    people,
    scenes: plan.scenes.map((s) =>
      s.id === banquet.id
        ? { ...s, assignments: s.assignments.filter((a) => !emptied.has(a.itemId)) }
        : s.kind === 'car'
          ? { ...s, items: [...s.items, spare] }
          : s,
    ),
  };
}
