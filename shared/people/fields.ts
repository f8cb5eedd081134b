/**
 * The person fields a column can map to, the header words that name them in real Chinese
 * lists, and the parsers that turn a cell into a field value (or say what is wrong with it).
 */
import { PERSON_LIMITS, type PersonTextField } from '../model/limits';
import type { Attendance, Gender, Person, Side } from '../model/types';
import { cleanCell, cleanName, toHalfWidth } from './text';

/** The person fields a list can fill, in the order the people export writes them. */
export const PERSON_FIELDS = [
  'name',
  'organisation',
  'title',
  'officialLevel',
  'side',
  'rank',
  'precedence',
  'level',
  'function',
  'gender',
  'delegation',
  'dietary',
  'notes',
  'tags',
  'attendance',
  // Last, so the columns of older exports keep their places.
  'latinName',
  'rostrum',
] as const satisfies readonly (keyof Person)[];

export type PersonFieldKey = (typeof PERSON_FIELDS)[number];

/**
 * What a column can feed: a person field, or the unit order (单位排序), which is not kept on the
 * person but is the second key when a list is ranked by a precedence table (ranking.ts).
 */
export const FIELDS = [...PERSON_FIELDS, 'unitOrder'] as const;

export type FieldKey = (typeof FIELDS)[number];

/**
 * Header words per field, most specific first. `序号` (the running row number) deliberately maps
 * to nothing: it is the row's position, not the person's rank.
 */
export const HEADER_WORDS: Record<FieldKey, string[]> = {
  name: ['姓名', '嘉宾姓名', '来宾姓名', '人员姓名', '名字', '姓 名', 'name', 'fullname', 'guestname'],
  organisation: [
    '工作单位',
    '所在单位',
    '单位名称',
    '单位',
    '组织',
    '机构',
    '公司',
    '企业',
    'organisation',
    'organization',
    'company',
    'org',
    'affiliation',
  ],
  title: ['职务', '职位', '职务职称', '职称', '头衔', 'title', 'position', 'jobtitle'],
  side: ['主客方', '主客', '身份', '类别', '方别', '人员类别', '类型', 'side', 'party', 'role'],
  rank: ['排序', '位次', '排名', '名次', '顺序', '礼宾顺序', '方内排序', 'rank', 'order'],
  precedence: ['总排序', '统一排序', '总位次', '总顺序', '整体排序', 'precedence', 'overall'],
  // 级别 in a list is the official level (正厅级); only 接待… names the reception level (一级).
  officialLevel: ['级别', '职级', '行政级别', '干部级别', '官方级别', '职务级别', 'officiallevel', 'level', 'grade'],
  level: ['接待级别', '接待规格', '接待等级', '等级', 'receptionlevel'],
  unitOrder: ['单位排序', '单位顺序', '单位序号', '单位次序', 'unitorder', 'organisationorder', 'organizationorder'],
  function: ['职能', '工作职责', '分工', '角色', '任务', 'function', 'duty'],
  gender: ['性别', 'gender', 'sex'],
  delegation: ['代表团', '团组', '所属团组', '团别', '组别', 'delegation', 'group'],
  dietary: ['饮食禁忌', '饮食要求', '饮食', '忌口', '餐饮要求', '清真', 'dietary', 'diet'],
  notes: ['备注', '说明', '附注', '其他', 'notes', 'note', 'remarks', 'comment'],
  tags: ['标签', 'tags', 'tag'],
  latinName: ['英文名', '英文姓名', '外文名', '外文姓名', '拉丁文姓名', 'nameinenglish', 'englishname', 'latinname'],
  rostrum: ['是否上主席台', '上主席台', 'onrostrum', 'rostrum'],
  attendance: ['出席情况', '是否出席', '出席', '参会情况', '状态', '确认情况', 'attendance', 'status', 'rsvp'],
};

/** Header text without spaces, punctuation, "(必填)" and case, for matching. */
export function headerKey(header: string): string {
  return toHalfWidth(cleanCell(header))
    .toLowerCase()
    .replace(/[（(【[][^)）】\]]*[)）】\]]/g, '')
    .replace(/[\s*＊:：._\-/、]/g, '');
}

