/**
 * Importing a list: choose a file or paste from Excel → the header row is found (title rows
 * above it skipped) → columns are mapped (the user's last choices remembered) → a preview shows
 * every row's fate, errors naming row and column, and duplicates → nothing changes until the
 * user confirms, and then the whole import is one undo step (after an automatic revision).
 * Reading, the preview and the people to add are worked out in the list's worker
 * (list-session.ts); this page holds the first rows and the preview's digest only.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../../shared/i18n/translate';
import type { Side } from '../../../shared/model/types';
import {
  columnLetter,
  defaultRankBy,
  detectHeader,
  headerTexts,
  FIELDS,
  guessMapping,
  issueText,
  logEntry,
  PRECEDENCE_TABLES_KEY,
  RANK_BY,
  rankSourceText,
  seatNoteText,
  readPrecedenceTables,
  readProblemText,
  readRememberedMapping,
  rememberMapping,
  REMEMBERED_MAPPING_KEY,
  setColumnField,
  type ColumnMapping,
  type FieldKey,
  type PrecedenceTables,
  type RankBy,
  type RememberedMapping,
  type RowAction,
  type RowRank,
} from '../../../shared/people';
import type { ImportOutcome, PreviewDigest, PreviewRequest } from '../../../shared/people/import-session';
import { ownExportHeaders, unguardCell, type OwnExportHeaders } from '../../../shared/people/own-export';
import { PLAN_PEOPLE_MAX } from '../../../shared/model/limits';
import { api, call } from '../bridge';
import { hostErrorText } from '../../../shared/i18n/problems';
import { errorText, useT, type T } from '../i18n';
import { importToDirectory } from '../directory/actions';
import { useApp, usePlan } from '../state/app-store';
import { Modal } from '../ui/Dialog';
import { dispatchLogged } from './log-actions';
import { isSourceError, ListSession, type Source, type SourceError } from './list-session';
import type { ReadRequest } from './list-worker';
import { PrecedenceTablesDialog } from './PrecedenceTablesDialog';
import { SideOptions } from './SideOptions';

/** A read, preview or confirm that takes longer than this shows a progress bar. */
const PROGRESS_AFTER_MS = 1000;
/** A file or paste this large takes over a second to read here (about 9 MB/s): its bar shows at once. */
const SLOW_READ_BYTES = 8 * 1024 * 1024;

