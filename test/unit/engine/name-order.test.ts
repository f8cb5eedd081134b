import { describe, expect, it } from 'vitest';
import { compareByPinyin, compareByStrokes, pinyinKey, strokeCounts } from '../../../shared/engine/name-order';

describe('stroke order (笔画)', () => {
  it('counts strokes per character, 0 for Latin letters and digits', () => {
    expect(strokeCounts('王国')).toEqual([4, 8]);
    expect(strokeCounts('A1')).toEqual([0, 0]);
    expect(strokeCounts('')).toEqual([]);
  });

  it('orders by the first character, a tie by the next one', () => {
    const units = ['国务院办公厅', '王府井集团', '丁香园', '王村'];
    // 丁 2 strokes, 王 4 (王村: 村 7 < 府 8), 国 8.
    expect([...units].sort(compareByStrokes)).toEqual(['丁香园', '王村', '王府井集团', '国务院办公厅']);
  });
});

describe('pinyin order', () => {
  it('reads a surname with its surname pronunciation when asked', () => {
    expect(pinyinKey('单雄', true)[0]).toBe('shan');
    expect(pinyinKey('单位')[0]).toBe('dan');
  });

  it('orders syllable by syllable', () => {
    expect(['张三', '安平', '曾凡', '吕涛'].sort((a, b) => compareByPinyin(a, b, true))).toEqual([
      '安平',
      '吕涛',
      '曾凡',
      '张三',
    ]);
  });
});
