/**
 * Values stored in documents, not UI text: the engine recognises functions by these words
 * (翻译, 记录, 司机), and levels are written the way Chinese reception documents write them.
 */
export const FUNCTIONS = ['翻译', '记录', '司机', '联络员', '摄影', '安保', '礼宾'];
export const DEFAULT_LEVELS = ['一级', '二级', '三级', '四级'];

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** Levels are stored as written in Chinese documents; the English UI shows "Level 2" for 二级. */
export function levelLabel(lang: 'zh' | 'en', level: string): string {
  const m = /^([一二三四五六])级$/.exec(level);
  return lang === 'en' && m ? `Level ${NUMERALS.indexOf(m[1]!) + 1}` : level;
}
