/**
 * Seat labels in words that several kinds share (docs/seat-labels.md): the table words (P, O,
 * the ends, chair, foot), R3 / L3 by the host's hands (OR3 / OL3 at the opposite seat), and the
 * row:seat grid of rows and buses. Each kind's `seatName` composes these with its own words.
 */
import type { MessageKey } from '../i18n/translate';
import type { SeatName } from './types';

/** A fixed table of labels to message keys (a Map: a label is never read as an object property). */
export function wordsFor(table: Record<string, MessageKey>): (label: string) => SeatName | undefined {
  const keys = new Map(Object.entries(table));
  return (label) => {
    const key = keys.get(label);
    return key ? { key } : undefined;
  };
}

/** R3, L3, OR3, OL3 and 3:2. */
export function handsAndRows(label: string): SeatName | undefined {
  let m = /^(O?)([RL])(\d+)$/.exec(label);
  if (m) {
    const [, opposite, side, n] = m;
    const right = side === 'R';
    const key: MessageKey = opposite
      ? right
        ? 'seatName.oppositeRight'
        : 'seatName.oppositeLeft'
      : right
        ? 'seatName.right'
        : 'seatName.left';
    return { key, params: { n: n! } };
  }
  m = /^(\d+):(\d+)$/.exec(label);
  if (m) return { key: 'seatName.rowSeat', params: { row: m[1]!, seat: m[2]! } };
  return undefined;
}

const tableWords = wordsFor({
  P: 'seatName.head',
  O: 'seatName.opposite',
  ER: 'seatName.rightEnd',
  EL: 'seatName.leftEnd',
  head: 'seatName.chair',
  foot: 'seatName.foot',
});

/** Tables, rows and blocks: the table words, else hands and rows. Also the words for an unknown kind. */
export function tableSeatName(label: string): SeatName | undefined {
  return tableWords(label) ?? handsAndRows(label);
}
