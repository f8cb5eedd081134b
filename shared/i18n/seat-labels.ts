/**
 * The engine's seat labels (P, R1, RR, E-right-2, 1:3 … — docs/seat-labels.md) in words an
 * officer reads at a glance: 主位, 右1, 后排右, 进门右侧第2位, 第1排第3座. Display only: the
 * document, the case format and the spreadsheets keep the labels themselves. Each kind names its
 * own seats (`KindSpec.seatName`); a label its kind does not know is shown as it is, never hidden.
 */
import { findKind, kindOf } from '../kinds';
import { tableSeatName } from '../kinds/seat-names';
import type { SeatName } from '../kinds/types';
import type { ItemKind, VenueItem } from '../model/types';
import { translate, type Lang, type MessageKey } from './translate';

/**
 * Whose seat: the item itself where the caller has it (its fields may decide the words: a hall's
 * 单双号), else its kind, which may come from stored data (a change log); an unknown kind reads
 * its labels as a table's.
 */
export type SeatOwner = ItemKind | VenueItem | undefined;

export function nameOf(owner: SeatOwner, label: string): SeatName | undefined {
  if (typeof owner === 'object')
    return (kindOf(owner).seatName as (l: string, i: VenueItem) => SeatName | undefined)(label, owner);
  return (findKind(owner)?.seatName ?? tableSeatName)(label);
}

export function seatLabelText(lang: Lang, kind: SeatOwner, label: string): string {
  const name = nameOf(kind, label);
  return name ? translate(lang, name.key, name.params) : label;
}

/**
 * The short form of each seat name that has one (the canvas draws it on an empty seat when the
 * full name has no room: 副主位右2 → 副右2, 进门左侧第2位 → 左2). Names that are short already
 * (右1, 司机, 末位) have none and stay as they are.
 */
const BRIEF: Partial<Record<MessageKey, MessageKey>> = {
  'seatName.head': 'seatBrief.head',
  'seatName.opposite': 'seatBrief.opposite',
  'seatName.oppositeRight': 'seatBrief.oppositeRight',
  'seatName.oppositeLeft': 'seatBrief.oppositeLeft',
  'seatName.chair': 'seatBrief.chair',
  'seatName.rowSeat': 'seatBrief.rowSeat',
  'seatName.car.FP': 'seatBrief.car.FP',
  'seatName.car.FM': 'seatBrief.car.FM',
  'seatName.car.RL': 'seatBrief.car.RL',
  'seatName.car.RM': 'seatBrief.car.RM',
  'seatName.car.RR': 'seatBrief.car.RR',
  'seatName.car.ML': 'seatBrief.car.ML',
  'seatName.car.MM': 'seatBrief.car.MM',
  'seatName.car.MR': 'seatBrief.car.MR',
  'seatName.car.BL': 'seatBrief.car.BL',
  'seatName.car.BM': 'seatBrief.car.BM',
  'seatName.car.BR': 'seatBrief.car.BR',
  'seatName.elevator.BL': 'seatBrief.elevator.BL',
  'seatName.elevator.BR': 'seatBrief.elevator.BR',
  'seatName.elevator.FL': 'seatBrief.elevator.FL',
  'seatName.elevator.FR': 'seatBrief.elevator.FR',
  'seatName.enterRight': 'seatBrief.enterRight',
  'seatName.enterLeft': 'seatBrief.enterLeft',
  'seatName.enterRightN': 'seatBrief.enterRightN',
  'seatName.enterLeftN': 'seatBrief.enterLeftN',
  'seatName.enterRightBehind': 'seatBrief.enterRightBehind',
  'seatName.enterLeftBehind': 'seatBrief.enterLeftBehind',
  'seatName.guest': 'seatBrief.guest',
  'seatName.host': 'seatBrief.host',
  'seatName.guestRight': 'seatBrief.guestRight',
  'seatName.hostRight': 'seatBrief.hostRight',
  'seatName.guestLeft': 'seatBrief.guestLeft',
  'seatName.hostLeft': 'seatBrief.hostLeft',
  'seatName.guestBehind': 'seatBrief.guestBehind',
  'seatName.hostBehind': 'seatBrief.hostBehind',
};

/** A seat's name in words and its short form (the same text when the name is short already). */
export function seatWords(lang: Lang, kind: SeatOwner, label: string): { full: string; brief: string } {
  const name = nameOf(kind, label);
  if (!name) return { full: label, brief: label };
  const brief = BRIEF[name.key];
  return {
    full: translate(lang, name.key, name.params),
    brief: translate(lang, brief ?? name.key, name.params),
  };
}
