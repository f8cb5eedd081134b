/**
 * Place cards (席卡/桌签) and table-number cards (桌号牌) as data: which cards a scene needs, their
 * sizes and the grid they are printed on. Pure; renderer/src/print/place-cards.tsx draws them.
 */
import { translate, type Lang } from '../i18n/translate';
import { kindOf } from '../kinds';
import type { Plan } from '../model/types';
import type { FaceId } from './fonts';
import { latinLine, type LatinLine } from './latin-line';
import { bestGrid, type Grid, type PaperName } from './paper';
import { findScene, participants, seatingItems } from './plan-data';

export type CardSizeId = 'standard' | 'small' | 'large' | 'mini';

/** Face sizes (one half of the unfolded card), width × height in mm. */
export const CARD_SIZES: Record<CardSizeId, { w: number; h: number }> = {
  standard: { w: 200, h: 90 },
  small: { w: 150, h: 60 },
  large: { w: 280, h: 100 },
  mini: { w: 100, h: 45 },
};

export type Subline = 'none' | 'title' | 'organisation' | 'both';

export interface CardOptions {
  paper: PaperName;
  size: CardSizeId;
  face: FaceId;
  subline: Subline;
  /** The Latin line under the name (a foreign guest's name, or pinyin). */
  latin: LatinLine;
  /** Printer offset calibration, mm; positive moves the print right / down. */
  offsetX: number;
  offsetY: number;
  /** A faint dotted line across the card at the fold, besides the fold ticks outside it. */
  foldLine: boolean;
}

export const DEFAULT_CARD_OPTIONS: CardOptions = {
  paper: 'A4',
  size: 'small',
  face: 'kai',
  subline: 'none',
  latin: 'given',
  offsetX: 0,
  offsetY: 0,
  foldLine: false,
};

/** Gap between cards on a sheet, wide enough for the cut marks of both neighbours. */
const GAP_MM = 8;

export interface Card {
  /** Stable identity: the person id, or `table:<item id>`. */
  key: string;
  /** The big line: a name, or a table number. */
  name: string;
  subline?: string;
  /** The line under the name in Latin letters. */
  latin?: string;
  /** Which table the card belongs to, for "print one table". */
  itemId?: string;
  kind: 'person' | 'table';
}

export interface CardSelection {
  sceneId?: string;
  /** Only the people seated at this item. */
  itemId?: string;
  /** Only these keys (person ids). */
  keys?: string[];
}

function sublineOf(subline: Subline, title: string, organisation: string): string | undefined {
  const parts =
    subline === 'title' ? [title] : subline === 'organisation' ? [organisation] : subline === 'both' ? [organisation, title] : [];
  const text = parts.filter((p) => p.trim()).join(' ');
  return text || undefined;
}

/**
 * The place cards of a scene: seated people by table number and seat order; when nobody is seated
 * yet, everyone taking part in the scene, in list order.
 */
export function placeCards(
  plan: Plan,
  selection: CardSelection,
  subline: Subline,
  latin: LatinLine = DEFAULT_CARD_OPTIONS.latin,
): Card[] {
  const scene = findScene(plan, selection.sceneId);
  const seated = scene
    ? seatingItems(plan, scene).flatMap((s) =>
        s.seats.filter((r) => r.person).map((r) => ({ person: r.person!, itemId: s.item.id })),
      )
    : [];
  const rows = seated.length ? seated : participants(plan, scene).map((person) => ({ person, itemId: undefined }));
  const keys = selection.keys ? new Set(selection.keys) : undefined;
  return rows
    .filter((r) => (!selection.itemId || r.itemId === selection.itemId) && (!keys || keys.has(r.person.id)))
    .map(({ person, itemId }) => {
      const sub = sublineOf(subline, person.title, person.organisation);
      const latinText = latinLine(person, latin);
      return {
        key: person.id,
        name: person.name,
        kind: 'person' as const,
        ...(sub ? { subline: sub } : {}),
        ...(latinText ? { latin: latinText } : {}),
        ...(itemId ? { itemId } : {}),
      };
    });
}

/**
 * Table-number cards (桌号牌) for every numbered table someone sits at: like the lists, the kitchen
 * sheet and the review, no page for a table nobody sits at (issue 15).
 */
export function tableCards(plan: Plan, sceneId: string | undefined, lang: Lang): Card[] {
  const scene = findScene(plan, sceneId);
  if (!scene) return [];
  return seatingItems(plan, scene)
    .filter((s) => kindOf(s.item).numberedTable && s.number !== undefined && s.seats.some((seat) => seat.person))
    .map((s) => {
      const named = 'name' in s.item && s.item.name ? s.item.name : undefined;
      const sub = named ?? (s.main ? translate(lang, 'print.mainTable') : undefined);
      return {
        key: `table:${s.item.id}`,
        name: String(s.number),
        kind: 'table' as const,
        itemId: s.item.id,
        ...(sub ? { subline: sub } : {}),
      };
    });
}

/** What a printed card looked like: compared with the last print to find the changed cards. */
export function cardFingerprint(card: Card, options: CardOptions): string {
  // The Latin line only when there is one, so cards printed before it existed keep their fingerprint.
  return [card.name, card.subline ?? '', options.face, options.size, ...(card.latin ? [card.latin] : [])].join('\u0001');
}

export function cardGrid(options: Pick<CardOptions, 'paper' | 'size'>): Grid | undefined {
  const { w, h } = CARD_SIZES[options.size];
  return bestGrid(options.paper, w, 2 * h, GAP_MM);
}

export function cardsPerSheet(options: Pick<CardOptions, 'paper' | 'size'>): number {
  const g = cardGrid(options);
  return g ? g.cols * g.rows : 0;
}
