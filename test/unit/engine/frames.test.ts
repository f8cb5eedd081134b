/**
 * Every rule in its own frame of reference (RULES.md §0). Plan view: x right, y down. A person
 * facing down the screen has the right hand toward screen-left.
 */
import { describe, expect, it } from 'vitest';
import { autoPlaceScene, seatGeometry } from '../../../shared/engine';
import type { Scene, VenueItem } from '../../../shared/model/types';
import { door, people, plan, round, sceneOf } from './helpers';

const at = (item: VenueItem, scene: Scene, label: string) => {
  const s = seatGeometry(item, scene).find((g) => g.label === label);
  if (!s) throw new Error(`no seat ${label}`);
  return s;
};

describe('round table (frame S)', () => {
  it('door at the bottom: P at the top facing down, R1 toward screen-left (P faces down, right hand screen-left)', () => {
    const t = round('T', 0, 0);
    const sc = sceneOf([t, door(0, 10, -90)]);
    const p = at(t, sc, 'P');
    expect(p.y).toBeLessThan(-0.5);
    expect(p.facing).toBeCloseTo(90);
    expect(at(t, sc, 'R1').x).toBeLessThan(-0.1);
    expect(at(t, sc, 'L1').x).toBeGreaterThan(0.1);
    expect(at(t, sc, 'O').y).toBeGreaterThan(0.5);
  });

  it('labels run counter-clockwise seen from above: decreasing screen angle', () => {
    const t = round('T', 0, 0, 8);
    const sc = sceneOf([t, door(0, 10, -90)]);
    const g = seatGeometry(t, sc);
    expect(g.map((s) => s.label)).toEqual(['P', 'R1', 'R2', 'R3', 'O', 'L3', 'L2', 'L1']);
    const ang = g.map((s) => Math.atan2(s.y, s.x));
    // From P (−90°) the next seat is at −135°, i.e. screen-upper-left.
    expect(ang[1]!).toBeCloseTo((-135 * Math.PI) / 180);
  });

  it('door on the left (into = right): P on the right facing left, R1 above (his right hand is up)', () => {
    const t = round('T', 0, 0);
    const sc = sceneOf([t, door(-10, 0, 0)]);
    expect(at(t, sc, 'P').x).toBeGreaterThan(0.5);
    expect(at(t, sc, 'P').facing).toBeCloseTo(180);
    expect(at(t, sc, 'R1').y).toBeLessThan(-0.1);
  });

  it('no door: the door is assumed below (into = up)', () => {
    const t = round('T', 5, 5);
    expect(at(t, sceneOf([t]), 'P').y).toBeLessThan(5);
  });

  it('option tableFacing main: P of another table sits on its far side from the main table, facing it', () => {
    const main = round('M', 0, 0, 10, { main: true });
    const other = round('A', 6, 0);
    const sc = sceneOf([main, other, door(0, 10, -90)], { options: { tableFacing: 'main' } });
    expect(at(other, sc, 'P').x).toBeGreaterThan(6.5);
    expect(at(other, sc, 'P').facing).toBeCloseTo(180);
    const same = sceneOf([main, other, door(0, 10, -90)]);
    expect(at(other, same, 'P').y).toBeLessThan(-0.5);
  });
});

describe('long table, 会谈, conference (frame S, door decides the sides)', () => {
  it('long table: host on the far side facing the door; R1 on his right', () => {
    const t: VenueItem = {
      id: 'T',
      kind: 'long-table',
      x: 0,
      y: 0,
      rotation: 0,
      seatsPerSide: 5,
      endSeats: 1,
      length: 4,
      width: 1.2,
    };
    const sc = sceneOf([t, door(0, 10, -90)]);
    expect(at(t, sc, 'P').y).toBeLessThan(0);
    expect(at(t, sc, 'P').facing).toBeCloseTo(90);
    expect(at(t, sc, 'R1').x).toBeLessThan(at(t, sc, 'P').x);
    expect(at(t, sc, 'O').y).toBeGreaterThan(0);
    // The co-host faces up: his right hand is screen-right.
    expect(at(t, sc, 'OR1').x).toBeGreaterThan(at(t, sc, 'O').x);
    expect(at(t, sc, 'ER').x).toBeLessThan(-2);
  });

  it('talks parallel to the door wall: guests on the far side; guest R1 on the guest principal right', () => {
    const t: VenueItem = { id: 'K', kind: 'talks-table', x: 0, y: 0, rotation: 0, seatsPerSide: 5 };
    const sc = sceneOf([t, door(0, 10, -90)], { kind: 'talks' });
    expect(at(t, sc, 'G').y).toBeLessThan(0);
    expect(at(t, sc, 'H').y).toBeGreaterThan(0);
    expect(at(t, sc, 'G-R1').x).toBeLessThan(at(t, sc, 'G').x);
    expect(at(t, sc, 'H-R1').x).toBeGreaterThan(at(t, sc, 'H').x);
  });

  it('talks end-on to the door: guests on the right as you enter, under either convention', () => {
    const t: VenueItem = { id: 'K', kind: 'talks-table', x: 0, y: 0, rotation: 90, seatsPerSide: 5 };
    for (const convention of ['commercial', 'government'] as const) {
      const sc = sceneOf([t, door(0, 10, -90)], { kind: 'talks', convention });
      // Walking in upward, the right hand is screen-right (+x).
      expect(at(t, sc, 'G').x).toBeGreaterThan(0);
      expect(at(t, sc, 'H').x).toBeLessThan(0);
      // The guest principal faces screen-left; his right hand points up (away from the door).
      expect(at(t, sc, 'G-R1').y).toBeLessThan(at(t, sc, 'G').y);
    }
  });

  it('conference: head far from the door; government No. 2 on the chair left (screen-right when the chair faces down)', () => {
    const t: VenueItem = { id: 'C', kind: 'conference-table', x: 0, y: 0, rotation: 90, seatsPerSide: 3 };
    const sc = sceneOf([t, door(0, 10, -90)], { kind: 'meeting', convention: 'government' });
    expect(at(t, sc, 'head').y).toBeLessThan(at(t, sc, 'foot').y);
    expect(at(t, sc, 'L1').x).toBeGreaterThan(0);
    const res = autoPlaceScene(
      plan([t, door(0, 10, -90)], people(0, 3), { kind: 'meeting', convention: 'government' }, 'meeting'),
      's',
    );
    expect(res.assignments.find((a) => a.personId === 'g2')?.seat).toBe('L1');
  });
});

