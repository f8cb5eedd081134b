/**
 * The plan document: plain, serialisable data with stable ids.
 * No class instances, no Konva nodes, no session state (selection, zoom, hover).
 * Lengths are metres; angles are degrees, 0 = +x, 90 = +y (screen convention, y down).
 */

export const SCHEMA_VERSION = 2;

export type Side = 'host' | 'guest' | 'staff';
export type Convention = 'commercial' | 'government';
export type Attendance = 'confirmed' | 'tentative' | 'absent';
export type Gender = 'male' | 'female' | 'unspecified';

export interface Person {
  id: string;
  name: string;
  organisation: string;
  title: string;
  side: Side;
  /** 1 = most senior within the side; ties keep list order. */
  rank: number;
  /** One order over both sides (rostrum, photo); optional. */
  precedence?: number;
  /** Reception level, e.g. 一级; free text from an editable list. */
  level?: string;
  /** Function such as 翻译, 记录, 司机, 联络员. */
  function?: string;
  gender?: Gender;
  delegation?: string;
  dietary?: string;
  notes?: string;
  tags: string[];
  attendance: Attendance;
  /** Spouse or partner in this plan, for western cross-seating (couples are never adjacent). */
  partnerId?: string;
}

export type SceneKind = 'banquet' | 'reception' | 'talks' | 'meeting' | 'car' | 'elevator' | 'signing' | 'photo' | 'other';

/** Hosting roles belong to a table in a scene, not to the person. */
export type HostRole = 'chief-host' | 'deputy-host' | 'third-host' | 'fourth-host';

interface ItemBase {
  id: string;
  x: number;
  y: number;
  rotation: number;
}

export interface RoundTableItem extends ItemBase {
  kind: 'round-table';
  seats: number;
  diameter: number;
  /** Table number; computed from the engine's table order unless numberFixed. */
  number?: number;
  numberFixed?: boolean;
  name?: string;
  /** The user marks the main table (主桌); otherwise the engine chooses. */
  main?: boolean;
}

export interface LongTableItem extends ItemBase {
  kind: 'long-table';
  seatsPerSide: number;
  /** Seats at each short end (0 or 1). */
  endSeats: number;
  length: number;
  width: number;
  number?: number;
  numberFixed?: boolean;
  name?: string;
  main?: boolean;
  /** A head table seats people on one side only, facing the room. */
  head?: boolean;
}

export interface RostrumItem extends ItemBase {
  kind: 'rostrum';
  /** People per row, front row first. */
  rows: number[];
  lectern: boolean;
}

export interface SeatBlockItem extends ItemBase {
  kind: 'seat-block';
  rows: number;
  cols: number;
}

export interface ReceptionItem extends ItemBase {
  kind: 'reception';
  /** Entourage seats along each side wall. */
  perSide: number;
}

export interface TalksTableItem extends ItemBase {
  kind: 'talks-table';
  seatsPerSide: number;
}

export interface ConferenceTableItem extends ItemBase {
  kind: 'conference-table';
  seatsPerSide: number;
}

export type CarModel = 'sedan' | 'jeep' | 'mpv7' | 'mpv7-classic' | 'van9' | 'minibus';

export interface CarItem extends ItemBase {
  kind: 'car';
  model: CarModel;
  driver: 'chauffeur' | 'host';
  /** Motorcade position (1 = lead car); derived from the motorcade order unless numberFixed. */
  number?: number;
  numberFixed?: boolean;
  plate?: string;
  driverName?: string;
  driverPhone?: string;
  /** Minibus/coach only: passenger rows behind the driver's row (1–20; the engine assumes 5). */
  rows?: number;
  /** Minibus/coach only: seats in each passenger row (2–5; the engine assumes 4). */
  seatsPerRow?: number;
}

export interface ElevatorItem extends ItemBase {
  kind: 'elevator';
  panel: 'front-left' | 'front-right';
  attendant: boolean;
}

/** The reference for every rule: `rotation` is the direction into the room. */
export interface DoorItem extends ItemBase {
  kind: 'door';
  width: number;
}

export interface StageItem extends ItemBase {
  kind: 'stage';
  width: number;
  depth: number;
}

