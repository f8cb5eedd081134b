/**
 * The one list of print views. Each entry says what the view is called, what paper it prints on,
 * which scenes it applies to, what a job for it carries, which files it can be saved as, what the
 * headless export writes from it, and how it renders. The print preview's menu and buttons, the
 * print-job type and `npm run export` are all read from this list, so a view is added in one place.
 */
import type { ReactElement } from 'react';
import { translate, type Lang, type MessageKey } from '../../../shared/i18n/translate';
import type { Plan, Scene, VenueItem } from '../../../shared/model/types';
import { cardGrid, placeCards, tableCards, type CardOptions, type CardSelection } from '../../../shared/output/cards';
import { LATIN_FACE, type FaceId } from '../../../shared/output/fonts';
import { sheetOf } from '../../../shared/output/paper';
import { entranceIndexList, type IndexOrder } from '../../../shared/output/entrance-index';
import { findScene, sceneWith } from '../../../shared/output/plan-data';
import { seatingListData, type SeatingListData } from '../../../shared/output/seating-list';
import { carEntries, CarsPages } from './cars';
import { ChartPage, chartModel, sheetTitle } from './chart';
import { printDocument, type RenderedView } from './document';
import { ElevatorPage } from './elevator';
import { EntranceIndexPages } from './entrance-index';
import { KitchenPages } from './kitchen';
import { TableLists } from './lists';
import { CalibrationSheet, CardSheets } from './place-cards';
import { ReviewSheets } from './review';
import { RostrumPage } from './rostrum';
import { SeatSlipSheets } from './seat-slips';
import { seatSlips, type SlipChoice } from '../../../shared/output/seat-slips';
import { SummaryPage } from './summary';
import { UnitListPages } from './unit-lists';
import { unitLists, unitListsWorkbook } from '../../../shared/output/unit-lists';
import { printedUnderlay, type Pictures } from './underlay';

/** What a job for a view carries besides the view's id: the choices the print menu offers for it. */
interface JobInputs {
  /** The whole plan, nothing to choose. */
  plan: Record<never, never>;
  /** One scene (default: see the view's `scenes`). */
  scene: { sceneId?: string };
  /** Card options alone (the calibration page). */
  cards: { options: CardOptions };
  /** Card options for one scene. */
  'scene cards': { options: CardOptions; sceneId?: string };
  /** Card options and whose cards: one table, chosen people, only the changed ones. */
  'chosen cards': { options: CardOptions; selection: CardSelection };
  /** The entrance index: its order and paper (A4 or A3, the print menu's paper choice). */
  index: { sceneId?: string; order: IndexOrder; paper: CardOptions['paper'] };
  /** One scene and whose seat slips: the whole hall (none chosen), one unit, only the changed ones. */
  'chosen slips': { sceneId?: string; slips?: SlipChoice };
  /** One scene and whose seat lists: every unit (none chosen) or one. */
  'chosen unit': { sceneId?: string; unit?: string };
}
type Takes = keyof JobInputs;

/**
 * Which scene a view shows: none (the whole plan); any scene, by default the first banquet; any
 * scene, by default the first holding one of `prefer`; or only a scene holding one of `holding`
 * (by default the first such), anything else printing "nothing to print".
 */
export type SceneRule = 'plan' | 'any' | { prefer: VenueItem['kind'][] } | { holding: VenueItem['kind'][] };

/**
 * The paper: one A4 way round, A4 turned landscape for a summary of more than 3 scenes, the
 * sheet the card grid chose (A4 or A3 from the card options), the sheet the chart's scale chose,
 * or A4 or A3 portrait as the print menu's paper choice says.
 */
export type ViewPaper = 'A4 portrait' | 'A4 landscape' | 'A4 by scenes' | 'card grid' | 'chart scale' | 'A4 or A3';

/** Files a view can be saved as from the preview (besides printing it); xlsx is the view's `workbook`. */
export type SaveFormat = 'pdf' | 'png' | 'svg' | 'xlsx';

