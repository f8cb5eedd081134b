/**
 * 输出/打印: the in-app print preview. It renders the same print views the host prints to PDF
 * (views.tsx), at real size, with the choices of what and how to print; "Print" prints this very
 * preview from the app window, "Save PDF/PNG" ask the host to print the same document.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../../shared/model/types';
import { isVehicle, kindOf } from '../../../shared/kinds';
import { call } from '../bridge';
import { useErrorText, useT } from '../i18n';
import { base64ToBytes, download, safeFileName } from '../people/download';
import { useApp } from '../state/app-store';
import './app-fonts';
import { pageCss, printDocument, standaloneSvg } from '../print/document';
import { FACE_IDS } from '../../../shared/output/fonts';
import {
  CARD_SIZES,
  DEFAULT_CARD_OPTIONS,
  placeCards,
  type CardOptions,
  type CardSizeId,
  type Subline,
} from '../../../shared/output/cards';
import { LATIN_LINES, type LatinLine } from '../../../shared/output/latin-line';
import { findScene } from '../../../shared/output/plan-data';
import { changedCards, isPrintRecord, printedKey, recordPrint, type PrintRecord } from '../../../shared/output/printed';
import { INDEX_ORDERS, type IndexOrder } from '../../../shared/output/entrance-index';
import {
  changedSlipKeys,
  recordSlips,
  seatSlips,
  slipMeeting,
  slipUnits,
  type SlipChoice,
} from '../../../shared/output/seat-slips';
import { listUnits } from '../../../shared/output/unit-lists';
import { PRINT_CSS } from '../print/styles';
import './preview.css';
import { jobFor, PRINT_VIEWS, renderView, workbookData, viewSpec, type PrintJob, type ViewId } from '../print/views';
import { usePrintPictures } from '../underlay/images';

export type CardRange = 'all' | 'table' | 'selection' | 'changed';
export type SlipRange = 'all' | 'unit' | 'changed';

const OPTIONS_KEY = 'print.cardOptions';

/** Printer offsets and card choices belong to this PC's printer, not to a plan. */
function useCardOptions(): [CardOptions, (o: CardOptions) => void] {
  const [options, setOptions] = useState<CardOptions>(DEFAULT_CARD_OPTIONS);
  useEffect(() => {
    void call('settings.get', { key: OPTIONS_KEY }).then((v) => {
      if (v && typeof v === 'object') setOptions({ ...DEFAULT_CARD_OPTIONS, ...(v as Partial<CardOptions>) });
    });
  }, []);
  const update = (o: CardOptions) => {
    setOptions(o);
    void call('settings.set', { key: OPTIONS_KEY, value: o });
  };
  return [options, update];
}

/** The app's print stylesheet and the view's @page size, as constructed sheets (allowed by the CSP). */
function useAdoptedCss({ w, h }: { w: number; h: number }) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${PRINT_CSS}\n@media print { ${pageCss({ w, h })} }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [w, h]);
}

