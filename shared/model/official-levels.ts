/**
 * Official levels (级别) as Chinese lists write them, most senior first; each line holds the words
 * that name one level (the short forms 部级, 厅级, 处级 … mean the full level). It is the default
 * order an office ranks a list by (editable in the office's settings), and how format 3 tells an
 * official level from a reception level in a format-2 `level` field.
 */
export const OFFICIAL_LEVEL_ORDER: readonly (readonly string[])[] = [
  ['正国级', '国家级正职'],
  ['副国级', '国家级副职'],
  ['正部级', '部级', '省部级', '正省级', '省级', '部长级'],
  ['副部级', '副省级', '副部长级'],
  ['正厅级', '厅级', '厅局级', '正局级', '局级', '地厅级', '正司级', '司级', '地级'],
  ['副厅级', '副局级', '副司级', '副地级'],
  ['正处级', '处级', '县处级', '正县级', '县级'],
  ['副处级', '副县级'],
  ['正科级', '科级', '乡科级', '正乡级', '乡级'],
  ['副科级', '副乡级'],
  ['科员', '科员级'],
  ['办事员'],
];

/** Spaces and full-width forms vary between lists; "正厅" without 级 is still 正厅级. */
export function officialLevelKey(value: string): string {
  return value.normalize('NFKC').replace(/\s/g, '');
}

const KNOWN = new Set(OFFICIAL_LEVEL_ORDER.flat());

/** Whether a value is one of the default official-level words (with or without the final 级). */
export function isOfficialLevel(value: string): boolean {
  const key = officialLevelKey(value);
  return KNOWN.has(key) || KNOWN.has(`${key}级`);
}
