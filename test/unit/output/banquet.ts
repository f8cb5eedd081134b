/**
 * A deterministic 10-table banquet of about 90 people, seated by the engine: the fixture of the
 * output tests and the source of resources/samples/banquet-90 (see docs/output.md).
 */
import { autoPlaceScene } from '../../../shared/engine';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Person, Plan, Scene, Side, VenueItem } from '../../../shared/model/types';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '晓东',
  '海燕',
  '文博',
  '思远',
  '国庆',
  '立新',
];
const HOST_TITLES = [
  '市长',
  '常务副市长',
  '副市长',
  '秘书长',
  '外办主任',
  '商务局局长',
  '发改委主任',
  '副秘书长',
  '处长',
  '副处长',
  '科长',
  '主任科员',
];
const GUEST_TITLES = [
  '董事长',
  '总裁',
  '执行副总裁',
  '副总裁',
  '首席财务官',
  '区域总经理',
  '总监',
  '高级经理',
  '经理',
  '项目主管',
];

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}_${(++n).toString().padStart(3, '0')}`;
}

function nameAt(i: number): string {
  const s = [...SURNAMES];
  return s[(i * 7) % s.length]! + GIVEN[(i * 11 + Math.floor(i / 3)) % GIVEN.length]!;
}

export function banquetPlan(peopleCount = 90, tables = 10): Plan {
  const id = counter();
  const plan = newPlan(
    { name: '秋季经贸交流会欢迎宴', organisation: '市人民政府外事办公室', convention: 'commercial', startDate: '2026-10-18' },
    id,
  );
  const people: Person[] = [];
  const names = new Set<string>();
  for (let i = 0; people.length < peopleCount; i++) {
    const name = nameAt(i);
    if (names.has(name)) continue;
    names.add(name);
    const side: Side = people.length % 2 === 0 ? 'guest' : 'host';
    const rank = Math.floor(people.length / 2) + 1;
    const titles = side === 'host' ? HOST_TITLES : GUEST_TITLES;
    people.push(
      newPerson(
        {
          name,
          side,
          rank,
          organisation: side === 'host' ? '市人民政府' : '远航国际集团',
          title: titles[Math.min(rank - 1, titles.length - 1)]!,
        },
        id,
      ),
    );
  }
  // Two-character and four-character names and a Latin name, so the cards show every case.
  people[0] = { ...people[0]!, name: '欧阳振华' };
  people[2] = { ...people[2]!, name: 'Thomas Müller', organisation: 'Voyager Holdings' };
  const items: VenueItem[] = [{ id: id('item'), kind: 'door', x: 0, y: 9, rotation: -90, width: 2 }];
  items.push({ id: id('item'), kind: 'stage', x: 0, y: -8.5, rotation: 90, width: 8, depth: 2 });
  // Main table at the front centre, the others in three rows of three.
  items.push({ id: id('item'), kind: 'round-table', x: 0, y: -5, rotation: 0, seats: 14, diameter: 2.4, main: true });
  for (let r = 0; r < 3 && items.length < tables + 2; r++) {
    for (const x of [-5, 0, 5]) {
      if (items.length >= tables + 2) break;
      items.push({ id: id('item'), kind: 'round-table', x, y: -1 + r * 3.4, rotation: 0, seats: 10, diameter: 1.8 });
    }
  }
  const scene: Scene = { id: id('scene'), name: '欢迎宴', kind: 'banquet', options: {}, items, assignments: [], roles: [] };
  const draft: Plan = { ...plan, people, scenes: [scene] };
  const result = autoPlaceScene(draft, scene.id);
  const numbered = scene.items.map((item) =>
    (item.kind === 'round-table' || item.kind === 'car') && result.tableNumbers[item.id] !== undefined
      ? { ...item, number: result.tableNumbers[item.id] }
      : item,
  );
  return { ...draft, scenes: [{ ...scene, items: numbered, assignments: result.assignments }] };
}

/**
 * The banquet plan plus the rest of a visit: a motorcade of three cars, a rostrum of seven
 * (government convention), an elevator and a talks room, each placed by the engine.
 */
export function visitPlan(): Plan {
  const plan = banquetPlan();
  const id = counter();
  const sid = (p: string) => `v_${id(p)}`;
  const door = (): VenueItem => ({ id: sid('item'), kind: 'door', x: 0, y: 6, rotation: -90, width: 1.6 });
  const cars: VenueItem[] = [1, 2, 3].map((k) => ({
    id: sid('item'),
    kind: 'car',
    model: k === 3 ? 'mpv7' : 'sedan',
    driver: 'chauffeur',
    x: 0,
    y: k * 6,
    rotation: -90,
    plate: `京A·8${k}00${k}`,
    driverName: ['王师傅', '李师傅', '赵师傅'][k - 1]!,
    driverPhone: `1380000000${k}`,
  }));
  const scenes: Scene[] = [
    {
      id: sid('scene'),
      name: '接站车队',
      kind: 'car',
      options: {},
      items: cars,
      assignments: [],
      roles: [],
      participants: plan.people.slice(0, 10).map((p) => p.id),
    },
    {
      id: sid('scene'),
      name: '开幕式',
      kind: 'meeting',
      convention: 'government',
      options: {},
      items: [door(), { id: sid('item'), kind: 'rostrum', x: 0, y: -4, rotation: 90, rows: [7], lectern: true }],
      assignments: [],
      roles: [],
      participants: plan.people.slice(0, 7).map((p) => p.id),
    },
    {
      id: sid('scene'),
      name: '乘梯',
      kind: 'elevator',
      options: {},
      items: [door(), { id: sid('item'), kind: 'elevator', x: 0, y: 0, rotation: -90, panel: 'front-right', attendant: false }],
      assignments: [],
      roles: [],
      participants: plan.people.slice(0, 4).map((p) => p.id),
    },
    {
      id: sid('scene'),
      name: '会谈',
      kind: 'talks',
      options: {},
      items: [door(), { id: sid('item'), kind: 'talks-table', x: 0, y: 0, rotation: 0, seatsPerSide: 5 }],
      assignments: [],
      roles: [],
      participants: plan.people.slice(0, 10).map((p) => p.id),
    },
  ];
  let out: Plan = { ...plan, scenes: [...scenes.slice(0, 1), ...plan.scenes, ...scenes.slice(1)] };
  for (const scene of scenes) {
    const result = autoPlaceScene(out, scene.id);
    out = {
      ...out,
      scenes: out.scenes.map((s) =>
        s.id !== scene.id
          ? s
          : {
              ...s,
              assignments: result.assignments,
              items: s.items.map((i) =>
                i.kind === 'car' && result.tableNumbers[i.id] !== undefined ? { ...i, number: result.tableNumbers[i.id] } : i,
              ),
            },
      ),
    };
  }
  return out;
}
