import { describe, expect, it } from 'vitest';
import { matchesQuery, searchKeys } from '../../../shared/people/search';

const keys = (name: string, organisation = '', title = '') => searchKeys({ name, organisation, title, tags: [] });

describe('search by name, organisation or pinyin', () => {
  it('typing zs finds 张三; full pinyin and part of it too', () => {
    const k = keys('张三', '市外办', '主任');
    expect(matchesQuery(k, 'zs')).toBe(true);
    expect(matchesQuery(k, 'ZS')).toBe(true);
    expect(matchesQuery(k, 'zhangsan')).toBe(true);
    expect(matchesQuery(k, 'zhangs')).toBe(true);
    expect(matchesQuery(k, 'ls')).toBe(false);
  });

  it('finds by organisation text, organisation initials, and several words at once', () => {
    const k = keys('陈志远', '远航集团', '董事长');
    expect(matchesQuery(k, '远航')).toBe(true);
    expect(matchesQuery(k, 'yhjt')).toBe(true);
    expect(matchesQuery(k, 'czy 董事')).toBe(true);
    expect(matchesQuery(k, 'czy 市外办')).toBe(false);
  });

  it('reads surnames with their surname pronunciation (单 is Shan, 曾 is Zeng)', () => {
    expect(matchesQuery(keys('单雄信'), 'sxx')).toBe(true);
    expect(matchesQuery(keys('曾国藩'), 'zgf')).toBe(true);
  });

  it('finds a name with ü by v and by u (吕涛 by lvtao and lutao), never by the two run together', () => {
    const k = keys('吕涛');
    expect(matchesQuery(k, 'lvtao')).toBe(true);
    expect(matchesQuery(k, 'lutao')).toBe(true);
    expect(matchesQuery(k, 'lv')).toBe(true);
    expect(matchesQuery(k, 'lt')).toBe(true);
    expect(matchesQuery(k, 'taolu')).toBe(false);
    expect(matchesQuery(keys('李女士'), 'linvshi')).toBe(true);
    expect(matchesQuery(keys('李女士'), 'linushi')).toBe(true);
  });

  it('full-width query text and case do not matter', () => {
    expect(matchesQuery(keys('John Smith', 'ＡＢＣ公司'), 'abc')).toBe(true);
    expect(matchesQuery(keys('John Smith'), 'smith')).toBe(true);
  });
});
