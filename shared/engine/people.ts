/** Precedence helpers: who outranks whom. */
import type { Person } from '../model/types';
import type { EP } from './types';

export function toEP(p: Person, index: number): EP {
  return {
    id: p.id,
    side: p.side,
    rank: p.rank,
    precedence: p.precedence,
    index,
    gender: p.gender,
    delegation: p.delegation,
    organisation: p.organisation,
    fn: p.function,
    partnerId: p.partnerId,
    rostrum: p.rostrum,
  };
}

/** Within a side: rank (1 = most senior), ties keep list order. */
export function bySeniority(a: EP, b: EP): number {
  return a.rank - b.rank || a.index - b.index;
}

/** One order over everybody (rostrum, conference, photo): precedence if given, else rank. */
export function byPrecedence(a: EP, b: EP): number {
  return (a.precedence ?? a.rank) - (b.precedence ?? b.rank) || a.index - b.index;
}

export function sorted(people: EP[], cmp: (a: EP, b: EP) => number = bySeniority): EP[] {
  return [...people].sort(cmp);
}

export function ofSide(people: EP[], side: EP['side']): EP[] {
  return sorted(people.filter((p) => p.side === side));
}

/** Passengers, riders and most rooms: guests first (by rank), then hosts, then staff. */
export function guestsHostsStaff(people: EP[]): EP[] {
  return [...ofSide(people, 'guest'), ...ofSide(people, 'host'), ...ofSide(people, 'staff')];
}

export function isInterpreter(p: EP): boolean {
  return !!p.fn && /翻译|口译|interpret/i.test(p.fn);
}

export function isNoteTaker(p: EP): boolean {
  return !!p.fn && /记录|note/i.test(p.fn);
}

export function isDriver(p: EP): boolean {
  return !!p.fn && /司机|驾驶|driver/i.test(p.fn);
}

/**
 * Each person's place within his side across a group of items (1 = most senior), for reasons that
 * name a person's rank in the whole hall or motorcade beside his rank at his own table or car.
 */
export function groupRanks(people: EP[]): (p: EP) => number | undefined {
  const place = new Map<string, number>();
  for (const side of ['host', 'guest', 'staff'] as const) ofSide(people, side).forEach((p, i) => place.set(p.id, i + 1));
  return (p) => place.get(p.id);
}