export function ImportButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <button className="primary" onClick={() => setOpen(true)}>
        {t('people.importButton')}
      </button>
      {notice ? (
        <p className="notice import-notice" role="status">
          {notice}{' '}
          <button className="icon" aria-label={t('common.close')} onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      ) : null}
      {open ? (
        <ImportWizard
          onClose={(message) => {
            setOpen(false);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}

type Step = 'source' | 'mapping' | 'preview';

function ImportWizard({ onClose }: { onClose(message?: string): void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const plan = usePlan();
  const [step, setStep] = useState<Step>('source');
  const [source, setSource] = useState<Source | null>(null);
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  /** The share read (0–1), null when it cannot be known; undefined until the read has taken a second. */
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  /** The worker holding the list being imported (a new one for each file or paste). */
  const session = useRef<ListSession | null>(null);
  const [pasted, setPasted] = useState('');
  const [sheetIndex, setSheetIndex] = useState(0);
  const [headerRow, setHeaderRow] = useState(0);
  const [headerRows, setHeaderRows] = useState<1 | 2>(1);
  const [headers, setHeaders] = useState<string[]>([]);
  const [confident, setConfident] = useState(true);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  /** The sheet is our own people export: its scene seat columns, and its cells written for Excel. */
  const [ownExport, setOwnExport] = useState<OwnExportHeaders | undefined>(undefined);
  const [remembered, setRemembered] = useState<RememberedMapping>({});
  const [defaultSide, setDefaultSide] = useState<Side>('guest');
  /** The officer's choice of rank source; until then, the rank column if mapped, else list order. */
  const [chosenRankBy, setRankBy] = useState<RankBy | null>(null);
  const [tables, setTables] = useState<PrecedenceTables>(() => readPrecedenceTables(undefined));
  const [editingTables, setEditingTables] = useState(false);
  const [actions, setActions] = useState<Record<number, RowAction>>({});
  const [busy, setBusy] = useState(false);
  /** The preview as the worker last worked it out, and whether a newer one is being worked out. */
  const [digest, setDigest] = useState<PreviewDigest | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const slow = useSlow(previewing || busy);
  /** Where the list goes: this plan, or the office's people directory (常用人员库). */
  const [target, setTarget] = useState<'plan' | 'directory'>('plan');

  useEffect(() => {
    call('settings.get', { key: REMEMBERED_MAPPING_KEY })
      .then((v) => setRemembered(readRememberedMapping(v)))
      .catch(() => undefined);
    call('settings.get', { key: PRECEDENCE_TABLES_KEY })
      .then((v) => setTables(readPrecedenceTables(v)))
      .catch(() => undefined);
  }, []);

  // The rank column cannot rank a list without one (the officer may unmap it after choosing it).
  const rankBy: RankBy =
    chosenRankBy === null || (chosenRankBy === 'column' && !mapping.includes('rank')) ? defaultRankBy(mapping) : chosenRankBy;

  // The sheet's first rows (list-session.ts): enough to choose the header and show samples under it.
  const sheetRows = useMemo(() => source?.sheets[sheetIndex]?.head ?? [], [source, sheetIndex]);
  const rows = useMemo(() => (ownExport ? sheetRows.map((r) => r.map(unguardCell)) : sheetRows), [sheetRows, ownExport]);
  const hidden = useMemo(() => new Set(source?.sheets[sheetIndex]?.hiddenColumns), [source, sheetIndex]);

  /** Header detection and the mapping guess for a sheet (or after the user picks the header row). */
  const applySheet = (s: Source, index: number, row?: number, span?: 1 | 2) => {
    const sheetRows = s.sheets[index]?.head ?? [];
    const guess = detectHeader(sheetRows);
    const r = row ?? guess.row;
    const n = span ?? (row === undefined ? guess.rows : 1);
    const hs = row === undefined && span === undefined ? guess.headers : headerTexts(sheetRows, r, n);
    setHeaderRow(r);
    setHeaderRows(n);
    setHeaders(hs);
    setConfident(row !== undefined || guess.confident);
    const own = ownExportHeaders(hs);
    setOwnExport(own);
    setMapping(own?.mapping ?? guessMapping(hs, remembered, s.sheets[index]?.hiddenColumns));
    setActions({});
  };

  const accept = (result: Source | SourceError, label: string) => {
    if (isSourceError(result)) {
      setSourceError(sourceErrorText(t, result, label));
      return;
    }
    setSource(result);
    setSheetIndex(0);
    applySheet(result, 0);
    setStep('mapping');
  };

  // Closing the wizard stops the worker, whatever it is doing.
  useEffect(() => () => session.current?.close(), []);

  const read = async (request: ReadRequest, label: string) => {
    session.current?.close();
    const reader = new ListSession();
    session.current = reader;
    setSourceError(null);
    setReading(true);
    let fraction: number | null = 0;
    let shown = false;
    const size = 'file' in request ? request.file.size : request.text.length;
    const timer = setTimeout(
      () => {
        shown = true;
        setProgress(fraction);
      },
      size > SLOW_READ_BYTES ? 0 : PROGRESS_AFTER_MS,
    );
    const result = await reader.read(request, label, (f) => {
      fraction = f;
      if (shown) setProgress(f);
    });
    clearTimeout(timer);
    // Another file or paste was chosen meanwhile: this one was dropped.
    if (session.current !== reader) return;
    setProgress(undefined);
    setReading(false);
    accept(result, label);
  };

  const previewRequest: PreviewRequest | null = useMemo(
    () =>
      // None while confirming: the import changes the plan, and its preview is no longer wanted.
      step === 'preview' && source && !busy
        ? {
            sheet: sheetIndex,
            headerRow,
            dataStart: headerRow + headerRows,
            headers,
            mapping,
            ...(ownExport ? { ownExport } : {}),
            plan,
            actions,
            rankBy,
            tables,
            defaultSide,
          }
        : null,
    [
      step,
      source,
      busy,
      sheetIndex,
      headerRow,
      headerRows,
      headers,
      mapping,
      ownExport,
      plan,
      actions,
      rankBy,
      tables,
      defaultSide,
    ],
  );

  // The worker works the preview out for every row; only the latest request's answer is shown.
  useEffect(() => {
    if (!previewRequest || !session.current) return;
    let current = true;
    setPreviewing(true);
    setPreviewError(null);
    session.current
      .preview(previewRequest)
      .then((d) => current && setDigest(d))
      .catch((e: Error) => current && setPreviewError(t('import.failed', { file: source?.label ?? '', message: e.message })))
      .finally(() => current && setPreviewing(false));
    return () => {
      current = false;
    };
  }, [previewRequest, source, t]);

  /** Everyone the plan would hold after the import, past the plan's limit: confirming is refused. */
  const overPlanLimit = digest ? plan.people.length + digest.counts.add > PLAN_PEOPLE_MAX : false;

  const confirm = async () => {
    if (!previewRequest || !session.current || !source) return;
    setBusy(true);
    if (target === 'directory') {
      const outcome = await session.current.confirm(previewRequest).catch((e: Error) => e);
      if (outcome instanceof Error) {
        setBusy(false);
        setPreviewError(t('import.failed', { file: source.label, message: outcome.message }));
        return;
      }
      const byId = new Map(plan.people.map((p) => [p.id, p]));
      const updated = outcome.changes.update.map((u) => ({ ...byId.get(u.personId)!, ...u.patch }));
      // The wizard closes either way; its notice says what was added, or why nothing was.
      onClose(
        await importToDirectory([...outcome.changes.add, ...updated]).then(
          (counts) => t('directory.imported', counts),
          (e: unknown) => errorText(lang, e),
        ),
      );
      return;
    }
    // A revision first, so the list before the import can be brought back whatever happens next;
    // meanwhile the worker works out the people to add.
    const [revision, outcome] = await Promise.all([
      api['revisions.create']({ planId: plan.id, name: t('import.revisionName'), auto: true, plan }),
      session.current.confirm(previewRequest).catch((e: Error) => e),
    ]);
    if (outcome instanceof Error) {
      setBusy(false);
      setPreviewError(t('import.failed', { file: source.label, message: outcome.message }));
      return;
    }
    const { changes, seated } = outcome;
    const byId = new Map(plan.people.map((p) => [p.id, p]));
    const touched = [...changes.add, ...changes.update.map((u) => byId.get(u.personId)!)];
    // Taking in a large list's people, updating the plan (its table and autosave) and closing the
    // wizard are each their own task, so no frame waits for all three.
    await nextTask();
    dispatchLogged(
      [{ type: 'people/import', add: changes.add, update: changes.update }, ...seated],
      logEntry(Date.now(), 'import', touched, { detail: source.label }),
    );
    await nextTask();
    void call('settings.set', { key: REMEMBERED_MAPPING_KEY, value: rememberMapping(remembered, headers, mapping) }).catch(
      () => undefined,
    );
    setBusy(false);
    const imported = t('import.done', { add: changes.add.length, update: changes.update.length });
    const tied = tiesText(t, lang, outcome);
    const done = [imported, ...(seated.length ? [t('import.seatsRestored', { n: seated.length })] : []), ...tied].join(' ');
    onClose(revision.ok ? done : `${done} ${t('import.revisionFailed', { message: hostErrorText(lang, revision.error) })}`);
  };

  return (
    <Modal label={t('import.title')} className="import-wizard" onClose={() => onClose()}>
      <h2>{t('import.title')}</h2>
      {step === 'source' ? (
        <div className="import-source">
          <label className="field">
            <span>{t('import.chooseFile')}</span>
            <input
              type="file"
              name="import-file"
              accept=".xlsx,.xlsm,.xls,.et,.csv,.tsv,.txt"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void read({ file }, file.name);
              }}
            />
          </label>
          <label className="field">
            <span>{t('import.pasteHint')}</span>
            <textarea
              name="import-paste"
              rows={6}
              placeholder={t('import.pastePlaceholder')}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
          </label>
          <button
            disabled={!pasted.trim() || reading}
            onClick={() => void read({ text: pasted, label: t('import.pasted') }, t('import.pasted'))}
          >
            {t('import.usePaste')}
          </button>
          {reading ? <p className="muted">{t('import.reading')}</p> : null}
          {progress !== undefined ? (
            <progress className="import-progress" aria-label={t('import.progress')} max={1} value={progress ?? undefined} />
          ) : null}
          {sourceError ? (
            <p className="form-error" role="alert">
              {sourceError}
            </p>
          ) : null}
        </div>
      ) : null}

      {step === 'mapping' && source ? (
        <div className="import-mapping">
          <p className="muted">
            {t('import.fileInfo', {
              file: source.label,
              rows: source.sheets[sheetIndex]?.rowCount ?? 0,
              encoding: source.format,
            })}
          </p>
          {source.unclosedQuoteRows.map((r) => (
            <p key={r} className="form-error">
              {t('import.unclosedQuote', { row: r })}
            </p>
          ))}
          <div className="import-row">
            {source.sheets.length > 1 ? (
              <label className="field inline">
                <span>{t('import.sheet')}</span>
                <select
                  name="import-sheet"
                  value={sheetIndex}
                  onChange={(e) => {
                    setSheetIndex(Number(e.target.value));
                    applySheet(source, Number(e.target.value));
                  }}
                >
                  {source.sheets.map((s, i) => (
                    <option key={s.name} value={i}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <label className="field inline">
              <span>{t('import.headerRow')}</span>
              <select
                name="import-header-row"
                value={headerRow}
                onChange={(e) => applySheet(source, sheetIndex, Number(e.target.value), headerRows)}
              >
                {rows.slice(0, 30).map((r, i) => (
                  <option key={i} value={i}>
                    {i + 1}: {r.filter(Boolean).join(' | ').slice(0, 40)}
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input
                type="checkbox"
                name="import-two-rows"
                checked={headerRows === 2}
                onChange={(e) => applySheet(source, sheetIndex, headerRow, e.target.checked ? 2 : 1)}
              />
              {t('import.headerRows')}
            </label>
            <label className="field inline">
              <span>{t('import.defaultSide')}</span>
              <select name="import-default-side" value={defaultSide} onChange={(e) => setDefaultSide(e.target.value as Side)}>
                <SideOptions />
              </select>
            </label>
            <label className="field inline">
              <span>{t('import.rankBy')}</span>
              <select name="import-rank-by" value={rankBy} onChange={(e) => setRankBy(e.target.value as RankBy)}>
                {RANK_BY.map((by) => (
                  <option key={by} value={by} disabled={by === 'column' && !mapping.includes('rank')}>
                    {t(`import.rankBy.${by}`)}
                    {by === 'column' && !mapping.includes('rank') ? ` (${t('import.rankBy.noColumn')})` : ''}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setEditingTables(true)}>
              {t('import.editTables')}
            </button>
          </div>
          {rankBy === 'level' || rankBy === 'title' ? <p className="muted">{t('import.rankBy.tableHint')}</p> : null}
          {!mapping.includes('side') ? <p className="notice import-no-side">{t('import.noSideColumn')}</p> : null}
          {!confident ? <p className="notice">{t('import.headerGuessed')}</p> : null}
          <table className="mapping-table">
            <thead>
              <tr>
                <th>{t('import.mapping')}</th>
                <th>{t('import.headerRow')}</th>
                <th>{t('import.sample')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {headers.map((h, i) => (
                <tr key={i} data-column={columnLetter(i)}>
                  <td>{t('import.column', { letter: columnLetter(i) })}</td>
                  <td>
                    {h}
                    {hidden.has(i) ? <span className="muted"> {t('import.hiddenColumn')}</span> : null}
                  </td>
                  <td className="muted">
                    {rows
                      .slice(headerRow + headerRows, headerRow + headerRows + 3)
                      .map((r) => r[i] ?? '')
                      .filter(Boolean)
                      .join(' · ')
                      .slice(0, 40)}
                  </td>
                  <td>
                    <select
                      name={`map-${columnLetter(i)}`}
                      aria-label={t('import.column', { letter: columnLetter(i) })}
                      value={mapping[i] ?? ''}
                      onChange={(e) => setMapping(setColumnField(mapping, i, (e.target.value || null) as FieldKey | null))}
                    >
                      <option value="">{t('people.field.ignore')}</option>
                      {FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(`people.field.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!mapping.includes('name') ? (
            <p className="form-error" role="alert">
              {t('import.noNameColumn')}
            </p>
          ) : null}
        </div>
      ) : null}

      {step === 'preview' && slow ? (
        <progress className="import-progress" aria-label={t(busy ? 'import.confirmProgress' : 'import.previewProgress')} />
      ) : null}
      {step === 'preview' && previewError ? (
        <p className="form-error" role="alert">
          {previewError}
        </p>
      ) : null}
      {step === 'preview' && digest ? (
        <PreviewView
          digest={digest}
          actions={actions}
          onAction={(row, action) => setActions({ ...actions, [row]: action })}
          summary={t('import.summary', { ...digest.counts })}
        />
      ) : null}
      {step === 'preview' && overPlanLimit ? (
        <p className="form-error" role="alert">
          {t('import.tooManyPeople', {
            max: PLAN_PEOPLE_MAX.toLocaleString('en-US'),
            have: plan.people.length,
            add: digest?.counts.add ?? 0,
          })}
        </p>
      ) : null}

      {editingTables ? (
        <PrecedenceTablesDialog
          tables={tables}
          onSaved={(next) => {
            setTables(next);
            setEditingTables(false);
          }}
          onCancel={() => setEditingTables(false)}
        />
      ) : null}

      <div className="dialog-actions">
        <button type="button" onClick={() => onClose()}>
          {t('common.cancel')}
        </button>
        {step !== 'source' ? (
          <button type="button" onClick={() => setStep(step === 'preview' ? 'mapping' : 'source')}>
            {t('import.back')}
          </button>
        ) : null}
        {step === 'mapping' ? (
          <button type="button" className="primary" disabled={!mapping.includes('name')} onClick={() => setStep('preview')}>
            {t('import.next')}
          </button>
        ) : null}
        {step === 'preview' ? (
          <label className="field inline">
            <span>{t('directory.importTarget')}</span>
            <select name="import-target" value={target} onChange={(e) => setTarget(e.target.value as 'plan' | 'directory')}>
              <option value="plan">{t('directory.importToPlan')}</option>
              <option value="directory">{t('directory.importToDirectory')}</option>
            </select>
          </label>
        ) : null}
        {step === 'preview' ? (
          <button
            type="button"
            className="primary"
            disabled={busy || previewing || !digest || overPlanLimit || digest.counts.add + digest.counts.update === 0}
            onClick={() => void confirm()}
          >
            {target === 'directory'
              ? t('directory.importConfirm', { n: (digest?.counts.add ?? 0) + (digest?.counts.update ?? 0) })
              : t('import.confirmCount', { add: digest?.counts.add ?? 0, update: digest?.counts.update ?? 0 })}
          </button>
        ) : null}
      </div>
    </Modal>
  );
}

/** The preview's digest (import-session.ts): its first rows, problems and skipped rows, and counts over all. */
function PreviewView({
  digest,
  actions,
  summary,
  onAction,
}: {
  digest: PreviewDigest;
  /** The officer's choices, shown at once while the worker works out the preview they give. */
  actions: Record<number, RowAction>;
  summary: string;
  onAction(row: number, action: RowAction): void;
}) {
  const t = useT();
  const errors = digest.problems;
  return (
    <div className="import-preview">
      <p className="import-summary" role="status">
        {summary}
      </p>
      {digest.seatNotes.map((n) => (
        <p key={n.kind === 'otherPlan' ? n.kind : `${n.kind}-${n.scene}`} className="notice seat-note">
          {seatNoteText(t, n)}
        </p>
      ))}
      {errors.length > 0 ? (
        <ul className="import-errors" aria-label={t('import.problems')}>
          {errors.map((e) => (
            <li key={`${e.row}-${e.column}-${e.code}`}>{issueText(t, e)}</li>
          ))}
          {digest.problemCount > errors.length ? (
            <li className="muted">{t('import.moreRows', { n: digest.problemCount - errors.length })}</li>
          ) : null}
        </ul>
      ) : null}
      {digest.skipped.length > 0 ? (
        <p className="muted">
          {t('import.skippedRows', {
            list: digest.skipped
              .map((s) =>
                t('import.skippedItem', { row: s.row, reason: t(`import.skipped.${s.reason}`, { text: s.text ?? '' }) }),
              )
              .join('；'),
          })}
        </p>
      ) : null}
      <div className="preview-scroll">
        <table className="preview-table">
          <thead>
            <tr>
              <th>{t('import.row')}</th>
              <th>{t('people.field.name')}</th>
              <th>{t('people.field.organisation')}</th>
              <th>{t('people.field.title')}</th>
              <th>{t('people.field.officialLevel')}</th>
              <th>{t('people.field.side')}</th>
              <th>{t('people.field.rank')}</th>
              <th>{t('import.rankFrom')}</th>
              <th>{t('import.problems')}</th>
              <th>{t('import.action')}</th>
            </tr>
          </thead>
          <tbody>
            {digest.rows.map((r) => (
              <tr
                key={r.row}
                data-row={r.row}
                data-action={r.action}
                className={r.errors.length ? 'has-error' : r.duplicate ? 'duplicate' : ''}
              >
                <td>{r.row}</td>
                <td>{r.values.name ?? ''}</td>
                <td>{r.values.organisation ?? ''}</td>
                <td>{r.values.title ?? ''}</td>
                <td>{r.values.officialLevel ?? ''}</td>
                <td>{r.values.side ? t(`side.${r.values.side}`) : r.sectionSide ? t(`side.${r.sectionSide}`) : ''}</td>
                <RankCells t={t} rank={r.rank} update={r.action === 'update'} />
                <td className="problems">
                  {[
                    ...r.errors.map((e) => issueText(t, e)),
                    ...(r.duplicate?.of === 'file' ? [t('import.dup.file', { row: r.duplicate.row })] : []),
                    ...(r.duplicate?.of === 'plan' ? [t('import.dup.plan')] : []),
                  ].join('；')}
                </td>
                <td>
                  <select
                    name={`action-${r.row}`}
                    aria-label={`${t('import.action')} ${r.row}`}
                    value={actions[r.row] ?? r.action}
                    onChange={(e) => onAction(r.row, e.target.value as RowAction)}
                  >
                    {r.errors.length === 0 || r.values.name ? (
                      <option value="add">{r.errors.length ? t('import.addAnyway') : t('import.action.add')}</option>
                    ) : null}
                    {r.duplicate?.of === 'plan' && r.errors.length === 0 ? (
                      <option value="update">{t('import.action.update')}</option>
                    ) : null}
                    <option value="skip">{t('import.action.skip')}</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {digest.rowCount > digest.rows.length ? (
          <p className="muted">{t('import.moreRows', { n: digest.rowCount - digest.rows.length })}</p>
        ) : null}
      </div>
    </div>
  );
}

/** A row's rank and where it came from; an update without one keeps the person's rank. */
function RankCells({ t, rank, update }: { t: T; rank: RowRank | undefined; update: boolean }) {
  return (
    <>
      <td className="rank">{rank?.rank ?? ''}</td>
      <td className="rank-source">{rank ? rankSourceText(t, rank) : update ? t('import.rankKept') : ''}</td>
    </>
  );
}

function sourceErrorText(t: T, e: SourceError, file: string): string {
  return e.code === 'failed' ? t('import.failed', { file, message: e.message }) : readProblemText(t, e.code, file);
}

/** Ranks the import leaves shared between two people of a side, said in its summary (never silent). */
function tiesText(t: T, lang: Lang, outcome: ImportOutcome): string[] {
  if (outcome.tieCount === 0) return [];
  const list = outcome.ties
    .map((tie) =>
      t('import.tie', { side: t(`side.${tie.side}`), rank: tie.rank, names: tie.names.join(lang === 'zh' ? '、' : ', ') }),
    )
    .join(lang === 'zh' ? '；' : '; ');
  return [t('import.ties', { n: outcome.tieCount, list })];
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** True once `active` has lasted a second: what takes that long shows a progress bar. */
function useSlow(active: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [active]);
  return active && slow;
}