interface RenderInput<J> {
  plan: Plan;
  job: J;
  lang: Lang;
  /** The view's name in `lang`. */
  label: string;
  /** The scene by the view's rule; set for every view whose rule is not 'plan' when one exists. */
  scene: Scene | undefined;
  /** Floor-plan pictures as data URLs by asset id (print/underlay.tsx), for the scenes that print one. */
  pictures: Pictures;
}

/**
 * A view's pages. `page` is needed where the paper is chosen by the view ('card grid', 'chart
 * scale'); the title defaults to plan · scene · view, the face to 黑体. Undefined: nothing to print.
 */
interface Pages {
  element: ReactElement;
  page?: { w: number; h: number };
  title?: string;
  faces?: FaceId[];
}

interface ViewSpec<Id extends string, T extends Takes> {
  id: Id;
  label: MessageKey;
  paper: ViewPaper;
  scenes: SceneRule;
  takes: T;
  saves: readonly SaveFormat[];
  /**
   * What `npm run export` writes from this view: `<file>.<format>` (by default `<id>.pdf`), with
   * these card options changed; `false` for a page that is no sheet of the plan. A new view is
   * exported without naming it anywhere else.
   */
  batch?: { file?: string; formats?: readonly SaveFormat[]; cards?: Partial<CardOptions> } | false;
  render(input: RenderInput<{ view: Id } & JobInputs[T]>): Pages | undefined;
  /**
   * The rows of the view's .xlsx (the export.xlsx channel writes them with page setup): every view
   * that saves or exports an xlsx gives one, and only those (test/unit/output/views.test.ts).
   */
  workbook?: (input: { plan: Plan; job: { view: Id } & JobInputs[T]; lang: Lang }) => SeatingListData;
}

/** Keeps each entry's id and input literal, so the job type below can be read off the list. */
const view = <const Id extends string, T extends Takes>(spec: ViewSpec<Id, T>) => spec;

/** Renders only when the view's scene exists. */
const ofScene =
  <J,>(render: (input: RenderInput<J> & { scene: Scene }) => Pages | undefined) =>
  (input: RenderInput<J>) =>
    input.scene ? render({ ...input, scene: input.scene }) : undefined;

/** The scene's seating list, per table: the workbook of the chart and the per-table lists. */
const seatingWorkbook = ({ plan, job, lang }: { plan: Plan; job: JobInputs['scene']; lang: Lang }) =>
  seatingListData(plan, job.sceneId, lang);

const chart = ofScene(({ plan, scene, lang, label, pictures }) => {
  const model = chartModel(plan, scene, printedUnderlay(scene, pictures));
  return { page: model.layout.sheet, element: <ChartPage model={model} lang={lang} title={label} /> };
});

/** A4 portrait where a card grid cannot be had (a card larger than the paper). */
const cardSheet = (options: CardOptions) => cardGrid(options)?.sheet ?? sheetOf('A4', 'portrait');

/** A large meeting's papers (slips, unit lists) print only from a scene holding a meeting hall. */
const HALL_SCENE: SceneRule = { holding: ['meeting-hall'] };

