/**
 * Large plans for the chart tests and the chart benchmark, seated by the engine: a banquet hall of
 * 300 ten-seat tables with 3,000 people, and the meeting-hall templates filled unit by unit. Names
 * are Chinese of two to four characters, with a few long transliterated and Latin ones, so the
 * chart has to wrap some of them.
 */
import { withPlacedScene } from '../../helpers/plans';
import { applyCommand } from '../../../shared/commands/commands';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Person, Plan, Scene, VenueItem } from '../../../shared/model/types';
import { findTemplate, make, room, type TemplateId } from '../../../shared/templates';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦';
const GIVEN = '建国晓梅海峰文静志远立国强雪明佳超颖博丽涛娜伟芳敏军洋勇艳杰娟秀英华平刚桂';
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '端木'];
const LONG = ['阿卜杜热合曼·买买提', 'Thomas Müller', 'Anna Maria Schmidt', '欧阳振华'];

/** A deterministic name: mostly two or three characters, every 7th a four-character compound surname, every 97th a long one. */
export function largeName(i: number): string {
  if (i % 97 === 13) return LONG[Math.floor(i / 97) % LONG.length]!;
  const given = GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length]! : '');
  if (i % 7 === 5) return COMPOUND[i % COMPOUND.length]! + given.padEnd(2, GIVEN[i % GIVEN.length]!);
  return SURNAMES[i % SURNAMES.length]! + given;
}

function seated(name: string, kind: Scene['kind'], items: VenueItem[], people: Person[], makeId: (p: string) => string): Plan {
  const plan = newPlan({ name, organisation: '市人民政府办公厅', convention: 'government' }, makeId);
  return withPlacedScene(applyCommand(plan, { type: 'person/add', people }), { name: '主会场', kind, items });
}

const idMaker = () => {
  let seq = 0;
  return (prefix: string) => `${prefix}_${(seq++).toString(36)}`;
};

/** `tables` ten-seat round tables in rows of 20 with a door and walls, every seat taken. */
export function largeBanquet(tables: number): Plan {
  const makeId = idMaker();
  const cols = 20;
  const spacing = 3.6;
  const items: VenueItem[] = [];
  for (let i = 0; i < tables; i++) {
    items.push(make.roundTable(makeId, { x: (i % cols) * spacing, y: Math.floor(i / cols) * spacing }, 10, { main: i === 9 }));
  }
  const w = (cols - 1) * spacing;
  const bottom = (Math.ceil(tables / cols) - 1) * spacing + 4;
  items.push(make.door(makeId, { x: w / 2, y: bottom }), ...room(makeId, -3, -3, w + 3, bottom, w / 2));
  const people = Array.from({ length: tables * 10 }, (_, i) =>
    newPerson({ name: largeName(i), side: i % 5 === 0 ? 'host' : 'guest', rank: 1 + Math.floor(i / 5) }, makeId),
  );
  return seated('年度答谢晚宴', 'banquet', items, people, makeId);
}

/** A meeting-hall template with `people` delegates in units of 30, seated unit by unit. */
export function largeHall(template: TemplateId, people: number): Plan {
  const makeId = idMaker();
  const items = findTemplate(template).build(makeId);
  const hall = items.find((i) => i.kind === 'meeting-hall');
  // Two zones, so the chart shows them: the first rows reserved for guests, the back rows for the press.
  const zoned = items.map((i) =>
    i === hall
      ? {
          ...i,
          zones: [
            { name: '嘉宾区', colour: 'amber' as const, block: 2, fromRow: 1, toRow: 2, reserved: false },
            { name: '代表区', colour: 'red' as const, block: 0, fromRow: 3, toRow: 20, reserved: false },
            { name: '媒体区', colour: 'blue' as const, block: 1, fromRow: 28, toRow: 31, reserved: true },
          ],
        }
      : i,
  );
  const list = Array.from({ length: people }, (_, i) =>
    newPerson({ name: largeName(i), organisation: `第${Math.floor(i / 30) + 1}代表团`, side: 'guest', rank: i + 1 }, makeId),
  );
  return seated('全市工作会议', 'meeting', zoned, list, makeId);
}