export type FieldErrorCode = 'tooLong' | 'badRank' | 'badSide' | 'badGender' | 'badAttendance' | 'badYesNo';

/** What a 主/客 (身份) cell says: the side, and for 翻译, 司机 … also the function. */
export interface SideValue {
  /** Absent for a function alone (翻译): the row then takes its section's or the list's default side. */
  side?: Side;
  function?: string;
}

const SIDE_WORDS: [RegExp, Side][] = [
  [/^(工作人员|工作|会务|会务组|staff|随行工作人员|陪同工作人员)$/i, 'staff'],
  // 陪同 are the host's officials accompanying the guests.
  // 中方/外方: the sides of a foreign-affairs list (外事), as 中方翻译 and 外方翻译 already read.
  [/^(主方|主|东道主|主办方?|接待方|我方|中方|(主方|我方|中方)人员|陪同|陪同人员|陪同领导|host|hosts)$/i, 'host'],
  // 随员 travel with the guest delegation and sit with it, below its members; 主宾 is its principal.
  [
    /^(客方|客|来宾|嘉宾|宾客|来访方?|外宾|外方|(客方|外方)人员|主宾|客人|对方|随员|随行人员|代表团成员|guest|guests|visitor|entourage)$/i,
    'guest',
  ],
];

/** A function word, alone or after a side ("客方翻译"); the engine recognises these words. */
const FUNCTION_WORDS: [RegExp, string][] = [
  [/^(翻译|译员|口译|interpreter)$/i, '翻译'],
  [/^(记录|记录员|note-?taker)$/i, '记录'],
  [/^(司机|驾驶员|driver)$/i, '司机'],
  [/^(联络员|liaison)$/i, '联络员'],
  [/^(摄影|摄影师|photographer)$/i, '摄影'],
  [/^(安保|警卫|security)$/i, '安保'],
];

/** Functions that are the host's staff when the cell names no side (a driver is never a guest). */
const STAFF_FUNCTIONS = new Set(['司机', '联络员', '摄影', '安保']);

const SIDE_PREFIX = /^(主方|客方|我方|外方|中方|来宾|host|guest)/i;
const HOST_PREFIX = /^(主方|我方|中方|host)$/i;

export function parseSide(value: string): SideValue | null {
  const v = toHalfWidth(cleanCell(value)).replace(/\s/g, '');
  for (const [re, side] of SIDE_WORDS) if (re.test(v)) return { side };
  const prefix = SIDE_PREFIX.exec(v)?.[0];
  const rest = prefix ? v.slice(prefix.length) : v;
  const fn = FUNCTION_WORDS.find(([re]) => re.test(rest))?.[1];
  if (!fn) return null;
  if (prefix) return { side: HOST_PREFIX.test(prefix) ? 'host' : 'guest', function: fn };
  return STAFF_FUNCTIONS.has(fn) ? { side: 'staff', function: fn } : { function: fn };
}

export function parseGender(value: string): Gender | null {
  const v = toHalfWidth(cleanCell(value)).toLowerCase();
  if (/^(男|男性|m|male|先生)$/.test(v)) return 'male';
  if (/^(女|女性|f|female|女士)$/.test(v)) return 'female';
  if (/^(未知|不详|-|unspecified)$/.test(v)) return 'unspecified';
  return null;
}

/** TRUE/FALSE too: a 是否出席 column of checkboxes or formulas shows Excel's logical values. */
export function parseAttendance(value: string): Attendance | null {
  const v = toHalfWidth(cleanCell(value)).toLowerCase().replace(/\s/g, '');
  if (/^(确认|已确认|出席|参加|是|√|✓|y|yes|true|confirmed?)$/.test(v)) return 'confirmed';
  if (/^(待定|未定|待确认|未确认|\?|？|tbc|tentative|maybe)$/.test(v)) return 'tentative';
  if (/^(缺席|不出席|不参加|请假|否|×|✗|n|no|false|absent)$/.test(v)) return 'absent';
  return null;
}