export function PrintPreview({ plan, sceneId: initialScene, onClose }: { plan: Plan; sceneId?: string; onClose(): void }) {
  const t = useT();
  const errorText = useErrorText();
  const lang = useApp((s) => s.lang);
  const selection = useApp((s) => s.selection);
  const [view, setView] = useState<ViewId>('place-cards');
  const [sceneId, setSceneId] = useState(initialScene ?? findScene(plan)?.id);
  const [options, setOptions] = useCardOptions();
  const [range, setRange] = useState<CardRange>('all');
  const [tableId, setTableId] = useState<string>('');
  const [order, setOrder] = useState<IndexOrder>('pinyin');
  const [record, setRecord] = useState<PrintRecord | undefined>();
  const [slipRange, setSlipRange] = useState<SlipRange>('all');
  const [slipUnit, setSlipUnit] = useState('');
  /** The unit whose seat list prints; every unit's when undefined ('' is the people without one). */
  const [listUnit, setListUnit] = useState<string | undefined>();
  const dispatch = useApp((s) => s.dispatch);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('settings.get', { key: printedKey(plan.id) }).then((v) => setRecord(isPrintRecord(v) ? v : undefined));
  }, [plan.id]);

  const scene = plan.scenes.find((s) => s.id === sceneId);
  // "One table" also offers the rostrum: its place cards print as one set from a hall scene.
  const tables = (scene?.items ?? []).filter((i) => kindOf(i).numberedTable || isVehicle(i) || kindOf(i).group === 'rostrum');

  const spec = viewSpec(view);
  const choosesCards = spec.takes === 'chosen cards';
  const choosesSlips = spec.takes === 'chosen slips';
  const choosesUnit = spec.takes === 'chosen unit';
  const takesCardOptions =
    spec.takes !== 'plan' && spec.takes !== 'scene' && spec.takes !== 'index' && !choosesSlips && !choosesUnit;
  const takesIndex = spec.takes === 'index';
  const units = choosesSlips && scene ? slipUnits(plan, scene) : [];
  const listedUnits = choosesUnit && scene ? listUnits(plan, scene) : [];

  const job: PrintJob = useMemo(() => {
    const sid = sceneId ? { sceneId } : {};
    const keys = (): string[] | undefined => {
      if (range === 'all') return undefined;
      const all = placeCards(plan, sid, options.subline, options.latin);
      if (range === 'table') return all.filter((c) => c.itemId === tableId).map((c) => c.key);
      if (range === 'selection')
        return all
          .filter((c) => selection.includes(c.key) || (c.itemId !== undefined && selection.includes(c.itemId)))
          .map((c) => c.key);
      return changedCards(all, options, record).map((c) => c.key);
    };
    const chosen = viewSpec(view).takes === 'chosen cards' ? keys() : undefined;
    const slips = (): SlipChoice | undefined => {
      const slipScene = plan.scenes.find((s) => s.id === sceneId);
      if (slipRange === 'all' || !slipScene) return undefined;
      if (slipRange === 'unit') return { unit: slipUnit };
      return { keys: changedSlipKeys(seatSlips(plan, slipScene, lang), slipMeeting(plan, slipScene), slipScene.slipsPrinted) };
    };
    const chosenSlips = viewSpec(view).takes === 'chosen slips' ? slips() : undefined;
    return jobFor(view, {
      ...sid,
      options,
      order,
      ...(chosen ? { selection: { keys: chosen } } : {}),
      ...(chosenSlips ? { slips: chosenSlips } : {}),
      ...(listUnit !== undefined ? { unit: listUnit } : {}),
    });
  }, [view, sceneId, options, order, range, tableId, selection, record, plan, slipRange, slipUnit, listUnit, lang]);

  const pictures = usePrintPictures(plan.scenes);
  const rendered = useMemo(() => renderView(plan, job, lang, pictures), [plan, job, lang, pictures]);
  useAdoptedCss(rendered.page);
  const cards = job.view === 'place-cards' ? placeCards(plan, job.selection, options.subline, options.latin) : [];
  const slips = job.view === 'seat-slips' && scene ? seatSlips(plan, scene, lang, job.slips) : [];
  const fileBase = safeFileName(`${plan.name}-${t(spec.label)}`);

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setStatus(t('print.saving'));
    try {
      await what();
    } catch (e) {
      setStatus(t('print.failed', { message: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const remember = async () => {
    // What the slips said is the plan's (an optional scene field), so a colleague's copy knows it too.
    if (job.view === 'seat-slips' && scene && slips.length > 0) {
      const meeting = slipMeeting(plan, scene);
      dispatch({ type: 'slips/printed', sceneId: scene.id, record: recordSlips(scene.slipsPrinted, slips, meeting, new Date()) });
      return;
    }
    if (job.view !== 'place-cards' || cards.length === 0) return;
    const next = recordPrint(record, cards, options, new Date());
    await call('settings.set', { key: printedKey(plan.id), value: next });
    setRecord(next);
  };

  const savePdf = () =>
    run(async () => {
      const { data } = await call('export.pdf', { html: printDocument(rendered) });
      download(`${fileBase}.pdf`, base64ToBytes(data), 'application/pdf');
      await remember();
      setStatus(t('print.saved', { file: `${fileBase}.pdf` }));
    });
  const savePng = () =>
    run(async () => {
      const { data } = await call('export.png', { html: printDocument(rendered), page: rendered.page, scale: 2 });
      download(`${fileBase}.png`, base64ToBytes(data), 'image/png');
      setStatus(t('print.saved', { file: `${fileBase}.png` }));
    });
  // The host embeds the subsets of the chart's faces, so the file looks the same where they are not installed.
  const saveSvg = () =>
    run(async () => {
      const { svg } = await call('export.svg', { svg: standaloneSvg(rendered) });
      download(`${fileBase}.svg`, svg, 'image/svg+xml');
      setStatus(t('print.saved', { file: `${fileBase}.svg` }));
    });
  const saveXlsx = () =>
    run(async () => {
      const { data } = await call('export.xlsx', { list: workbookData(plan, job, lang) });
      download(`${fileBase}.xlsx`, base64ToBytes(data), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setStatus(t('print.saved', { file: `${fileBase}.xlsx` }));
    });
  const print = () => {
    window.print();
    void remember();
  };

  const set = (patch: Partial<CardOptions>) => setOptions({ ...options, ...patch });
  const paperChoice = (
    <label>
      {t('print.paper')}
      <select name="print-paper" value={options.paper} onChange={(e) => set({ paper: e.target.value as CardOptions['paper'] })}>
        <option value="A4">A4</option>
        <option value="A3">A3</option>
      </select>
    </label>
  );
  const nothing = (job.view === 'place-cards' && cards.length === 0) || (job.view === 'seat-slips' && slips.length === 0);

  return (
    <div className="print-preview" role="dialog" aria-label={t('print.preview')}>
      <div className="pp-controls">
        <h2>{t('print.preview')}</h2>
        <label>
          {t('print.view')}
          <select
            name="print-view"
            value={view}
            onChange={(e) => {
              setView(e.target.value as ViewId);
              setStatus('');
            }}
          >
            {PRINT_VIEWS.map((v) => (
              <option key={v.id} value={v.id}>
                {t(v.label)}
              </option>
            ))}
          </select>
        </label>
        {spec.scenes !== 'plan' ? (
          <label>
            {t('print.scene')}
            <select name="print-scene" value={sceneId ?? ''} onChange={(e) => setSceneId(e.target.value)}>
              {plan.scenes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {takesIndex ? (
          <>
            {paperChoice}
            <label>
              {t('print.index.order')}
              <select name="print-index-order" value={order} onChange={(e) => setOrder(e.target.value as IndexOrder)}>
                {INDEX_ORDERS.map((o) => (
                  <option key={o} value={o}>
                    {t(`print.index.order.${o}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
        {takesCardOptions ? (
          <>
            {paperChoice}
            {choosesCards ? (
              <>
                <label>
                  {t('print.size')}
                  <select name="print-size" value={options.size} onChange={(e) => set({ size: e.target.value as CardSizeId })}>
                    {(Object.keys(CARD_SIZES) as CardSizeId[]).map((s) => (
                      <option key={s} value={s}>
                        {t(`print.size.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('print.face')}
                  <select
                    name="print-face"
                    value={options.face}
                    onChange={(e) => set({ face: e.target.value as CardOptions['face'] })}
                  >
                    {FACE_IDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`print.face.${f}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('print.subline')}
                  <select
                    name="print-subline"
                    value={options.subline}
                    onChange={(e) => set({ subline: e.target.value as Subline })}
                  >
                    {(['none', 'title', 'organisation', 'both'] as const).map((s) => (
                      <option key={s} value={s}>
                        {t(`print.subline.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('print.cards.latin')}
                  <select name="print-latin" value={options.latin} onChange={(e) => set({ latin: e.target.value as LatinLine })}>
                    {LATIN_LINES.map((l) => (
                      <option key={l} value={l}>
                        {t(`print.cards.latin.${l}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('print.range')}
                  <select name="print-range" value={range} onChange={(e) => setRange(e.target.value as CardRange)}>
                    {(['all', 'table', 'selection', 'changed'] as const).map((r) => (
                      <option key={r} value={r}>
                        {t(`print.range.${r}`)}
                      </option>
                    ))}
                  </select>
                </label>
                {range === 'table' ? (
                  <select
                    name="print-table"
                    value={tableId}
                    onChange={(e) => setTableId(e.target.value)}
                    aria-label={t('print.range.table')}
                  >
                    <option value="" />
                    {tables.map((i) => (
                      <option key={i.id} value={i.id}>
                        {'number' in i && i.number !== undefined ? t('print.table', { n: i.number }) : t(`kind.${i.kind}`)}
                      </option>
                    ))}
                  </select>
                ) : null}
                <span className="pp-status" data-testid="print-record">
                  {record ? t('print.lastPrinted', { count: Object.keys(record.cards).length }) : t('print.neverPrinted')}
                </span>
              </>
            ) : null}
            <div className="row">
              <label>
                {t('print.offsetX')}
                <input
                  name="print-offset-x"
                  type="number"
                  step="0.5"
                  value={options.offsetX}
                  onChange={(e) => set({ offsetX: Number(e.target.value) || 0 })}
                />
              </label>
              <label>
                {t('print.offsetY')}
                <input
                  name="print-offset-y"
                  type="number"
                  step="0.5"
                  value={options.offsetY}
                  onChange={(e) => set({ offsetY: Number(e.target.value) || 0 })}
                />
              </label>
            </div>
            <label className="inline">
              <input
                name="print-fold-line"
                type="checkbox"
                checked={options.foldLine}
                onChange={(e) => set({ foldLine: e.target.checked })}
              />
              {t('print.foldLine')}
            </label>
          </>
        ) : null}
        {choosesSlips ? (
          <>
            <label>
              {t('print.slips.range')}
              <select name="slip-range" value={slipRange} onChange={(e) => setSlipRange(e.target.value as SlipRange)}>
                {(['all', 'unit', 'changed'] as const).map((r) => (
                  <option key={r} value={r}>
                    {t(`print.slips.range.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            {slipRange === 'unit' ? (
              <label>
                {t('print.slips.unit')}
                <select name="slip-unit" value={slipUnit} onChange={(e) => setSlipUnit(e.target.value)}>
                  <option value="" />
                  {units.map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <span className="pp-status" data-testid="slips-record">
              {scene?.slipsPrinted
                ? t('print.slips.lastPrinted', { count: Object.keys(scene.slipsPrinted.slips).length })
                : t('print.slips.neverPrinted')}
            </span>
          </>
        ) : null}
        {choosesUnit ? (
          <label>
            {t('print.slips.unit')}
            <select
              name="list-unit"
              value={listUnit === undefined ? '' : `unit:${listUnit}`}
              onChange={(e) => setListUnit(e.target.value === '' ? undefined : e.target.value.slice('unit:'.length))}
            >
              <option value="">{t('print.unitLists.all')}</option>
              {listedUnits.map((u) => (
                <option key={u} value={`unit:${u}`}>
                  {u || t('print.unitLists.noUnit')}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="row">
          <button className="primary" onClick={print} disabled={busy || nothing}>
            {t('print.print')}
          </button>
          {spec.saves.includes('pdf') ? (
            <button onClick={() => void savePdf()} disabled={busy || nothing}>
              {t('print.savePdf')}
            </button>
          ) : null}
          {spec.saves.includes('png') ? (
            <button onClick={() => void savePng()} disabled={busy}>
              {t('print.savePng')}
            </button>
          ) : null}
          {spec.saves.includes('svg') ? (
            <button onClick={saveSvg} disabled={busy}>
              {t('print.saveSvg')}
            </button>
          ) : null}
          {spec.saves.includes('xlsx') ? (
            <button onClick={() => void saveXlsx()} disabled={busy}>
              {t('print.saveXlsx')}
            </button>
          ) : null}
          {choosesCards || choosesSlips ? (
            <button onClick={() => void remember()} disabled={busy || nothing}>
              {t('print.markPrinted')}
            </button>
          ) : null}
        </div>
        <span className="pp-status" role="status">
          {nothing
            ? t('print.nothing')
            : job.view === 'place-cards'
              ? t('print.cards', { n: cards.length })
              : job.view === 'seat-slips'
                ? t('print.slips.count', { n: slips.length })
                : ''}{' '}
          {status}
        </span>
        <button onClick={onClose}>{t('common.close')}</button>
      </div>
      <div className="pp-pages">
        <div className="print-doc">{nothing ? null : rendered.element}</div>
      </div>
    </div>
  );
}
