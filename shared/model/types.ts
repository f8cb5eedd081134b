/**
 * The plan document: plain, serialisable data with stable ids.
 * No class instances, no Konva nodes, no session state (selection, zoom, hover).
 * Lengths are metres; angles are degrees, 0 = +x, 90 = +y (screen convention, y down).
 */

export const SCHEMA_VERSION = 3;

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
  /** Reception level (接待级别), e.g. 一级; free text from an editable list. */
  level?: string;
  /** Official level (级别), e.g. 正厅级: what a list without a rank column is often ranked by. */
  officialLevel?: string;
  /**
   * The name in Latin letters as the guest writes it ("Thomas Müller"), printed under the Chinese
   * on place cards. Optional and added without a format bump: older files simply lack it.
   */
  latinName?: string;
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
  /**
   * 上主席台: the officer's choice of who sits on the rostrum. When anyone is flagged, 自动排座
   * gives the rostrum only the flagged people (RULES.md §3 orders them); nobody flagged, it takes
   * the top of the precedence. Optional and added without a format bump: older files lack it.
   */
  rostrum?: boolean;
  /**
   * The office's people directory (常用人员库) entry this person was taken from or added to, and
   * the entry's revision this plan last took or declined: a newer revision is offered on opening,
   * never applied silently. Both optional, added without a format bump.
   */
  directoryId?: string;
  directoryRevision?: number;
}

/** The fields a directory entry keeps and offers to the plans that use it. */
export interface DirectoryFields {
  name: string;
  latinName?: string;
  organisation: string;
  title: string;
  officialLevel?: string;
  gender?: Gender;
  /** The side a picked person joins (the office's own people are hosts); never offered as an update. */
  side: Side;
}

/** The fields an entry offers to the plans that use it (the side is not: it is the plan's business). */
export type DirectoryOfferedField = 'name' | 'latinName' | 'organisation' | 'title' | 'officialLevel' | 'gender';

/** One person of the office's people directory, stored beside the plans (not in any plan). */
export interface DirectoryEntry extends DirectoryFields {
  id: string;
  /** 1 when added; one more at every edit that changes an offered field. */
  revision: number;
  /**
   * The revision at which each offered field last changed (absent: 1, as added). A plan is
   * offered only fields changed after the revision it took, so its own edits of other fields
   * (a title written for this occasion) are never offered back.
   */
  changed: Partial<Record<DirectoryOfferedField, number>>;
  createdAt: number;
  updatedAt: number;
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

/** One block of a meeting hall: its rows, front first; a row may be shorter at the hall's sides. */
export interface HallBlock {
  /** Seats in each row, front row first. */
  rows: number[];
}

export type ZoneColour = 'red' | 'blue' | 'green' | 'amber' | 'purple' | 'grey';

/** A named zone of a meeting hall (代表区, 列席区, 媒体区 …): rows of one block, or of every block. */
export interface HallZone {
  name: string;
  colour: ZoneColour;
  /** 1-based block from the audience's left; 0 = every block. */
  block: number;
  fromRow: number;
  toRow: number;
  /** Kept out of 自动排座 (reserved for the press, staff, late guests …). */
  reserved: boolean;
  /** Optional: the entrance its seat slips name (东2门); absent = the nearest door of the scene. */
  entrance?: string;
}

/**
 * 会场座区: the audience seats of a large meeting (RULES.md §9), blocks of rows side by side
 * separated by aisles. Its rotation is the direction the audience faces (toward the rostrum);
 * its origin is the centre of the front row.
 */
export interface MeetingHallItem extends ItemBase {
  kind: 'meeting-hall';
  /** From the audience's left to their right as they face the rostrum. */
  blocks: HallBlock[];
  /** Metres between seat centres in a row, between rows, and across an aisle. */
  seatSpacing: number;
  rowSpacing: number;
  aisle: number;
  /** How far the rows bend round the rostrum: the turn of the front row's outermost seat, in degrees. */
  curve: number;
  /** 0 = the floor; a balcony (1, 2 …) ranks below every seat of the floor below it. */
  floor: number;
  zones: HallZone[];
  /**
   * Seat numbers on the chart, slips and lists (RULES.md §9): `consecutive` (absent) counts each
   * block row from the audience's left; `oddEven` (单双号) counts each hall row from the centre line,
   * odd numbers to the audience's right, even to their left. The labels stay `block:row:col`.
   */
  numbering?: HallNumbering;
}

export type HallNumbering = 'consecutive' | 'oddEven';

export interface ReceptionItem extends ItemBase {
  kind: 'reception';
  /** Entourage seats along each side wall. */
  perSide: number;
  /**
   * Second-row seats per side, behind the principals, for interpreters, note-takers and staff
   * (RULES.md §4); 0 = the room has no second row. Absent = 2 (the layout before the field).
   */
  backRow?: number;
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
  | MeetingHallItem
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
  /** Large meeting (RULES §9): how units fill the hall. */
  arrangement?: 'horizontal' | 'vertical' | 'centreOut' | 'snake' | 'columns';
  /** Which side rows and strips start on: the convention's honour side, or the audience's left or right. */
  hallDirection?: 'honourFirst' | 'left' | 'right';
  /** 竖排法: strips laid from the honour side across, or from the centre outwards. */
  strips?: 'across' | 'centreOut';
  unitOrder?: 'list' | 'strokes' | 'pinyin' | 'custom';
  /** The officer's own unit order (`unitOrder: custom`); units not listed follow in list order. */
  unitList?: string[];
  /** A unit is not split across an aisle or a zone when the block beside it can take it whole. */
  keepUnitsTogether?: boolean;
  /** The honour side of the audience: their own (default), or mirroring the rostrum's. */
  hallSide?: 'audience' | 'mirrorRostrum';
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
  /**
   * What the people were when 自动排座 last placed this scene (optional, written by `seat/apply`):
   * compared with the people now, it tells who is affected by a later change until the scene is
   * re-placed (shared/people/affected.ts). Derived from the document, so a reload keeps it.
   */
  placedWith?: PlacedInput[];
  /** Optional: the seat slips last printed of this scene (shared/output/seat-slips.ts), for "only the changed". */
  slipsPrinted?: SlipPrintRecord;
  /** Optional (issue 16 part 3): the venue's own floor plan drawn under the items. */
  underlay?: Underlay;
}

/** When seat slips were last printed and, per person id, what his slip said (a fingerprint). */
export interface SlipPrintRecord {
  at: string;
  slips: Record<string, string>;
}

/**
 * A picture under a scene's items: an asset of the library (stored apart from the document, by
 * the sha256 of its re-encoded bytes), placed with its top-left corner at (x, y) metres and
 * scaled `mmPerPixel` millimetres to one of its pixels (set by calibrating two points).
 * `width`/`height` are its pixel size, so its extent is known before the picture is loaded.
 */
export interface Underlay {
  assetId: string;
  width: number;
  height: number;
  x: number;
  y: number;
  mmPerPixel: number;
  /** 0.1 … 1. */
  opacity: number;
  /** Locked: not draggable on the canvas. */
  locked: boolean;
  /** Drawn under the seating chart when printed. */
  print: boolean;
}

/** One participant as the engine saw them at the last 自动排座: the inputs that decide seats. */
export interface PlacedInput {
  personId: string;
  side: Side;
  rank: number;
  precedence?: number;
  absent?: true;
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
