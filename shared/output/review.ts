/**
 * The review sheet (座次审定稿) as data: for the leader who signs off, one page per scene with the
 * principal seats and why each is so, the table order and its rule, the car order, and the
 * protocol problems still open in that scene. Everything is in words (names, seats as the screen
 * says them, reasons, problems); no engine code reaches the page. Pure;
 * renderer/src/print/review.tsx prints it.
 */
import { GROUP_ORDER } from '../engine/scene';
import { groupOf } from '../engine/items';
import { deriveNumbers } from '../engine/numbers';
import { sceneFindings } from '../engine/plan-check';
import type { Reason, ReasonParam, ReasonParams } from '../engine/types';
import { explainContext, renderReason, type ExplainContext } from '../i18n/explain';
import { seatLabelText } from '../i18n/seat-labels';
import { translate, type Lang } from '../i18n/translate';
import { isVehicle } from '../kinds';
import { isBanquetTable } from '../engine/hall';
import type { Person, Plan, Scene, VenueItem } from '../model/types';
import { seatText } from './seat-text';
import { seatingItems, type SeatingItem, type SeatRow } from './plan-data';
import { findingWords } from './problem-words';
import { seatReasons, type SeatReason } from './review-reasons';
import { itemTitle } from './seating-list';

/** How many seats of the principal item the sheet lists (a 12-seat main table shows its top 8). */
const PRINCIPAL_SEATS = 8;
/** Past these many tables or problems the page says how many more, so a scene stays one page. */
const MAX_ROWS = 16;
const MAX_PROBLEMS = 10;

export interface ReviewSeat {
  name: string;
  /** Where, in words: 第1桌 主位, 1号车 后排右. */
  seat: string;
  reason: string;
}

export interface ReviewNumbered {
  /** 第2桌, 1号车. */
  title: string;
  /** Who sits there, in seat order: "主位 王伟、右1 李强" for a table, each rider for a car. */
  people: string;
  /** Why it has this number. */
  why: string;
}

export interface ReviewPage {
  scene: string;
  seats: ReviewSeat[];
  /** The rule the table numbers follow, when the scene has banquet tables. */
  tableRule?: string;
  tables: ReviewNumbered[];
  carRule?: string;
  cars: ReviewNumbered[];
  /** The open protocol problems of the scene: the problem and what to do. */
  problems: string[];
  /** How many tables, cars and problems are not listed (a scene is one page). */
  more: { tables: number; cars: number; problems: number };
}

export function reviewPages(plan: Plan, lang: Lang): ReviewPage[] {
  const ctx = explainContext(plan);
  return plan.scenes.map((scene) => reviewPage(plan, scene, lang, ctx));
}

function reviewPage(plan: Plan, scene: Scene, lang: Lang, ctx: ExplainContext): ReviewPage {
  const entries = seatingItems(plan, scene);
  // Only tables and cars someone sits at: an empty one has nothing for the leader to approve.
  const used = (e: (typeof entries)[number]) => e.number !== undefined && e.seats.some((s) => s.person);
  const tables = entries.filter((e) => isBanquetTable(e.item) && used(e));
  const cars = entries.filter((e) => isVehicle(e.item) && used(e));
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const findings = sceneFindings(plan, scene.id);
  return {
    scene: scene.name,
    seats: principalSeats(plan, scene, entries, lang, ctx),
    ...(tables.length ? { tableRule: t('review.tableRule') } : {}),
    tables: tables
      .slice(0, MAX_ROWS)
      .map((e) => ({ title: itemTitle(e, lang), people: seatedWords(e, lang, 2), why: tableWhy(scene, e, lang) })),
    ...(cars.length ? { carRule: t('review.carRule') } : {}),
    cars: cars.slice(0, MAX_ROWS).map((e) => ({
      title: itemTitle(e, lang),
      people: seatedWords(e, lang),
      why: isVehicle(e.item) && e.item.plate ? `${t('print.plate')} ${e.item.plate}` : '',
    })),
    problems: findings.slice(0, MAX_PROBLEMS).map((f) => {
      const w = findingWords(lang, f, plan, ctx);
      return t('review.problem', { problem: w.problem, action: w.action });
    }),
    more: {
      tables: Math.max(0, tables.length - MAX_ROWS),
      cars: Math.max(0, cars.length - MAX_ROWS),
      problems: Math.max(0, findings.length - MAX_PROBLEMS),
    },
  };
}

