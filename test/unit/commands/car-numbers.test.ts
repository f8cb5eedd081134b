/**
 * Car numbers end to end without a browser: cars added by command are numbered by the applier,
 * and the canvas caption and the car sheet (乘车安排) show those numbers.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { captionDraw } from '../../../renderer/src/canvas/captions';
import { itemFrame } from '../../../renderer/src/canvas/item-frame';
import { renderView } from '../../../renderer/src/print/views';
import { applyCommand } from '../../../shared/commands/commands';
import { translate } from '../../../shared/i18n/translate';
import { newPerson, newPlan } from '../../../shared/model/factory';
import type { Plan, Scene } from '../../../shared/model/types';
import { paletteItem } from '../../../shared/templates';
import { counterIds } from '../../helpers/plans';

const id = counterIds();

function motorcade(): { plan: Plan; first: string; second: string } {
  let plan = newPlan({ name: '车队', organisation: '', convention: 'commercial' }, id);
  const scene: Scene = { id: 'cars', name: '乘车', kind: 'car', options: {}, items: [], assignments: [], roles: [] };
  plan = applyCommand(plan, { type: 'scene/add', scene });
  const first = paletteItem('car-sedan', id, { x: 0, y: 0 }, '');
  const second = paletteItem('car-sedan', id, { x: 0, y: 6 }, '');
  plan = applyCommand(plan, { type: 'item/add', sceneId: 'cars', items: [first] });
  plan = applyCommand(plan, { type: 'item/add', sceneId: 'cars', items: [second] });
  // A passenger in each car: the car sheet lists only cars someone rides in.
  const riders = [first, second].map((car, i) => ({
    car,
    person: newPerson({ name: `乘客${i + 1}`, side: 'host', rank: i + 1 }, id),
  }));
  plan = {
    ...plan,
    people: riders.map((r) => r.person),
    scenes: plan.scenes.map((s) => ({
      ...s,
      assignments: riders.map((r) => ({ personId: r.person.id, itemId: r.car.id, seat: 'F', locked: false })),
    })),
  };
  return { plan, first: first.id, second: second.id };
}

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh', key, params);

function canvasCaption(plan: Plan, itemId: string): string {
  const scene = plan.scenes[0]!;
  const item = scene.items.find((i) => i.id === itemId)!;
  return captionDraw(item, itemFrame(item, scene), t)!.lines[0]!;
}

const sheetText = (plan: Plan) => renderToStaticMarkup(renderView(plan, { view: 'cars', sceneId: 'cars' }, 'zh').element);

describe('car numbers', () => {
  it('show on the canvas caption and the car sheet as 1号车, 2号车', () => {
    const { plan, first, second } = motorcade();
    expect(canvasCaption(plan, first)).toBe(t('canvas.carNumber', { n: 1 }));
    expect(canvasCaption(plan, second)).toBe(t('canvas.carNumber', { n: 2 }));
    const sheet = sheetText(plan);
    expect(sheet).toContain('1号车');
    expect(sheet).toContain('2号车');
  });

  it('follow when car 1 is removed: the other becomes 1号车 on the canvas and the sheet', () => {
    const { plan, first, second } = motorcade();
    const next = applyCommand(plan, { type: 'item/remove', sceneId: 'cars', itemIds: [first] });
    expect(canvasCaption(next, second)).toBe(t('canvas.carNumber', { n: 1 }));
    const sheet = sheetText(next);
    expect(sheet).toContain('1号车');
    expect(sheet).not.toContain('2号车');
  });
});
