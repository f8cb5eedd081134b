import { describe, expect, it } from 'vitest';
import { FULL_NAME_PX, NAME_MIN_PX, briefName, seatNameAt } from '../../../renderer/src/canvas/seat-name';

const R = 0.28; // a banquet chair

describe('names at every zoom', () => {
  it('brief forms: two characters of a Chinese name, the family name otherwise', () => {
    expect(briefName('王建国')).toBe('王建');
    expect(briefName('孙立')).toBe('孙立');
    expect(briefName('欧阳娜娜')).toBe('欧阳');
    expect(briefName('玛丽亚·冈萨雷斯')).toBe('冈萨');
    expect(briefName('John Smith')).toBe('Smith');
    expect(briefName(' Li ')).toBe('Li');
  });

  it('a 20-table hall at fit (≈28 px/m): brief names, at least 9 px', () => {
    const n = seatNameAt('王建国', R, 27.75)!;
    expect(n).toMatchObject({ text: '王建', full: false });
    expect(n.size * 27.75).toBeGreaterThanOrEqual(NAME_MIN_PX);
    expect(n.size * 27.75).toBeLessThan(FULL_NAME_PX);
  });

  it('zoomed in: the full smart-truncated name from 12 px', () => {
    expect(seatNameAt('王建国', R, 60)).toMatchObject({ text: '王建国', full: true });
    expect(seatNameAt('爱新觉罗溥仪先生', R, 200)).toMatchObject({ text: '爱新觉…', full: true });
    // Just below 12 px for the full name, the brief form (which is larger) is drawn instead.
    expect(seatNameAt('王建国', R, 59)).toMatchObject({ text: '王建', full: false });
  });

  it('far out (a 300-table hall at fit, ≈19 px/m): no names at all', () => {
    expect(seatNameAt('王建国', R, 19)).toBeNull();
    expect(seatNameAt('John Smith', R, 27.75)).toBeNull();
  });

  it('the size never exceeds the seat', () => {
    for (const scale of [10, 28, 40, 60, 120, 400]) {
      const n = seatNameAt('王', R, scale);
      if (n) expect(n.size).toBeLessThanOrEqual(R * 1.3);
    }
  });
});
