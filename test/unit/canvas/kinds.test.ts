import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Scene, VenueItem } from '../../../shared/model/types';
import { make } from '../../../shared/templates';
import { captionDraw } from '../../../renderer/src/canvas/captions';
import { itemFrame } from '../../../renderer/src/canvas/item-frame';
import { CANVAS_KINDS } from '../../../renderer/src/canvas/kinds';

let n = 0;
const id = (p: string) => `${p}${n++}`;
const scene = (items: VenueItem[]): Scene => ({
  id: 's',
  name: 's',
  kind: 'car',
  options: {},
  items,
  assignments: [],
  roles: [],
});
const caption = (item: VenueItem, lang: Lang) =>
  captionDraw(item, itemFrame(item, scene([item])), (key, params) => translate(lang, key, params));

describe('canvas kinds', () => {
  it("a car's caption is its number in words, then its model; unnumbered, the kind", () => {
    const car = { ...make.car(id, { x: 0, y: 0 }), number: 1 };
    expect(caption(car, 'zh')!.lines).toEqual([
      translate('zh', 'canvas.carNumber', { n: 1 }),
      translate('zh', `car.${car.model}`),
    ]);
    expect(caption(car, 'zh')!.lines[0]).toBe('1 号车');
    expect(caption(car, 'en')!.lines[0]).toBe('Car 1');
    expect(caption({ ...car, number: undefined }, 'en')!.lines[0]).toBe(translate('en', 'kind.car'));
  });

  it('a round table is the one kind hit and set out as a circle', () => {
    const round = Object.entries(CANVAS_KINDS)
      .filter(([, k]) => k.outline === 'circle')
      .map(([kind]) => kind);
    expect(round).toEqual(['round-table']);
  });
});
