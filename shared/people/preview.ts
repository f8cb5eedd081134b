/**
 * Row-by-row reading of a list under a column mapping: what each row would become, what is
 * wrong with it (row and column named), and whether it repeats someone. Pure: nothing changes
 * until the user confirms and `importCommandFor` turns the preview into one command.
 */
import type { Person, Side } from '../model/types';
import { parseField, type FieldErrorCode, type FieldKey, type SideValue } from './fields';
import type { ColumnMapping } from './mapping';
import { cleanCell, matchKey } from './text';

export type ImportErrorCode = FieldErrorCode | 'nameMissing';

export interface ImportIssue {
  /** 1-based row as Excel shows it. */
  row: number;
  /** 0-based column. */
  column: number;
  header: string;
  field: FieldKey;
  code: ImportErrorCode;
  value: string;
  /** The limit a too-long value broke (shared/model/limits.ts). */
  limit?: number;
}

/** Everything a row provides; fields the file leaves empty are absent. */
export type ImportedValues = Partial<Omit<Person, 'id'>>;

export type RowAction = 'add' | 'update' | 'skip';

export type Duplicate = { of: 'plan'; personId: string } | { of: 'file'; row: number };

export interface PreviewRow {
  row: number;
  values: ImportedValues;
  /** The side a section row above gave ("一、客方人员"), when the row has no side of its own. */
  sectionSide?: Side;
  /** 单位排序: the second key when the list is ranked by a precedence table (not kept on the person). */
  unitOrder?: number;
  errors: ImportIssue[];
  duplicate?: Duplicate;
  action: RowAction;
}

export type SkipReason = 'blank' | 'repeatedHeader' | 'section' | 'note';

export interface ImportPreview {
  rows: PreviewRow[];
  skipped: { row: number; reason: SkipReason; text?: string }[];
  /** The mapping has no name column: nothing can be imported. */
  noNameColumn: boolean;
}

export interface PreviewInput {
  rows: string[][];
  /** 0-based index of the first data row (after the header). */
  dataStart: number;
  headers: string[];
  mapping: ColumnMapping;
  existing: Person[];
}

