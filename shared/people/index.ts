/** People: reading lists (any encoding, title rows, merged headers), mapping, validation, search, changes. */
export { decodeText, type DecodedText, type TextEncodingName } from './decode';
export { parseDelimited, detectDelimiter, type DelimitedResult } from './delimited';
export { fieldForHeader, matchHeader, type HeaderMatch } from './header-match';
export {
  FIELDS,
  PERSON_FIELDS,
  headerKey,
  limitBroken,
  parseField,
  parseSide,
  splitTags,
  type FieldKey,
  type FieldErrorCode,
  type PersonFieldKey,
  type SideValue,
} from './fields';
export { detectHeader, headerTexts, type HeaderGuess } from './header';
export {
  guessMapping,
  setColumnField,
  rememberMapping,
  readRememberedMapping,
  columnLetter,
  REMEMBERED_MAPPING_KEY,
  type ColumnMapping,
  type RememberedMapping,
} from './mapping';
export { buildPreview, personKey, type ImportPreview, type PreviewRow, type ImportIssue, type RowAction } from './preview';
export { importChanges, type ImportChanges, type RankChoice } from './apply';
// search.ts (pinyin-pro and its dictionary) is imported directly, so the renderer can load it apart.
export { seatChanges, type SeatChange, type SeatChangeKind, type SeatRef } from './changes';
export { logEntry, attendanceEntry, reflowEntry, cardEditsSince } from './changelog';
export { peopleTable, fieldText, toCsv, formulaSafe, type ExportTable, type ExportColumn } from './export';
export { itemLabel, seatText, loggedSeatText } from '../output/seat-text';
export { cleanCell, cleanName, displayWidth } from './text';
export { FUNCTIONS, DEFAULT_LEVELS, levelLabel } from './vocabulary';
export { reflowCommands } from './reflow';
export {
  RANK_BY,
  PRECEDENCE_TABLES_KEY,
  DEFAULT_PRECEDENCE_TABLES,
  TABLE_LIMITS,
  defaultRankBy,
  rankRows,
  rowRank,
  rowSide,
  levelPosition,
  titlePosition,
  readPrecedenceTables,
  tableFromText,
  tableToText,
  type RankBy,
  type RankSource,
  type RowRank,
  type PrecedenceTable,
  type PrecedenceTables,
} from './ranking';
export { issueText, limitWords, rankSourceText, readProblemText, seatNoteText, type Words } from './import-words';
export { listReport, type ListReport, type ListReportOptions, type ReportRow } from './list-report';