describe('会见 (frame E: as you enter)', () => {
  it('commercial: host on the right as you enter, guest on the left; government the other way', () => {
    const m: VenueItem = { id: 'M', kind: 'reception', x: 0, y: 0, rotation: 0, perSide: 3 };
    const items = [m, door(0, 10, -90)];
    const sc = sceneOf(items, { kind: 'reception' });
    expect(at(m, sc, 'E-right').x).toBeGreaterThan(0);
    const com = autoPlaceScene(plan(items, people(2, 2), {}, 'reception'), 's');
    expect(com.assignments.find((a) => a.personId === 'H1')?.seat).toBe('E-right');
    const gov = autoPlaceScene(plan(items, people(2, 2), { convention: 'government' }, 'reception'), 's');
    expect(gov.assignments.find((a) => a.personId === 'H1')?.seat).toBe('E-left');
    expect(gov.assignments.find((a) => a.personId === 'g1')?.seat).toBe('E-right');
  });
});

describe('cars, elevators, rostrum (item frames)', () => {
  it('car heading up the screen: RR at screen-right, D at front-left', () => {
    const c: VenueItem = { id: 'C', kind: 'car', x: 0, y: 0, rotation: -90, model: 'sedan', driver: 'chauffeur' };
    const sc = sceneOf([c], { kind: 'car' });
    expect(at(c, sc, 'RR').x).toBeGreaterThan(0);
    expect(at(c, sc, 'RR').y).toBeGreaterThan(at(c, sc, 'D').y);
    expect(at(c, sc, 'D').x).toBeLessThan(0);
    const rhd = sceneOf([c], { kind: 'car', options: { drive: 'right' } });
    expect(at(c, rhd, 'D').x).toBeGreaterThan(0);
    expect(at(c, rhd, 'RR').x).toBeGreaterThan(0);
  });

  it('elevator entered upward: BL is far and screen-left; riders face the door', () => {
    const e: VenueItem = { id: 'E', kind: 'elevator', x: 0, y: 0, rotation: -90, panel: 'front-right', attendant: false };
    const sc = sceneOf([e], { kind: 'elevator' });
    expect(at(e, sc, 'BL').x).toBeLessThan(0);
    expect(at(e, sc, 'BL').y).toBeLessThan(at(e, sc, 'FL').y);
    expect(at(e, sc, 'BL').facing).toBeCloseTo(90);
  });

  it('rostrum facing down to the audience: col 1 is the audience left = screen-left', () => {
    const r: VenueItem = { id: 'R', kind: 'rostrum', x: 0, y: 0, rotation: 90, rows: [5], lectern: false };
    const sc = sceneOf([r], { kind: 'meeting' });
    expect(at(r, sc, '1:1').x).toBeLessThan(at(r, sc, '1:5').x);
    // Commercial No. 2 sits on the row's own right = the audience's left.
    const res = autoPlaceScene(plan([r], people(0, 5), {}, 'meeting'), 's');
    expect(res.assignments.find((a) => a.personId === 'g2')?.seat).toBe('1:2');
  });

  it('every seating kind has seats and door/stage/wall/label have none', () => {
    const sc = sceneOf([]);
    const kinds: VenueItem[] = [
      { id: 'a', kind: 'seat-block', x: 0, y: 0, rotation: 0, rows: 2, cols: 3 },
      { id: 'b', kind: 'reception', x: 0, y: 0, rotation: 0, perSide: 2 },
      { id: 'c', kind: 'car', x: 0, y: 0, rotation: 0, model: 'van9', driver: 'chauffeur' },
      { id: 'd', kind: 'stage', x: 0, y: 0, rotation: 0, width: 5, depth: 2 },
      { id: 'e', kind: 'wall', x: 0, y: 0, rotation: 0, length: 5 },
      { id: 'f', kind: 'label', x: 0, y: 0, rotation: 0, text: 'x' },
    ];
    expect(kinds.map((k) => seatGeometry(k, sc).length)).toEqual([6, 10, 9, 0, 0, 0]);
  });
});
