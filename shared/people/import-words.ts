/**
 * An import's problems and ranks in words, for the wizard and `npm run people` alike: each takes
 * the caller's translate function, so the screen and the command line say the same thing.
 */
import type { MessageKey } from '../i18n/translate';
import { IMPORT_LIMITS } from '../model/limits';
import type { FieldKey } from './fields';
import { columnLetter } from './mapping';
import type { SeatNote } from './own-export';
import type { ImportIssue } from './preview';
import type { RowRank } from './ranking';
import type { ReadListProblem } from './read-list';

export type Words = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The words for a person field past its limit (shared/model/limits.ts): typed, or imported. */
export function limitWords(t: Words, field: FieldKey, max: number): string {
  return field === 'tags' ? t('limits.tagTooLong', { max }) : t('limits.tooLong', { field: t(`people.field.${field}`), max });
}

/** A problem naming its row and column as Excel shows them: "第 50 行，G 列“排序”：…". */
export function issueText(t: Words, e: ImportIssue): string {
  const column = t('import.columnName', { letter: columnLetter(e.column), header: e.header });
  if (e.code === 'tooLong' && e.limit !== undefined) {
    return t('import.error.tooLong', { row: e.row, column, limit: limitWords(t, e.field, e.limit) });
  }
  return t(`import.error.${e.code}`, { row: e.row, column, value: e.value });
}

/** Where a rank came from: "名单顺序", "排序列", "级别：正厅级", "职务：市长", "单位排序：3". */
export function rankSourceText(t: Words, rank: RowRank): string {
  return t(`import.rankSource.${rank.source}`, { by: rank.by ?? '' });
}

/** Why a list could not be read, naming the limit it broke: "无法读取“名单.csv”：列数太多（超过 200 列的上限）". */
export function readProblemText(t: Words, problem: ReadListProblem | 'notXlsx', file: string): string {
  switch (problem) {
    case 'unsupported':
      return t('import.unsupported', { file });
    case 'notXlsx':
    case 'notWorkbook':
      return t('import.failed', { file, message: t(`import.problem.${problem}`) });
    case 'tooLarge':
      return t('import.failed', { file, message: t('import.problem.tooLarge', { max: IMPORT_LIMITS.megabytes }) });
    case 'tooManyRows':
      return t('import.failed', {
        file,
        message: t('import.problem.tooManyRows', { max: IMPORT_LIMITS.rows.toLocaleString('en-US') }),
      });
    case 'tooManyColumns':
      return t('import.failed', {
        file,
        message: t('import.problem.tooManyColumns', { max: IMPORT_LIMITS.columns.toLocaleString('en-US') }),
      });
    case 'empty':
      return t('import.failed', { file, message: t('import.empty') });
  }
}

/** Why seats of our own export were not restored: another scene, table or seat, or another plan's seating list. */
export function seatNoteText(t: Words, n: SeatNote): string {
  switch (n.kind) {
    case 'noScene':
      return t('import.seatNote.noScene', { scene: n.scene, n: n.count });
    case 'noSeat':
      return t('import.seatNote.noSeat', { scene: n.scene, rows: n.rows.slice(0, 20).join(', ') });
    case 'otherPlan':
      return t('import.seatNote.otherPlan', { title: n.title });
  }
}