/** In the order of the print menu. */
export const PRINT_VIEWS = [
  view({
    id: 'place-cards',
    label: 'print.view.placeCards',
    paper: 'card grid',
    scenes: 'any',
    takes: 'chosen cards',
    saves: ['pdf'],
    batch: { file: 'place-cards', formats: ['pdf'] },
    render: ({ plan, job, label }) => ({
      title: `${plan.name} ${label}`,
      page: cardSheet(job.options),
      faces: [job.options.face, LATIN_FACE[job.options.face]],
      element: (
        <CardSheets cards={placeCards(plan, job.selection, job.options.subline, job.options.latin)} options={job.options} />
      ),
    }),
  }),
  view({
    id: 'table-cards',
    label: 'print.view.tableCards',
    paper: 'card grid',
    scenes: 'any',
    takes: 'scene cards',
    saves: ['pdf'],
    // Table numbers are read across the room: the standard card whatever the place cards use.
    batch: { file: 'table-cards', formats: ['pdf'], cards: { size: 'standard' } },
    render: ({ plan, job, lang, label }) => ({
      title: `${plan.name} ${label}`,
      page: cardSheet(job.options),
      faces: [job.options.face],
      element: <CardSheets cards={tableCards(plan, job.sceneId, lang)} options={job.options} />,
    }),
  }),
  view({
    id: 'seating-chart',
    label: 'print.view.seatingChart',
    paper: 'chart scale',
    scenes: 'any',
    takes: 'scene',
    saves: ['pdf', 'png', 'svg', 'xlsx'],
    batch: { file: 'seating-chart', formats: ['pdf', 'png', 'svg'] },
    render: chart,
    workbook: seatingWorkbook,
  }),
  view({
    id: 'table-lists',
    label: 'print.view.tableLists',
    paper: 'A4 portrait',
    scenes: 'any',
    takes: 'scene',
    saves: ['pdf', 'xlsx'],
    batch: { file: 'seating-list', formats: ['pdf', 'xlsx'] },
    render: ofScene(({ plan, scene, lang, label }) =>
      scene.assignments.length === 0
        ? undefined
        : { element: <TableLists plan={plan} scene={scene} lang={lang} title={label} /> },
    ),
    workbook: seatingWorkbook,
  }),
  view({
    id: 'meeting',
    label: 'print.view.meeting',
    paper: 'chart scale',
    scenes: { prefer: ['reception', 'talks-table', 'conference-table', 'long-table'] },
    takes: 'scene',
    saves: ['pdf', 'png', 'svg'],
    render: chart,
  }),
  view({
    id: 'rostrum',
    label: 'print.view.rostrum',
    paper: 'A4 landscape',
    scenes: { holding: ['rostrum'] },
    takes: 'scene',
    saves: ['pdf', 'png', 'svg'],
    render: ofScene(({ plan, scene, lang, label }) => ({
      element: <RostrumPage plan={plan} scene={scene} lang={lang} title={label} />,
    })),
  }),
  view({
    id: 'cars',
    label: 'print.view.cars',
    paper: 'A4 portrait',
    scenes: { holding: ['car'] },
    takes: 'scene',
    saves: ['pdf'],
    render: ofScene(({ plan, scene, lang, label }) =>
      carEntries(plan, scene).length === 0
        ? undefined
        : { element: <CarsPages plan={plan} scene={scene} lang={lang} title={label} /> },
    ),
  }),
  view({
    id: 'elevator',
    label: 'print.view.elevator',
    paper: 'A4 portrait',
    scenes: { holding: ['elevator'] },
    takes: 'scene',
    saves: ['pdf'],
    render: ofScene(({ plan, scene, lang, label }) => ({
      element: <ElevatorPage plan={plan} scene={scene} lang={lang} title={label} />,
    })),
  }),
  view({
    id: 'seat-slips',
    label: 'print.view.seatSlips',
    paper: 'A4 portrait',
    scenes: HALL_SCENE,
    takes: 'chosen slips',
    saves: ['pdf'],
    batch: { file: 'seat-slips', formats: ['pdf'] },
    render: ofScene(({ plan, scene, lang, job }) =>
      seatSlips(plan, scene, lang, job.slips).length === 0
        ? undefined
        : { element: <SeatSlipSheets plan={plan} scene={scene} lang={lang} choice={job.slips} /> },
    ),
  }),
  view({
    id: 'unit-lists',
    label: 'print.view.unitLists',
    paper: 'A4 portrait',
    scenes: HALL_SCENE,
    takes: 'chosen unit',
    saves: ['pdf', 'xlsx'],
    batch: { file: 'unit-lists', formats: ['pdf', 'xlsx'] },
    render: ofScene(({ plan, scene, lang, label, job }) =>
      unitLists(plan, scene, lang, job.unit).length === 0
        ? undefined
        : { element: <UnitListPages plan={plan} scene={scene} lang={lang} title={label} unit={job.unit} /> },
    ),
    workbook: ({ plan, job, lang }) => unitListsWorkbook(plan, sceneFor(plan, HALL_SCENE, job.sceneId), lang, job.unit),
  }),
  view({
    id: 'kitchen',
    label: 'print.view.kitchen',
    paper: 'A4 portrait',
    scenes: 'any',
    takes: 'scene',
    saves: ['pdf'],
    batch: { file: 'kitchen-sheet', formats: ['pdf'] },
    render: ofScene(({ plan, scene, lang }) =>
      scene.assignments.length === 0 ? undefined : { element: <KitchenPages plan={plan} scene={scene} lang={lang} /> },
    ),
  }),
  view({
    id: 'entrance-index',
    label: 'print.view.entranceIndex',
    paper: 'A4 or A3',
    scenes: 'any',
    takes: 'index',
    saves: ['pdf', 'xlsx'],
    batch: { file: 'entrance-index', formats: ['pdf', 'xlsx'] },
    render: ofScene(({ plan, scene, lang, label, job }) =>
      scene.assignments.length === 0
        ? undefined
        : {
            page: sheetOf(job.paper, 'portrait'),
            element: (
              <EntranceIndexPages plan={plan} scene={scene} lang={lang} title={label} order={job.order} paper={job.paper} />
            ),
          },
    ),
    workbook: ({ plan, job, lang }) => entranceIndexList(plan, job.sceneId, job.order, lang),
  }),
  view({
    id: 'summary',
    label: 'print.view.summary',
    paper: 'A4 by scenes',
    scenes: 'plan',
    takes: 'plan',
    saves: ['pdf'],
    render: ({ plan, lang, label }) => ({ element: <SummaryPage plan={plan} lang={lang} title={label} /> }),
  }),
  view({
    id: 'review',
    label: 'print.view.review',
    paper: 'A4 portrait',
    scenes: 'plan',
    takes: 'plan',
    saves: ['pdf'],
    batch: { file: 'review', formats: ['pdf'] },
    render: ({ plan, lang, label }) =>
      plan.scenes.length === 0 ? undefined : { element: <ReviewSheets plan={plan} lang={lang} title={label} /> },
  }),
  view({
    id: 'calibration',
    label: 'print.view.calibration',
    paper: 'card grid',
    scenes: 'plan',
    takes: 'cards',
    saves: ['pdf'],
    // This PC's printer, not the plan: nothing for the batch.
    batch: false,
    render: ({ job, lang }) => ({
      title: translate(lang, 'print.calibration.title'),
      page: cardSheet(job.options),
      element: <CalibrationSheet options={job.options} lang={lang} />,
    }),
  }),
] as const;