export interface WallItem extends ItemBase {
  kind: 'wall';
  length: number;
}

/** 柱子: a column standing in the hall, round or square; `size` is its diameter or side, metres. */
export interface PillarItem extends ItemBase {
  kind: 'pillar';
  shape: 'round' | 'square';
  size: number;
}

export interface LabelItem extends ItemBase {
  kind: 'label';
  text: string;
}

export type VenueItem =
  | RoundTableItem
  | LongTableItem
  | RostrumItem
  | SeatBlockItem
  | ReceptionItem
  | TalksTableItem
  | ConferenceTableItem
  | CarItem
  | ElevatorItem
  | DoorItem
  | StageItem
  | WallItem
  | PillarItem
  | LabelItem;

export type ItemKind = VenueItem['kind'];

/** A person in a seat of an item. `seat` is the engine's seat label (P, R1, RR, 1:3 …). */
export interface Assignment {
  personId: string;
  itemId: string;
  seat: string;
  locked: boolean;
}

export interface HostingRole {
  itemId: string;
  personId: string;
  role: HostRole;
}

/** Rule options (names as in RULES.md); absent = the rule book's default. */
export interface SceneOptions {
  chiefGuestTakesHostSeat?: boolean;
  evenRow?: 'axis' | 'main';
  evenRostrum?: 'classic' | 'stageView';
  handbookMeeting?: 'hostSeat' | 'honourSeat';
  topSeat?: 'kerb' | 'behindDriver';
  /** Car: the senior host (陪车) takes the car's second seat, beside the guest (default), or FP. */
  companionSeat?: 'beside' | 'front';
  drive?: 'left' | 'right';
  tableFacing?: 'same' | 'main';
  keepDelegations?: boolean;
  western?: boolean;
  /** 会谈 interpreters: beside their principal (default) or behind. */
  interpreters?: 'beside' | 'behind';
  /** Motorcade: car No. 1 is a lead car (前导车) that carries staff only. */
  leadCar?: boolean;
  /** Motorcade: a host rides with the chief guest only (default), or with the top guest of each car. */
  companions?: 'chief' | 'each';
}

export interface Scene {
  id: string;
  name: string;
  kind: SceneKind;
  /** Absent = the plan's convention. */
  convention?: Convention;
  options: SceneOptions;
  items: VenueItem[];
  assignments: Assignment[];
  roles: HostingRole[];
  /** Who takes part in this scene; absent = everyone not marked absent. */
  participants?: string[];
}

export interface Plan {
  schemaVersion: number;
  id: string;
  name: string;
  startDate?: string;
  endDate?: string;
  organisation: string;
  convention: Convention;
  people: Person[];
  scenes: Scene[];
  /** Optional (people issue): what changed and when, newest last, bounded; see shared/people/changelog.ts (entries) and shared/commands/change-log.ts (the bound). */
  changeLog?: ChangeLogEntry[];
}

// People issue: the plan's change log (last-minute changes, imports, re-flows).
export type ChangeLogKind = 'import' | 'add' | 'remove' | 'attendance' | 'rank' | 'edit' | 'reflow';

/** A seat as it was when logged: the table number is kept so the entry still reads later. */
export interface ChangeLogSeat {
  itemId: string;
  seat: string;
  kind: string;
  number?: number;
}

export interface ChangeLogEntry {
  /** Milliseconds since the epoch. */
  at: number;
  kind: ChangeLogKind;
  /** Names of the people concerned, kept so the log reads after they are removed. */
  names: string[];
  personIds?: string[];
  /** How many people the entry concerns (names keep only the first ones). */
  count?: number;
  sceneId?: string;
  /** Kind-specific: new attendance, "3→1", edited field names, file or scene name. */
  detail?: string;
  moves?: { personId: string; name: string; from?: ChangeLogSeat; to?: ChangeLogSeat; reprint?: boolean }[];
}

/** What the plan library lists; kept beside the document by the store. */
export interface PlanSummary {
  id: string;
  name: string;
  organisation: string;
  convention: Convention;
  startDate?: string;
  endDate?: string;
  updatedAt: number;
  createdAt: number;
  peopleCount: number;
  sceneCount: number;
}
