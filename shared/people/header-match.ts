/**
 * What a header cell names. Real lists put a title (出席欢迎宴会人员名单, 外宾代表团名单), an
 * attachment line (附件1) or a date above the header, so a cell is read in this order:
 * an exact header word wins; a cell that is a known header word for no field (序号, 编号, 电话)
 * is still a header cell; a title is never a header cell; only then may a short cell name a
 * field by a word it contains ("嘉宾单位" → organisation, "原排序" → rank).
 */
import { FIELDS, HEADER_WORDS, headerKey, type FieldKey } from './fields';

export type HeaderMatch =
  | { kind: 'field'; field: FieldKey; exact: boolean }
  /** A header word that feeds no field: the column is ignored, but the row is a header row. */
  | { kind: 'other' };

/** Columns every list has that are not person fields; 序号 in particular is not the rank. */
const OTHER_HEADER_WORDS = [
  '序号',
  '序',
  '编号',
  '号',
  'no',
  '#',
  '联系方式',
  '联系电话',
  '电话',
  '手机',
  '手机号',
  '手机号码',
  '邮箱',
  '电子邮箱',
  '身份证号',
  '身份证号码',
  '证件号码',
  '证件号',
  '护照号',
  '护照号码',
  '车牌号',
  '房间号',
  '桌号',
  '座位号',
  'phone',
  'mobile',
  'email',
].map(headerKey);

/** Titles and attachment lines: "…名单", "…名册", "…一览表", "…登记表", "附件1". */
const TITLE = /^附件|(名单|名册|一览表|登记表|统计表|安排表|汇总表)$/;

/** Longer than this, a cell is a sentence (a title, a note), not a header. */
const MAX_CONTAINING_LENGTH = 12;

const EXACT = new Map<string, FieldKey>();
for (const field of FIELDS) for (const word of HEADER_WORDS[field]) EXACT.set(headerKey(word), field);
const OTHER = new Set(OTHER_HEADER_WORDS);
const BY_LENGTH = [...EXACT.entries()].filter(([word]) => word.length >= 2).sort((a, b) => b[0].length - a[0].length);

export function matchHeader(header: string): HeaderMatch | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return { kind: 'field', field: exact, exact: true };
  if (OTHER.has(key)) return { kind: 'other' };
  if (key.length > MAX_CONTAINING_LENGTH || TITLE.test(key)) return null;
  for (const [word, field] of BY_LENGTH) if (key.includes(word)) return { kind: 'field', field, exact: false };
  return null;
}

/** The field a header names, or null (no field, or a column to ignore such as 序号). */
export function fieldForHeader(header: string): FieldKey | null {
  const match = matchHeader(header);
  return match?.kind === 'field' ? match.field : null;
}
