/** The zod building blocks every item schema shares (the model's id and number limits). */
import { z } from 'zod';
import type { IdMaker } from '../model/ids';
import type { At } from './types';

export const id = z.string().min(1).max(200);
export const finite = z.number().finite();
export const count = (min: number, max: number) => z.number().int().min(min).max(max);

/** A number field's limits: what the schema enforces and what an editor offers. */
export interface Limit {
  min: number;
  max: number;
  integer?: true;
}

export const counts = (min: number, max: number): Limit => ({ min, max, integer: true });
export const metres = (min: number, max: number): Limit => ({ min, max });

/** The schema of a text field of at most `max` characters (the kind's `textLimits`). */
export const upTo = (max: number) => z.string().max(max);

/** The schema of a number field within its limits. */
export function within(limit: Limit) {
  return (limit.integer ? z.number().int() : z.number()).min(limit.min).max(limit.max);
}

/** Every item: its id, where it stands and its rotation. */
export const itemBase = { id, x: finite, y: finite, rotation: finite };

/** A new item's id and place; `rotation` is the kind's usual one unless `at` gives another. */
export function placed(makeId: IdMaker, at: At, rotation = 0) {
  return { id: makeId('item'), x: at.x, y: at.y, rotation: at.rotation ?? rotation };
}

/** Screen directions in the plan's convention (y down). */
export const UP = -90;
export const DOWN = 90;