type AnyView = (typeof PRINT_VIEWS)[number];
export type ViewId = AnyView['id'];

/** A print job: a view and the choices its input needs, read off the list. */
export type PrintJob = AnyView extends infer V
  ? V extends ViewSpec<infer Id, infer T>
    ? { view: Id } & JobInputs[T]
    : never
  : never;

export function viewSpec(id: ViewId): AnyView {
  return PRINT_VIEWS.find((v) => v.id === id)!;
}

/** Everything a print job can be made of; each view takes the parts its input needs. */
export interface JobChoices {
  sceneId?: string;
  options: CardOptions;
  /** Whose cards (place cards): one table's, chosen people's; all when absent. */
  selection?: Omit<CardSelection, 'sceneId'>;
  /** The entrance index's order; by surname pinyin when absent. */
  order?: IndexOrder;
  /** Whose seat slips: one unit's, chosen people's; all when absent. */
  slips?: SlipChoice;
  /** Whose seat lists: one unit's; every unit's when absent. */
  unit?: string;
}

export function jobFor(id: ViewId, { sceneId, options, selection, order = 'pinyin', slips, unit }: JobChoices): PrintJob {
  const scene = sceneId ? { sceneId } : {};
  const inputs: { [T in Takes]: JobInputs[T] } = {
    plan: {},
    scene,
    cards: { options },
    'scene cards': { options, ...scene },
    'chosen cards': { options, selection: { ...scene, ...selection } },
    index: { ...scene, order, paper: options.paper },
    'chosen slips': { ...scene, ...(slips ? { slips } : {}) },
    'chosen unit': { ...scene, ...(unit !== undefined ? { unit } : {}) },
  };
  return { view: id, ...inputs[viewSpec(id).takes] } as PrintJob;
}

