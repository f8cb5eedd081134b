/**
 * npm run people -- <list file> [--sheet N] [--rank list|column|level|title] [--json]
 *                   [--side guest|host|staff] [--plan <plan file>] [--lang zh|en]
 * Prints what the import wizard would import from a list, read by the wizard's own reader, with
 * every guess accepted: the header row, which column feeds which field, each row's action (add / update / skip), the person's
 * fields with their side, official level and rank with its source, and every problem with row
 * and column. It changes nothing. Exit code 1 only for a file it cannot read; 2 for bad options.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readXlsx } from '../electron/services/people-import';
import { readListBytes, workbookList, type ReadList, type ReadListProblem } from '../shared/people/read-list';
import { readPlanInput } from '../electron/services/export-input';
import { translate, type Lang, type MessageKey } from '../shared/i18n/translate';
import type { Person, Side } from '../shared/model/types';
import {
  columnLetter,
  fieldText,
  issueText,
  listReport,
  PERSON_FIELDS,
  RANK_BY,
  rankSourceText,
  readProblemText,
  type ListReport,
  type RankBy,
  type Words,
} from '../shared/people';

const USAGE = `Usage: npm run people -- <list file (.xlsx, .xlsm, .xls, .et, .csv, .tsv, .txt)> [--sheet N]
         [--rank ${RANK_BY.join('|')}] [--json] [--side guest|host|staff] [--plan <plan file>] [--lang zh|en]`;

class UsageError extends Error {}
class UnreadableFile extends Error {}

/**
 * The file read exactly as the wizard reads it: `readListBytes` (its worker's reader: content
 * before extension, every encoding, the limits), and an .xlsx by the host's exceljs reader, its
 * sheets held to the same limits (`workbookList`, as read-source.ts does).
 */
