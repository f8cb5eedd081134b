import type { Person, Plan, Scene, SceneKind, VenueItem } from '../../../shared/model/types';

export function person(id: string, side: Person['side'], rank: number, extra: Partial<Person> = {}): Person {
  return { id, name: id, organisation: '', title: '', side, rank, tags: [], attendance: 'confirmed', ...extra };
}

export function people(hosts: number, guests: number, staff = 0): Person[] {
  return [
    ...Array.from({ length: hosts }, (_, i) => person(`H${i + 1}`, 'host', i + 1)),
    ...Array.from({ length: guests }, (_, i) => person(`g${i + 1}`, 'guest', i + 1)),
    ...Array.from({ length: staff }, (_, i) => person(`s${i + 1}`, 'staff', i + 1)),
  ];
}

export function plan(items: VenueItem[], ppl: Person[], scene: Partial<Scene> = {}, kind: SceneKind = 'banquet'): Plan {
  return {
    schemaVersion: 1,
    id: 'p',
    name: 'p',
    organisation: '',
    convention: 'commercial',
    people: ppl,
    scenes: [{ id: 's', name: 's', kind, options: {}, items, assignments: [], roles: [], ...scene }],
  };
}

export const door = (x: number, y: number, rotation: number): VenueItem => ({
  id: 'door',
  kind: 'door',
  x,
  y,
  rotation,
  width: 1.5,
});

export const round = (id: string, x: number, y: number, seats = 10, extra: object = {}): VenueItem => ({
  id,
  kind: 'round-table',
  x,
  y,
  rotation: 0,
  seats,
  diameter: 1.8,
  ...extra,
});

/** Rotate a point about a centre by deg (screen convention). */
export function rotatePoint(x: number, y: number, cx: number, cy: number, deg: number): { x: number; y: number } {
  const r = (deg * Math.PI) / 180;
  const dx = x - cx;
  const dy = y - cy;
  return { x: cx + dx * Math.cos(r) - dy * Math.sin(r), y: cy + dx * Math.sin(r) + dy * Math.cos(r) };
}

export function rotateItem<T extends VenueItem>(item: T, cx: number, cy: number, deg: number): T {
  const p = rotatePoint(item.x, item.y, cx, cy, deg);
  return { ...item, x: p.x, y: p.y, rotation: item.rotation + deg };
}

/** Mirror about the vertical line x = 0: a direction a becomes 180 − a. */
export function mirrorItem<T extends VenueItem>(item: T): T {
  return { ...item, x: -item.x, rotation: 180 - item.rotation };
}

/** A bare banquet scene holding `items` (and `extra` fields), for tests of frames and drawing. */
export const sceneOf = (items: VenueItem[], extra: Partial<Scene> = {}): Scene => ({
  id: 's',
  name: 's',
  kind: 'banquet',
  options: {},
  items,
  assignments: [],
  roles: [],
  ...extra,
});