/**
 * The principal item's top seats: the main table (else the most formal item — the rostrum before
 * the audience — and among equals No. 1), its people in precedence order, guests before hosts of
 * the same rank, so 主宾 and 主位 head the list.
 */
function principalSeats(plan: Plan, scene: Scene, entries: SeatingItem[], lang: Lang, ctx: ExplainContext): ReviewSeat[] {
  const formality = (e: SeatingItem) => (e.main ? -1 : GROUP_ORDER.indexOf(groupOf(e.item, scene) ?? 'audience'));
  const withPeople = entries.filter((e) => e.seats.some((s) => s.person));
  const top = [...withPeople].sort((a, b) => formality(a) - formality(b))[0];
  if (!top) return [];
  const reasons = seatReasons(plan, scene);
  // The seat's item as the screen names it: 第1桌 (its number may be derived, not yet stored).
  const item = top.number === undefined ? top.item : { ...top.item, number: top.number };
  // Each side's people at the item in precedence order; then alternate guest, host: 主宾, 主位,
  // the second guest, 副主陪 … with staff after both sides.
  const seated = top.seats.filter((s) => s.person);
  const listed = new Map(plan.people.map((p, i) => [p.id, i]));
  // Lower rank first; a tie keeps list order, as in the engine.
  const precedes = (a: Person, b: Person) => a.rank - b.rank || listed.get(a.id)! - listed.get(b.id)!;
  const position = (s: SeatRow) =>
    seated.filter((o) => o.person!.side === s.person!.side && precedes(o.person!, s.person!) < 0).length;
  const order = (s: SeatRow) => [s.person!.side === 'staff' ? 1 : 0, position(s), SIDES.indexOf(s.person!.side)];
  return seated
    .map((s) => ({ s, key: order(s) }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
    .map(({ s }) => s)
    .slice(0, PRINCIPAL_SEATS)
    .map((s) => ({
      name: s.person!.name,
      seat: seatText(lang, item, s.label),
      reason: reasonWords(lang, reasons.get(s.person!.id) ?? 'by hand', scene, item, ctx),
    }));
}

const SIDES: Person['side'][] = ['guest', 'host', 'staff'];

/** "主位 王伟、右1 李强 …": the first `limit` people in seat order (all when absent). */
function seatedWords(e: SeatingItem, lang: Lang, limit?: number): string {
  const seated = e.seats.filter((s) => s.person).map((s) => `${seatLabelText(lang, e.item, s.label)} ${s.person!.name}`);
  const shown = seated.slice(0, limit ?? seated.length);
  const more = seated.length - shown.length;
  const list = shown.join(translate(lang, 'reason.listSeparator'));
  if (!list) return translate(lang, 'common.none');
  return more > 0 ? translate(lang, 'review.andMore', { list, total: seated.length }) : list;
}

/** Table 1 is the main table; a number fixed by hand says so, and so does one the rules would not give. */
function tableWhy(scene: Scene, e: SeatingItem, lang: Lang): string {
  const item = e.item as Extract<VenueItem, { numberFixed?: boolean }>;
  if (item.numberFixed) return translate(lang, 'review.table.fixed');
  const ruled = deriveNumbers(scene)[item.id];
  if (ruled !== e.number) return translate(lang, 'review.table.notRuled', { n: ruled ?? '' });
  return translate(lang, e.number === 1 ? 'review.table.main' : 'review.table.ruled');
}

/** A reason in words, its seats named as the screen names them (the engine keeps labels). */
function reasonWords(lang: Lang, reason: SeatReason, scene: Scene, item: VenueItem, ctx: ExplainContext): string {
  if (reason === 'by hand') return translate(lang, 'review.byHand');
  return renderReason(lang, seatsInWords(lang, reason, scene, item), ctx);
}

function seatsInWords(lang: Lang, reason: Reason, scene: Scene, item: VenueItem): Reason {
  if (!reason.params) return reason;
  const params: ReasonParams = {};
  for (const [name, value] of Object.entries(reason.params)) params[name] = paramInWords(lang, value, scene, item);
  return { ...reason, params };
}

function paramInWords(lang: Lang, value: ReasonParam, scene: Scene, item: VenueItem): ReasonParam {
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  if ('key' in value) return seatsInWords(lang, value, scene, item);
  if (!('seat' in value)) return value;
  if (!value.item) return seatLabelText(lang, item, value.seat);
  return seatText(
    lang,
    scene.items.find((i) => i.id === value.item),
    value.seat,
  );
}
