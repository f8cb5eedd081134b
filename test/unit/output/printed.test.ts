import { describe, expect, it } from 'vitest';
import { DEFAULT_CARD_OPTIONS, placeCards } from '../../../shared/output/cards';
import { changedCards, recordPrint } from '../../../shared/output/printed';
import { banquetPlan } from './banquet';

describe('cards changed since the last print', () => {
  const plan = banquetPlan();
  const options = { ...DEFAULT_CARD_OPTIONS, subline: 'title' as const };

  it('are all cards when nothing was printed, none right after a print', () => {
    const cards = placeCards(plan, {}, 'title');
    expect(changedCards(cards, options, undefined)).toHaveLength(90);
    const record = recordPrint(undefined, cards, options, new Date('2026-10-18T08:00:00Z'));
    expect(record.at).toBe('2026-10-18T08:00:00.000Z');
    expect(changedCards(cards, options, record)).toEqual([]);
  });

  it('are the cards whose name or line changed, and people new to the list', () => {
    const cards = placeCards(plan, {}, 'title');
    const record = recordPrint(undefined, cards.slice(1), options, new Date());
    const renamed = {
      ...plan,
      people: plan.people.map((p, i) => (i === 5 ? { ...p, name: '新名字' } : i === 7 ? { ...p, title: '新职务' } : p)),
    };
    const changed = changedCards(placeCards(renamed, {}, 'title'), options, record).map((c) => c.key);
    expect(changed.sort()).toEqual([cards[0]!.key, plan.people[5]!.id, plan.people[7]!.id].sort());
  });

  it('keeps earlier cards in the record when only a few are reprinted', () => {
    const cards = placeCards(plan, {}, 'title');
    const first = recordPrint(undefined, cards, options, new Date());
    const again = recordPrint(first, cards.slice(0, 2), { ...options, face: 'hei' }, new Date());
    expect(Object.keys(again.cards)).toHaveLength(90);
    expect(changedCards(cards, options, again).map((c) => c.key)).toEqual(cards.slice(0, 2).map((c) => c.key));
  });
});
