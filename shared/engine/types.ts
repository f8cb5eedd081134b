/** Types the engine exposes and uses internally. The plan document types live in ../model/types. */
import type { MessageKey } from '../i18n/zh';
import type { Assignment, Convention, HostRole, Scene, SceneOptions, Side, VenueItem } from '../model/types';

/**
 * Why a person sits where they do, as data: a message key of the translation layer
 * (`reason.*` in shared/i18n/zh.ts and en.ts) and its parameters. Only the translation layer
 * turns it into words (`renderReason` in shared/i18n/explain.ts), so the canvas, `place --lang`
 * and the print views all say the same thing in the user's language.
 */
export interface Reason {
  key: ReasonKey;
  params?: ReasonParams;
}

export type ReasonKey = Extract<MessageKey, `reason.${string}`>;
export type WarningKey = Extract<MessageKey, `warning.${string}`>;

/** A person, named in words by the translation layer (a case file has no names: then the id). */
export interface PersonRef {
  person: string;
}
/** A seat by its engine label (docs/seat-labels.md); `item` when it is not the explained person's item. */
export interface SeatRef {
  seat: string;
  item?: string;
}
/** A side (host, guest, staff), in words. */
export interface SideRef {
  side: Side;
}
/** Parameters are numbers, plain data (a delegation's name), or typed data the translation layer words. */
export type ReasonParam = string | number | Reason | PersonRef | PersonRef[] | SeatRef | SideRef;
export type ReasonParams = Record<string, ReasonParam>;

export interface Warning {
  /** Stable code for programs and tests (CASES.md prints it); the words come from `key`. */
  code: string;
  key: WarningKey;
  params?: ReasonParams;
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
  side: Side;
  rank: number;
  precedence?: number;
  index: number;
  gender?: 'male' | 'female' | 'unspecified';
  delegation?: string;
  organisation?: string;
  fn?: string;
  partnerId?: string;
  /** Flagged 上主席台 by the officer (Person.rostrum). */
  rostrum?: boolean;
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
  /**
   * A person's rank within his side across the whole group (a hall of tables, a motorcade), when
   * the item is one of several sharing the people: reasons then name both (第6位客人，本桌第2位).
   */
  overall?: (p: EP) => number | undefined;
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
