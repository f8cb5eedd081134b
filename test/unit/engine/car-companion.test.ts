/**
 * RULES.md §5 (revised): the senior host rides with the chief guest (陪车). The golden cases pin
 * the seats; these pin that the reasons say where the companion really sits, in every frame the
 * car can be in (right-hand drive, the jeep, the front-seat option, a locked guest).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { autoPlaceScene } from '../../../shared/engine';
import { place } from '../../../shared/i18n/case-answer';
import { sceneOptionsSchema } from '../../../shared/model/schema';
import type { CarItem } from '../../../shared/model/types';
import { people, plan } from './helpers';
import { renderReason } from '../../../shared/i18n/explain';

const dir = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));
const answer = (name: string, lang?: 'en') =>
  place(JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')), lang ? { lang } : undefined);

describe('the companion (陪车) reasons say where he sits, seen from the guest', () => {
  it('chauffeured sedan: on the guest’s left, in the rear', () => {
    expect(answer('car-sedan-chauffeur-guest-host').reasons.H1).toBe('陪车：主陪陪同主宾，坐主宾左侧（后排左）');
    expect(answer('car-sedan-chauffeur-guest-host', 'en').reasons.H1).toBe(
      'Companion: the senior host rides with the chief guest, to the guest’s left (rear left)',
    );
  });

  it('right-hand drive: on the guest’s right, and the ranking quoted is the mirrored one', () => {
    const zh = answer('car-sedan-right-drive-guest-host');
    expect(zh.reasons.H1).toBe('陪车：主陪陪同主宾，坐主宾右侧（后排右）');
    expect(zh.reasons.g1).toBe('主宾：后排左（上车位于路边一侧），本车上座（司机驾车的轿车）');
    expect(zh.reasons.g2).toBe('第2位客人：副驾驶，本车第3座，次于后排左、后排右（司机驾车的轿车）');
    const en = answer('car-sedan-right-drive-guest-host', 'en');
    expect(en.reasons.H1).toContain('to the guest’s right (rear right)');
    expect(en.reasons.g1).toContain('rear left (the kerb-side door), the top seat in this car');
    expect(en.reasons.g2).toContain('after rear left, rear right');
  });

  it('behind-driver option: on the guest’s right', () => {
    expect(answer('car-sedan-behind-driver-guest-host').reasons.H1).toBe('陪车：主陪陪同主宾，坐主宾右侧（后排右）');
  });

  it('jeep: behind the guest, who sits in front', () => {
    expect(answer('car-jeep-guest-host').reasons.H1).toBe('陪车：主陪陪同主宾，坐主宾身后（后排右）');
  });

  it('companionSeat front: the option is named and the host sits ahead of the guest', () => {
    expect(answer('car-sedan-companion-front').reasons.H1).toBe(
      '陪车（陪同者坐副驾驶的做法）：主陪陪同主宾，坐主宾前方（副驾驶）',
    );
    expect(answer('car-sedan-companion-front', 'en').reasons.H1).toContain('Companion (front-seat option)');
    // When the aide holds FP the host sits beside the guest, and the reason does not cite the option.
    expect(answer('car-sedan-companion-front-aide').reasons.H1).toBe('陪车：主陪陪同主宾，坐主宾左侧（后排左）');
  });

  it('motorcade with companions each: the pair of a later car is not called 主陪 and 主宾', () => {
    const zh = answer('motorcade-companions-each');
    expect(zh.reasons.H1).toContain('主陪陪同主宾');
    expect(zh.reasons.H2).toContain('陪车：主方人员陪同本车首位客人，坐其左侧（后排左）');
    expect(answer('motorcade-companions-each', 'en').reasons.H2).toContain('a host rides with this car’s top guest');
  });

  it('a locked chief guest keeps his seat; the companion takes the best free seat and says where it is', () => {
    const car: CarItem = { id: 'C', kind: 'car', x: 0, y: 0, rotation: 0, model: 'sedan', driver: 'chauffeur' };
    const p = plan([car], people(1, 2), { assignments: [{ personId: 'g1', itemId: 'C', seat: 'RL', locked: true }] }, 'car');
    const res = autoPlaceScene(p, 's');
    const seats = Object.fromEntries(res.assignments.map((a) => [a.personId, a.seat]));
    expect(seats).toEqual({ g1: 'RL', H1: 'RR', g2: 'FP' });
    expect(renderReason('zh', res.reasons.H1!)).toBe('陪车：主陪陪同主宾，坐主宾右侧（后排右）');
  });
});

describe('the plan model keeps the car options', () => {
  it('accepts companionSeat and companions and rejects other values', () => {
    expect(sceneOptionsSchema.parse({ companionSeat: 'front', companions: 'each' })).toEqual({
      companionSeat: 'front',
      companions: 'each',
    });
    expect(sceneOptionsSchema.safeParse({ companionSeat: 'behind' }).success).toBe(false);
    expect(sceneOptionsSchema.safeParse({ companions: 'all' }).success).toBe(false);
  });
});