async function readList(path: string, t: Words): Promise<ReadList> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new UnreadableFile(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const name = basename(path);
  const outcome = readListBytes(name, bytes);
  let list: ReadList | { problem: ReadListProblem | 'notXlsx' };
  if ('xlsx' in outcome) {
    const { sheets, problem } = await readXlsx(outcome.xlsx);
    list = problem ? { problem } : workbookList('Excel (.xlsx)', sheets);
  } else list = outcome;
  if ('problem' in list) throw new UnreadableFile(readProblemText(t, list.problem, name));
  return list;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

interface Options {
  file: string;
  sheet: number;
  rankBy?: RankBy;
  json: boolean;
  side: Side;
  plan?: string;
  lang: Lang;
}

function options(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        rank: { type: 'string' },
        json: { type: 'boolean' },
        side: { type: 'string' },
        plan: { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? `one list file, not ${positionals.length}` : 'no list file given');
  const sheet = values.sheet === undefined ? 1 : Number(values.sheet);
  if (!Number.isInteger(sheet) || sheet < 1) throw new UsageError(`--sheet: "${values.sheet}" is not a sheet number (1, 2 …)`);
  return {
    file: positionals[0]!,
    sheet,
    rankBy: oneOf('rank', values.rank, RANK_BY),
    json: values.json ?? false,
    side: oneOf('side', values.side, ['guest', 'host', 'staff'] as const) ?? 'guest',
    plan: values.plan,
    lang: oneOf('lang', values.lang, ['zh', 'en'] as const) ?? 'zh',
  };
}

/** Everything the report says, with problems and rank sources in words as the wizard shows them. */
function asJson(report: ListReport, t: Words, file: ReadList, sheet: number, path: string) {
  return {
    file: basename(path),
    format: file.format,
    sheet: { number: sheet, name: file.sheets[sheet - 1]!.name, of: file.sheets.length },
    headerRow: report.headerRow + 1,
    columns: report.headers.map((header, i) => ({ column: columnLetter(i), header, field: report.mapping[i] ?? null })),
    rankBy: report.rankBy,
    rows: report.rows.map((r) => ({
      row: r.row,
      action: r.action,
      fields: { ...r.values, side: r.side },
      rank: r.rank
        ? { rank: r.rank.rank, source: r.rank.source, ...(r.rank.by ? { by: r.rank.by } : {}), words: rankSourceText(t, r.rank) }
        : null,
      ...(r.duplicate ? { duplicate: r.duplicate } : {}),
      problems: r.errors.map((e) => ({
        row: e.row,
        column: columnLetter(e.column),
        header: e.header,
        field: e.field,
        code: e.code,
        value: e.value,
        message: issueText(t, e),
      })),
    })),
    skipped: report.skipped.map((s) => ({ ...s, words: t(`import.skipped.${s.reason}`, { text: s.text ?? '' }) })),
    unclosedQuotes: file.unclosedQuoteRows.map((row) => ({ row, words: t('import.unclosedQuote', { row }) })),
    noNameColumn: report.noNameColumn,
    summary: summaryCounts(report),
  };
}

function summaryCounts(report: ListReport) {
  return {
    add: report.rows.filter((r) => r.action === 'add').length,
    update: report.rows.filter((r) => r.action === 'update').length,
    skip: report.rows.filter((r) => r.action === 'skip').length + report.skipped.length,
    problems: report.rows.reduce((n, r) => n + r.errors.length, 0),
  };
}

function asText(report: ListReport, t: Words, lang: Lang, file: ReadList, sheet: number, path: string): string {
  const lines = [t('peopleCli.file', { file: basename(path), format: file.format })];
  if (file.sheets.length > 1)
    lines.push(t('peopleCli.sheet', { sheet: file.sheets[sheet - 1]!.name, count: file.sheets.length }));
  lines.push(t('peopleCli.header', { row: report.headerRow + 1 }));
  const mapped = report.headers.map(
    (h, i) => `${columnLetter(i)} ${h} → ${t(report.mapping[i] ? `people.field.${report.mapping[i]}` : 'people.field.ignore')}`,
  );
  lines.push(t('peopleCli.mapping', { list: mapped.join(lang === 'zh' ? '；' : '; ') }));
  for (const row of file.unclosedQuoteRows) lines.push(t('import.unclosedQuote', { row }));
  if (report.noNameColumn) {
    lines.push(t('peopleCli.noName'));
    return lines.join('\n');
  }
  lines.push(t('peopleCli.rankBy', { by: t(`import.rankBy.${report.rankBy}`) }), '');
  const skipped = new Map(report.skipped.map((s) => [s.row, s]));
  const rows = new Map(report.rows.map((r) => [r.row, r]));
  for (const n of [...new Set([...skipped.keys(), ...rows.keys()])].sort((a, b) => a - b)) {
    const s = skipped.get(n);
    if (s) {
      lines.push(t('peopleCli.skipped', { row: n, reason: t(`import.skipped.${s.reason}`, { text: s.text ?? '' }) }));
      continue;
    }
    const r = rows.get(n)!;
    const values = { ...r.values, side: r.side };
    const fields = PERSON_FIELDS.filter((f) => f !== 'name' && f !== 'rank')
      .map((f) => [f, fieldText(lang, values, f)] as const)
      .filter(([, v]) => v !== '')
      .map(([f, v]) => `${t(`people.field.${f}`)}${lang === 'zh' ? '：' : ': '}${v}`);
    const rank = r.rank ? [t('peopleCli.rank', { rank: r.rank.rank, source: rankSourceText(t, r.rank) })] : [];
    const head = `${t('peopleCli.row', { row: n, action: t(`import.action.${r.action}`) })}  ${r.values.name ?? ''}`;
    lines.push([head, ...fields, ...rank].join(' | '));
    if (r.duplicate)
      lines.push(`  ${r.duplicate.of === 'file' ? t('import.dup.file', { row: r.duplicate.row }) : t('import.dup.plan')}`);
    for (const e of r.errors) lines.push(`  ${issueText(t, e)}`);
  }
  lines.push('', t('peopleCli.summary', summaryCounts(report)));
  return lines.join('\n');
}

/** Where the command writes: the process's streams, or a test's strings. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_OUTPUT: Output = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** The command; resolves to its exit code. */
export async function main(argv: string[], output: Output = PROCESS_OUTPUT): Promise<number> {
  let opts: Options;
  try {
    opts = options(argv);
  } catch (e) {
    output.err(`people: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const t: Words = (key: MessageKey, params) => translate(opts.lang, key, params);
  let file: ReadList;
  let existing: Person[] = [];
  try {
    file = await readList(opts.file, t);
    if (opts.plan) existing = (await readPlanInput(opts.plan)).plan.people;
  } catch (e) {
    output.err(`people: ${(e as Error).message}\n`);
    return 1;
  }
  const sheet = file.sheets[opts.sheet - 1];
  if (!sheet) {
    output.err(`people: ${t('peopleCli.noSheet', { sheet: opts.sheet, count: file.sheets.length })}\n`);
    return 2;
  }
  const report = listReport(sheet.rows, {
    ...(opts.rankBy ? { rankBy: opts.rankBy } : {}),
    defaultSide: opts.side,
    existing,
    ...(sheet.hiddenColumns ? { hiddenColumns: sheet.hiddenColumns } : {}),
  });
  const out = opts.json
    ? JSON.stringify(asJson(report, t, file, opts.sheet, opts.file), null, 2)
    : asText(report, t, opts.lang, file, opts.sheet, opts.file);
  output.out(`${out}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