export function sceneFor(plan: Plan, rule: SceneRule, sceneId: string | undefined): Scene | undefined {
  if (rule === 'plan') return undefined;
  if (rule === 'any') return findScene(plan, sceneId);
  if ('prefer' in rule) return sceneWith(plan, sceneId, rule.prefer);
  const scene = sceneWith(plan, sceneId, rule.holding);
  return scene?.items.some((i) => rule.holding.includes(i.kind)) ? scene : undefined;
}

function paperSheet(paper: ViewPaper, plan: Plan): { w: number; h: number } {
  if (paper === 'A4 landscape') return sheetOf('A4', 'landscape');
  if (paper === 'A4 by scenes') return sheetOf('A4', plan.scenes.length > 3 ? 'landscape' : 'portrait');
  return sheetOf('A4', 'portrait');
}

export function renderView(plan: Plan, job: PrintJob, lang: Lang, pictures: Pictures = new Map()): RenderedView {
  const spec = viewSpec(job.view);
  const label = translate(lang, spec.label);
  const scene = sceneFor(plan, spec.scenes, 'sceneId' in job ? job.sceneId : undefined);
  // The job's view picked the spec, so the job is the one its render takes.
  const pages = (spec.render as (input: RenderInput<PrintJob>) => Pages | undefined)({ plan, job, lang, label, scene, pictures });
  const planTitle = `${plan.name} · ${label}`;
  if (!pages) return nothing(planTitle, lang);
  const { w, h } = pages.page ?? paperSheet(spec.paper, plan);
  return {
    title: pages.title ?? (scene ? sheetTitle(plan, scene, label) : planTitle),
    page: { w, h },
    faces: pages.faces ?? ['hei'],
    element: pages.element,
  };
}

/** A page that says there is nothing to print, rather than an empty PDF. */
function nothing(title: string, lang: Lang): RenderedView {
  const a4 = sheetOf('A4', 'portrait');
  return {
    title,
    page: { w: a4.w, h: a4.h },
    faces: ['hei'],
    element: (
      <section className="sheet list-page" style={{ width: `${a4.w}mm`, height: `${a4.h}mm` }}>
        <div className="list-body" style={{ left: '12mm', top: '12mm' }}>
          <h1>{title}</h1>
          <p>{translate(lang, 'print.noSeating')}</p>
        </div>
      </section>
    ),
  };
}

/** The .xlsx rows of a job whose view saves as one (the preview's button and `npm run export`). */
export function workbookData(plan: Plan, job: PrintJob, lang: Lang): SeatingListData {
  const spec = viewSpec(job.view);
  if (!('workbook' in spec)) throw new Error(`the ${job.view} view has no .xlsx`);
  // The job's view picked the spec, so the job is the one its workbook takes.
  return (spec.workbook as (input: { plan: Plan; job: PrintJob; lang: Lang }) => SeatingListData)({ plan, job, lang });
}

export function renderDocument(plan: Plan, job: PrintJob, lang: Lang): string {
  return printDocument(renderView(plan, job, lang));
}
