import { describe, expect, it } from 'vitest';
import { fieldForHeader } from '../../../shared/people';
import { latinLine, pinyinName } from '../../../shared/output/latin-line';

describe('the Latin line of a place card', () => {
  it('writes pinyin surname first in capitals, the given name as one word', () => {
    expect(pinyinName('张三')).toBe('ZHANG San');
    expect(pinyinName('赵艳')).toBe('ZHAO Yan');
    expect(pinyinName('李四光')).toBe('LI Siguang');
    // Compound surnames and surname readings (单 as a surname is Shan).
    expect(pinyinName('欧阳振华')).toBe('OUYANG Zhenhua');
    expect(pinyinName('单田芳')).toBe('SHAN Tianfang');
    // A transliterated name's pinyin is nobody's Latin name; a Latin name needs none.
    expect(pinyinName('阿卜杜·热合曼')).toBeUndefined();
    expect(pinyinName('Anna Schmidt')).toBeUndefined();
  });

  it('prints the own Latin name first, pinyin only when asked, nothing under a Latin main line', () => {
    const chen = { name: '陈志远', latinName: 'Chen Zhiyuan' };
    const wang = { name: '王建国' };
    const anna = { name: 'Anna Schmidt', latinName: 'Anna Schmidt' };
    expect(latinLine(chen, 'given')).toBe('Chen Zhiyuan');
    expect(latinLine(chen, 'pinyin')).toBe('Chen Zhiyuan');
    expect(latinLine(chen, 'none')).toBeUndefined();
    expect(latinLine(wang, 'given')).toBeUndefined();
    expect(latinLine(wang, 'pinyin')).toBe('WANG Jianguo');
    expect(latinLine(anna, 'pinyin')).toBeUndefined();
  });

  it('reads the Latin name from the header words lists use', () => {
    for (const header of ['英文名', '外文名', 'Name in English', 'Latin name', '英文姓名']) {
      expect(fieldForHeader(header), header).toBe('latinName');
    }
    expect(fieldForHeader('姓名')).toBe('name');
    expect(fieldForHeader('Name')).toBe('name');
  });
});
