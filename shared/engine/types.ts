/** Types the engine exposes and uses internally. The plan document types live in ../model/types. */
import type { Assignment, Convention, HostRole, Scene, SceneOptions, Side, VenueItem } from '../model/types';

/** Every placement carries its rule, in both languages. */
export interface Reason {
  zh: string;
  en: string;
}

export interface Warning {
  code: string;
  zh: string;
  en: string;
  personIds?: string[];
  itemId?: string;
}

/** One seat of a seating item in world coordinates (metres); `facing` = where the seated person looks. */
export interface SeatGeom {
  label: string;
  x: number;
  y: number;
  facing: number;
}

export interface SceneResult {
  /** The scene's complete new assignment list; locked assignments are kept exactly. */
  assignments: Assignment[];
  /** Numbers the engine gives numbered items: banquet tables (桌次) and motorcade cars. */
  tableNumbers: Record<string, number>;
  /** Why each person sits where they do: every new placement, and every locked seat. */
  reasons: Record<string, Reason>;
  warnings: Warning[];
  /** Item kinds present that the engine cannot place; never silently skipped. */
  unsupported: string[];
  /** Elevators: enter and exit order per elevator item. */
  orders: Record<string, { enter: string[]; exit: string[] }>;
}

/** A person as the engine sees them. `index` is the list position: ties in rank keep list order. */
export interface EP {
  id: string;
  /** For messages; case files have none. */
  name?: string;
  side: Side;
  rank: number;
  precedence?: number;
  index: number;
  gender?: 'male' | 'female' | 'unspecified';
  delegation?: string;
  organisation?: string;
  fn?: string;
  partnerId?: string;
}

export interface Occupant {
  person: EP;
  label: string;
}

/** Everything one item's placer needs. */
export interface ItemJob {
  item: VenueItem;
  scene: Scene;
  /** People to seat here (free, not locked). */
  people: EP[];
  /** Locked occupants of this item: never moved, everyone else goes around them. */
  locked: Occupant[];
  /** Hosting roles at this item (person id → role), for free and locked people alike. */
  roles: Map<string, HostRole>;
  options: SceneOptions;
  convention: Convention;
}

export interface ItemOutcome {
  placed: Map<string, string>;
  reasons: Map<string, Reason>;
  warnings: Warning[];
  /** People given to the placer that did not fit. */
  unseated: EP[];
  enter?: string[];
  exit?: string[];
}

export function emptyOutcome(): ItemOutcome {
  return { placed: new Map(), reasons: new Map(), warnings: [], unseated: [] };
}
