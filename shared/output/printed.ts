/**
 * "Only the cards changed since the last print": what was printed is recorded per plan in the
 * settings (key `print.cards.<plan id>`) as each card's fingerprint; a card is changed when its
 * fingerprint differs or it was never printed.
 */
import { cardFingerprint, type Card, type CardOptions } from './cards';

export interface PrintRecord {
  at: string;
  cards: Record<string, string>;
}

export const printedKey = (planId: string) => `print.cards.${planId}`;

export function isPrintRecord(v: unknown): v is PrintRecord {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as PrintRecord).at === 'string' &&
    typeof (v as PrintRecord).cards === 'object'
  );
}

export function changedCards(cards: Card[], options: CardOptions, record: PrintRecord | undefined): Card[] {
  if (!record) return cards;
  return cards.filter((c) => record.cards[c.key] !== cardFingerprint(c, options));
}

/** The record after printing `cards`: earlier entries of cards not printed this time are kept. */
export function recordPrint(previous: PrintRecord | undefined, cards: Card[], options: CardOptions, now: Date): PrintRecord {
  const next = { ...(previous?.cards ?? {}) };
  for (const c of cards) next[c.key] = cardFingerprint(c, options);
  return { at: now.toISOString(), cards: next };
}
