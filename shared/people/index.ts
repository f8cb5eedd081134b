/** People: reading lists (any encoding, title rows, merged headers), mapping, validation, search, changes. */
export { decodeText, type DecodedText, type TextEncodingName } from './decode';
export { parseDelimited, detectDelimiter, type DelimitedResult } from './delimited';
export { fieldForHeader, matchHeader, type HeaderMatch } from './header-match';
export { FIELDS, headerKey, limitBroken, parseField, splitTags, type FieldKey, type FieldErrorCode } from './fields';
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
export { importChanges, type ImportChanges } from './apply';
// search.ts (pinyin-pro and its dictionary) is imported directly, so the renderer can load it apart.
export { seatChanges, type SeatChange, type SeatChangeKind, type SeatRef } from './changes';
export { logEntry, attendanceEntry, reflowEntry, cardEditsSince } from './changelog';
export { peopleTable, toCsv, formulaSafe, type ExportTable, type ExportColumn } from './export';
export { itemLabel, seatText, loggedSeatText } from './labels';
export { cleanCell, cleanName, displayWidth } from './text';
export { FUNCTIONS, DEFAULT_LEVELS, levelLabel } from './vocabulary';
export { reflowCommands } from './reflow';
