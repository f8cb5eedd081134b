/** Empty seats and captions on the canvas in words (issue 12 part 5): every template and palette kind, both languages. */
import { describe, expect, it } from 'vitest';
import { seatWords } from '../../../shared/i18n/seat-labels';
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Scene, VenueItem } from '../../../shared/model/types';
import { PALETTE, TEMPLATES, make, paletteItem } from '../../../shared/templates';
import { captionDraw } from '../../../renderer/src/canvas/captions';
import { buildSceneModel } from '../../../renderer/src/canvas/scene-model';
import { PLACE_FULL_PX, PLACE_MIN_PX, ems, seatPlaceAt } from '../../../renderer/src/canvas/seat-name';
import { engineCodesIn } from '../../helpers/engine-codes';
import { counterIds } from '../../helpers/plans';

const LANGS: Lang[] = ['zh', 'en'];

/** Every template's venue, and every palette entry beside a door (its seats are drawn from the door). */
function venues(): { name: string; scene: Scene }[] {
  const ids = counterIds();
  const scene = (kind: Scene['kind'], items: VenueItem[]): Scene => ({
    id: 's',
    name: 's',
    kind,
    options: {},
    items,
    assignments: [],
    roles: [],
  });
  return [
    ...TEMPLATES.map((t) => ({ name: t.id, scene: scene(t.sceneKind, t.build(ids)) })),
    ...PALETTE.map((entry) => ({
      name: entry,
      scene: scene('other', [make.door(ids, { x: 0, y: 6 }), paletteItem(entry, ids, { x: 0, y: 0 }, '标签')]),
    })),
  ];
}

describe('seat words on the canvas', () => {
  for (const lang of LANGS) {
    it(`every seat drawn on the canvas carries its name in words, never a code (${lang})`, () => {
      const problems: string[] = [];
      for (const { name, scene } of venues()) {
        const model = buildSceneModel(scene, [], lang).model;
        for (const m of model.items) {
          const caption = captionDraw(m.item, m.frame, (key, params) => translate(lang, key, params));
          for (const line of caption?.lines ?? []) problems.push(...engineCodesIn(line).map((p) => `${name} caption: ${p}`));
          for (const s of m.seats) {
            for (const text of [s.place.full, s.place.brief]) {
              problems.push(...engineCodesIn(text).map((p) => `${name} ${m.item.kind} ${s.label}: ${p}`));
              if (text === s.label) problems.push(`${name} ${m.item.kind} ${s.label}: shown as its label`);
            }
            if (ems(s.place.brief) > ems(s.place.full)) problems.push(`${name} ${s.label}: brief longer than full`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('short forms keep what tells seats apart', () => {
    expect(seatWords('zh', 'round-table', 'R3')).toEqual({ full: '右3', brief: '右3' });
    expect(seatWords('zh', 'round-table', 'O')).toEqual({ full: '副主位', brief: '副主' });
    expect(seatWords('zh', 'long-table', 'OL2')).toEqual({ full: '副主位左2', brief: '副左2' });
    expect(seatWords('zh', 'reception', 'E-left-4')).toEqual({ full: '进门左侧第4位', brief: '左4' });
    expect(seatWords('zh', 'reception', 'E-left-B1')).toEqual({ full: '进门左侧后排1', brief: '左后1' });
    expect(seatWords('zh', 'car', 'FP')).toEqual({ full: '副驾驶', brief: '副驾' });
    expect(seatWords('zh', 'car', 'RM')).toEqual({ full: '后排中', brief: '后中' });
    expect(seatWords('zh', 'rostrum', '2:5')).toEqual({ full: '第2排第5座', brief: '2排5' });
    expect(seatWords('en', 'talks-table', 'G-R1')).toEqual({ full: 'Guest right 1', brief: 'Guest rt 1' });
  });

  it('the whole name where it reads (10 px), the short form down to 8 px, nothing below', () => {
    const r = 0.28; // a banquet chair
    const place = seatWords('zh', 'reception', 'E-left-4');
    const near = seatPlaceAt(place, r, 200)!;
    expect(near).toMatchObject({ text: '进门左侧第4位', full: true });
    expect(near.size * 200).toBeGreaterThanOrEqual(PLACE_FULL_PX);
    const fit = seatPlaceAt(place, r, 60)!;
    expect(fit).toMatchObject({ text: '左4', full: false });
    expect(fit.size * 60).toBeGreaterThanOrEqual(PLACE_MIN_PX);
    expect(seatPlaceAt(place, r, 20)).toBeNull();
    // A short name needs no short form: 右3 reads whole at any zoom where it is drawn at all.
    expect(seatPlaceAt(seatWords('zh', 'round-table', 'R3'), r, 60)).toMatchObject({ text: '右3' });
  });
});

describe('the forbidden patterns', () => {
  it('catch every kind of engine code the issue found on screen', () => {
    for (const code of [
      'R3',
      'E-left-4',
      'E-left-B1',
      'FP',
      'RM',
      '(E-left-3)',
      '(handbookMeeting: hostSeat)',
      'person_1a2b3c',
      'more-people-than-seats',
      'reason.table.staff',
      '第{k}位',
    ])
      expect([code, engineCodesIn(`座位 ${code} 已满`).length > 0]).toEqual([code, true]);
  });

  it('let words through', () => {
    for (const text of [
      '主位',
      '副主位右2',
      '进门左侧第4位',
      '第1排第3座',
      'Right 1',
      'Rear left',
      '工作人员第1位',
      'auto-place',
      '3 号桌',
    ])
      expect(engineCodesIn(text)).toEqual([]);
  });
});
