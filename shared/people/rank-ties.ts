/**
 * Rank ties: two people of one side with the same rank. The engine seats them in list order,
 * which is rarely what the officer meant, so a tie is never silent — an import that leaves one
 * says so in its summary (the plan-wide check panel lists the rest).
 */
import type { Person, Side } from '../model/types';

export interface RankTie {
  side: Side;
  rank: number;
  /** In list order. */
  people: Person[];
}

const SIDES: Side[] = ['host', 'guest', 'staff'];

/** Ties in `people`; with `involving`, only those that include one of these people (e.g. just imported). */
export function rankTies(people: Person[], involving?: ReadonlySet<string>): RankTie[] {
  const groups = new Map<string, RankTie>();
  for (const p of people) {
    const key = `${p.side}\u0000${p.rank}`;
    const group = groups.get(key);
    if (group) group.people.push(p);
    else groups.set(key, { side: p.side, rank: p.rank, people: [p] });
  }
  return [...groups.values()]
    .filter((g) => g.people.length > 1 && (!involving || g.people.some((p) => involving.has(p.id))))
    .sort((a, b) => SIDES.indexOf(a.side) - SIDES.indexOf(b.side) || a.rank - b.rank);
}
