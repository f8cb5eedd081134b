/**
 * Plane geometry in the plan's screen convention: x right, y down, angles in degrees with
 * 0 = +x and 90 = +y. A person facing angle f has their right hand toward f + 90
 * (facing down the screen, 90°, the right hand points to screen-left, 180°).
 */
import { isDoor } from '../kinds/door';
import type { Scene, VenueItem } from '../model/types';

export interface Vec {
  x: number;
  y: number;
}

/** The reference for every rule: where the door is and which way is "into the room". */
export interface DoorFrame {
  x: number;
  y: number;
  /** Direction from the door into the room, degrees. */
  into: number;
}

export const UP = -90;

export function dir(deg: number): Vec {
  const r = (deg * Math.PI) / 180;
  // Snap the tiny residues of cos/sin at multiples of 90° so that labels never depend on 1e-17.
  return { x: snap(Math.cos(r)), y: snap(Math.sin(r)) };
}

function snap(v: number): number {
  return Math.abs(v) < 1e-12 ? 0 : v;
}

export function add(a: Vec, b: Vec): Vec {
  return { x: a.x + b.x, y: a.y + b.y };
}

export function sub(a: Vec, b: Vec): Vec {
  return { x: a.x - b.x, y: a.y - b.y };
}

export function scale(a: Vec, k: number): Vec {
  return { x: a.x * k, y: a.y * k };
}

export function dot(a: Vec, b: Vec): number {
  return a.x * b.x + a.y * b.y;
}

export function len(a: Vec): number {
  return Math.hypot(a.x, a.y);
}

export function angleOf(v: Vec): number {
  return (Math.atan2(v.y, v.x) * 180) / Math.PI;
}

export function normDeg(a: number): number {
  const r = a % 360;
  return r < 0 ? r + 360 : r;
}

/** A point given in an item's own frame: `fwd` along the item's rotation, `right` 90° clockwise on screen. */
export function local(origin: Vec, rotation: number, fwd: number, right: number): Vec {
  const f = dir(rotation);
  const r = dir(rotation + 90);
  return { x: origin.x + f.x * fwd + r.x * right, y: origin.y + f.y * fwd + r.y * right };
}

/** RULES.md §2: every distance, depth and lateral offset is compared after rounding to 0.3 m. */
export function q(v: number): number {
  return Math.round(v / 0.3);
}

/** Depth along door.into and lateral offset, + on the D-right (the right hand of someone facing the door). */
export function doorMeasures(p: Vec, door: DoorFrame): { depth: number; lateral: number } {
  const d = sub(p, door);
  return { depth: dot(d, dir(door.into)), lateral: dot(d, dir(door.into - 90)) };
}

/**
 * The scene's door: the first door item (its rotation points into the room).
 * Without a door, the door is assumed below the given points, facing up.
 */
export function sceneDoor(scene: Pick<Scene, 'items'>, around?: Vec[]): DoorFrame {
  const door = scene.items.find(isDoor);
  if (door) return { x: door.x, y: door.y, into: door.rotation };
  const pts = around && around.length > 0 ? around : [{ x: 0, y: 0 }];
  const x = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const y = Math.max(...pts.map((p) => p.y)) + 5;
  return { x, y, into: UP };
}

export function itemDoor(scene: Pick<Scene, 'items'>, item: VenueItem): DoorFrame {
  return sceneDoor(scene, [{ x: item.x, y: item.y }]);
}
