/** Where someone sits, in words: "1 号桌 右1", "2 号车 后排右", "主席台 第1排第3座". */
import { describeItem } from '../commands/describe';
import { translate, type Lang } from '../i18n/translate';
import { seatLabelText } from '../i18n/seat-labels';
import { findKind } from '../kinds';
import type { ItemKind, VenueItem } from '../model/types';

/** The item part of a seat: a numbered table or car, else the kind of item. */
export function itemLabel(lang: Lang, item: (Pick<VenueItem, 'kind'> & { number?: number }) | undefined): string {
  if (!item) return '';
  if (findKind(item.kind)?.vehicle && item.number !== undefined) return translate(lang, 'export.car', { n: item.number });
  return describeItem(lang, item as VenueItem);
}

export function seatText(lang: Lang, item: (Pick<VenueItem, 'kind'> & { number?: number }) | undefined, seat: string): string {
  // A whole item may word its seats by its own fields (a hall's 单双号); a logged one has its kind alone.
  const owner = item && 'id' in item ? (item as VenueItem) : item?.kind;
  if (!item) return seatLabelText(lang, undefined, seat);
  return translate(lang, 'seat.label', { table: itemLabel(lang, item), seat: seatLabelText(lang, owner, seat) });
}

/** For the change log, where only the kind and number were kept. */
export function loggedSeatText(lang: Lang, seat: { kind: string; number?: number; seat: string }): string {
  return seatText(
    lang,
    { kind: seat.kind as ItemKind, ...(seat.number !== undefined ? { number: seat.number } : {}) },
    seat.seat,
  );
}