export function buildPreview(input: PreviewInput): ImportPreview {
  const { rows, dataStart, headers, mapping, existing } = input;
  const nameColumn = mapping.indexOf('name');
  const preview: ImportPreview = { rows: [], skipped: [], noNameColumn: nameColumn < 0 };
  if (nameColumn < 0) return preview;
  const hasOrganisation = mapping.includes('organisation');
  const plan = planIndex(existing);
  const seenInFile = new Map<string, number>();
  const headerKeys = headers.map((h) => cleanCell(h));
  let section: Side | undefined;

  for (let r = dataStart; r < rows.length; r++) {
    const cells = rows[r]!;
    const row = r + 1;
    const filled = cells.map((c, i) => [i, cleanCell(c)] as const).filter(([, c]) => c !== '');
    if (filled.length === 0) {
      preview.skipped.push({ row, reason: 'blank' });
      continue;
    }
    if (filled.filter(([i, c]) => c === headerKeys[i]).length >= 2) {
      preview.skipped.push({ row, reason: 'repeatedHeader' });
      continue;
    }
    // One text alone on a row, or merged across it (xlsx repeats a merged cell's text): a
    // section heading, a note, or a person given by name only.
    if (filled.every(([, c]) => c === filled[0]![1])) {
      const [column, text] = filled[0]!;
      const side = sectionSide(text);
      if (side) {
        section = side;
        preview.skipped.push({ row, reason: 'section', text });
        continue;
      }
      if (column !== nameColumn || !plausibleName(text)) {
        preview.skipped.push({ row, reason: 'note', text });
        continue;
      }
    }
    const values: ImportedValues = {};
    const errors: ImportIssue[] = [];
    let unitOrder: number | undefined;
    let sideFunction: string | undefined;
    mapping.forEach((field, column) => {
      if (!field) return;
      const raw = cells[column] ?? '';
      const parsed = parseField(field, raw);
      if (parsed.ok) {
        if (parsed.value === undefined) return;
        if (field === 'unitOrder') unitOrder = parsed.value as number;
        else if (field === 'side') {
          const { side, function: fn } = parsed.value as SideValue;
          if (side) values.side = side;
          sideFunction = fn;
        } else (values as Record<string, unknown>)[field] = parsed.value;
      } else {
        const limit = parsed.limit !== undefined ? { limit: parsed.limit } : {};
        errors.push({ row, column, header: headers[column] ?? '', field, code: parsed.code, value: cleanCell(raw), ...limit });
      }
    });
    if (!values.name && !errors.some((e) => e.field === 'name')) {
      errors.unshift({
        row,
        column: nameColumn,
        header: headers[nameColumn] ?? '',
        field: 'name',
        code: 'nameMissing',
        value: '',
      });
    }
    // A 主/客 cell such as 客方翻译 gives the function too, unless a function column gives its own.
    if (sideFunction && !values.function) values.function = sideFunction;
    const entry: PreviewRow = { row, values, errors, action: errors.length ? 'skip' : 'add' };
    if (unitOrder !== undefined) entry.unitOrder = unitOrder;
    if (!values.side && section) entry.sectionSide = section;
    if (values.name) {
      const key = personKey(values.name, values.organisation ?? '');
      const earlier = seenInFile.get(key);
      const inPlan = plan.find(values.name, hasOrganisation ? (values.organisation ?? '') : undefined);
      if (earlier !== undefined) {
        entry.duplicate = { of: 'file', row: earlier };
        entry.action = 'skip';
      } else if (inPlan) {
        entry.duplicate = { of: 'plan', personId: inPlan.id };
        if (!errors.length) entry.action = 'update';
      }
      if (earlier === undefined) seenInFile.set(key, row);
    }
    preview.rows.push(entry);
  }
  return preview;
}

/** Same person = same name and organisation, ignoring case, width and spacing. */
export function personKey(name: string, organisation: string): string {
  return `${matchKey(name)}|${matchKey(organisation)}`;
}

function planIndex(people: Person[]) {
  const byKey = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const p of people) {
    byKey.set(personKey(p.name, p.organisation), p);
    const k = matchKey(p.name);
    byName.set(k, [...(byName.get(k) ?? []), p]);
  }
  return {
    /** Without an organisation column, a name matches only when exactly one person has it. */
    find(name: string, organisation: string | undefined): Person | undefined {
      if (organisation !== undefined) return byKey.get(personKey(name, organisation));
      const same = byName.get(matchKey(name)) ?? [];
      return same.length === 1 ? same[0] : undefined;
    },
  };
}

/** "一、客方人员（12人）", "主方：", "二、外方人员", "工作人员名单" → the side the rows below belong to. */
export function sectionSide(text: string): Side | undefined {
  const t = cleanCell(text);
  // A note under the list ("注：来访人员如有变动请告知") is not a section heading.
  if (t.length > 30 || /^(注|备注|说明|附)|如有|请/.test(t)) return undefined;
  if (/工作人员|会务组|staff/i.test(t)) return 'staff';
  // 中方/外方 (a foreign-affairs list's sides) only open a heading ("二、外方人员"): inside a text
  // they may be part of a given name (王中方) on a row that holds a name alone.
  const heading = t.replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '');
  if (/客方|来宾|嘉宾|外宾|来访|guests?\b/i.test(t) || heading.startsWith('外方')) return 'guest';
  if (/主方|我方|东道主|陪同领导|hosts?\b/i.test(t) || heading.startsWith('中方')) return 'host';
  return undefined;
}

/** A lone cell in the name column that reads like a sentence ("注：…，请…") is a note, not a person. */
function plausibleName(text: string): boolean {
  return text.length <= 30 && !/[：:，,。；;！!？?]|^(注|备注|说明|附)/.test(text);
}
