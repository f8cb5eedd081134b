/**
 * The visit of banquet.ts with long names and titles (a transliterated name with its dot, a long
 * Latin name, a title of twenty characters) among the people who ride, speak and sit at the main
 * table, two tables emptied and a car nobody rides in: what lists and spreadsheets must print whole.
 */
import { autoPlaceScene } from '../../../shared/engine';
import { uniformBlock } from '../../../shared/kinds/meeting-hall';
import type { CarItem, Plan, Scene } from '../../../shared/model/types';
import { seatingItems } from '../../../shared/output/plan-data';
import { make } from '../../../shared/templates';
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

/** The dietary needs of `hallVisitPlan`, by name: what the kitchen sheet must carry whole. */
export const DIETARY: Record<string, string> = {
  欧阳振华: '清真',
  [LONG.name]: '清真、不饮酒',
  'Thomas Müller': 'vegetarian',
  [LONG.latin]: '对坚果、花生过敏',
};

/**
 * The long-name visit with dietary needs and a meeting hall (two blocks of four rows of five, the
 * first thirty people seated by the engine): every sheet of the print menu has something to print.
 */
export function hallVisitPlan(): Plan {
  const plan = longPlan();
  let n = 0;
  const makeId = (prefix: string) => `hall_${prefix}_${++n}`;
  const people = plan.people.map((p) => (DIETARY[p.name] ? { ...p, dietary: DIETARY[p.name] } : p));
  const hall = make.meetingHall(makeId, { x: 0, y: 0, rotation: -90 }, [uniformBlock(4, 5), uniformBlock(4, 5)]);
  const scene: Scene = {
    id: makeId('scene'),
    name: '全体会议',
    kind: 'meeting',
    options: {},
    items: [make.door(makeId, { x: 0, y: 6 }), hall],
    assignments: [],
    roles: [],
    participants: people.slice(0, 30).map((p) => p.id),
  };
  const draft: Plan = { ...plan, people, scenes: [...plan.scenes, scene] };
  const { assignments } = autoPlaceScene(draft, scene.id);
  return { ...draft, scenes: draft.scenes.map((s) => (s.id === scene.id ? { ...s, assignments } : s)) };
}
