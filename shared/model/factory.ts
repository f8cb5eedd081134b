/**
 * New documents and scenes with sensible starting venues. Ids come from the caller's
 * generator so tests can make deterministic documents.
 */
import { createItem } from '../kinds';
import type { IdMaker } from './ids';
import { SCHEMA_VERSION, type Convention, type Person, type Plan, type Scene, type SceneKind, type VenueItem } from './types';

export type { IdMaker };

export interface NewPlanInput {
  name: string;
  organisation: string;
  convention: Convention;
  startDate?: string;
  endDate?: string;
}

export function newPlan(input: NewPlanInput, makeId: IdMaker): Plan {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: makeId('plan'),
    name: input.name,
    organisation: input.organisation,
    convention: input.convention,
    ...(input.startDate ? { startDate: input.startDate } : {}),
    ...(input.endDate ? { endDate: input.endDate } : {}),
    people: [],
    scenes: [],
  };
}

/** The door sits at the bottom of the view pointing up into the room (rotation −90°). */
export function door(makeId: IdMaker, x = 0, y = 6): VenueItem {
  return createItem('door', makeId, { x, y });
}

export function roundTable(makeId: IdMaker, x = 0, y = 0, seats = 10): VenueItem {
  return createItem('round-table', makeId, { x, y }, { seats, diameter: seats > 12 ? 2.4 : 1.8 });
}

/** A scene starts with what its kind always needs; templates (canvas issue) add richer venues. */
export function newScene(kind: SceneKind, name: string, makeId: IdMaker): Scene {
  const items: VenueItem[] = [];
  if (kind === 'banquet') items.push(door(makeId), roundTable(makeId));
  else if (kind !== 'car') items.push(door(makeId));
  return { id: makeId('scene'), name, kind, options: {}, items, assignments: [], roles: [] };
}

export type NewPersonInput = Pick<Person, 'name' | 'side'> & Partial<Omit<Person, 'id' | 'name' | 'side'>>;

export function newPerson(input: NewPersonInput, makeId: IdMaker): Person {
  return {
    organisation: '',
    title: '',
    rank: 1,
    tags: [],
    attendance: 'confirmed',
    ...input,
    id: makeId('person'),
  };
}