/** A 是/否 cell (上主席台): checkmarks and Excel's TRUE/FALSE too. */
export function parseYesNo(value: string): boolean | null {
  const v = toHalfWidth(cleanCell(value)).toLowerCase().replace(/\s/g, '');
  if (/^(是|上|√|✓|y|yes|true|1)$/.test(v)) return true;
  if (/^(否|不上|×|✗|n|no|false|0)$/.test(v)) return false;
  return null;
}

/** "3", "３", "3.0" (Excel numbers), "第3位" → 3; anything else is not a rank. */
export function parsePositiveInt(value: string): number | null {
  const v = toHalfWidth(cleanCell(value))
    .replace(/^第/, '')
    .replace(/[位名]$/, '');
  if (!/^\d+(\.0+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) && n >= 1 && n <= 100000 ? n : null;
}

const ARABIC_LEVEL = ['', '一', '二', '三', '四', '五', '六'];

/** "1级", "一级接待" → "一级": the level list uses Chinese numerals. */
export function normaliseLevel(value: string): string {
  const v = toHalfWidth(cleanCell(value)).replace(/\s/g, '');
  const m = /^([1-6一二三四五六])级(接待)?$/.exec(v);
  if (!m) return cleanCell(value);
  const digit = m[1]!;
  return `${/\d/.test(digit) ? ARABIC_LEVEL[Number(digit)] : digit}级`;
}

export function splitTags(value: string): string[] {
  return [
    ...new Set(
      cleanCell(value)
        .split(/[,，、;；/|\s\u3000]+/)
        .map(cleanCell)
        .filter(Boolean),
    ),
  ].slice(0, PERSON_LIMITS.tags);
}

const isTextField = (field: FieldKey): field is PersonTextField => field in PERSON_LIMITS;

/**
 * The limit (shared/model/limits.ts) a typed or imported value of a field breaks, or undefined.
 * Tags are split as they will be stored and checked one by one.
 */
export function limitBroken(field: FieldKey, text: string): number | undefined {
  if (field === 'tags') return splitTags(text).some((tag) => tag.length > PERSON_LIMITS.tag) ? PERSON_LIMITS.tag : undefined;
  if (!isTextField(field)) return undefined;
  return text.length > PERSON_LIMITS[field] ? PERSON_LIMITS[field] : undefined;
}

/**
 * What a cell means for its field (undefined when empty), or an error code the UI names with row
 * and column (and, for a value over its limit, the limit).
 */
export function parseField(
  field: FieldKey,
  raw: string,
): { ok: true; value: unknown } | { ok: false; code: FieldErrorCode; limit?: number } {
  const text = field === 'name' ? cleanName(raw) : cleanCell(raw);
  if (text === '') return { ok: true, value: undefined };
  const limit = limitBroken(field, text);
  if (limit !== undefined) return { ok: false, code: 'tooLong', limit };
  switch (field) {
    case 'side': {
      const side = parseSide(text);
      return side ? { ok: true, value: side } : { ok: false, code: 'badSide' };
    }
    case 'rank':
    case 'precedence':
    case 'unitOrder': {
      const n = parsePositiveInt(text);
      return n === null ? { ok: false, code: 'badRank' } : { ok: true, value: n };
    }
    case 'gender': {
      const g = parseGender(text);
      return g ? { ok: true, value: g } : { ok: false, code: 'badGender' };
    }
    case 'attendance': {
      const a = parseAttendance(text);
      return a ? { ok: true, value: a } : { ok: false, code: 'badAttendance' };
    }
    case 'rostrum': {
      const yes = parseYesNo(text);
      // Only the flag is kept: 否 is the same as no mark.
      return yes === null ? { ok: false, code: 'badYesNo' } : { ok: true, value: yes || undefined };
    }
    case 'level':
      return { ok: true, value: normaliseLevel(text) };
    case 'officialLevel':
      return { ok: true, value: text.replace(/\s/g, '') };
    case 'tags':
      return { ok: true, value: splitTags(text) };
    default:
      return { ok: true, value: text };
  }
}
