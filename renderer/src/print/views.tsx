/**
 * The one entry to every print view: a plan and a job in, a rendered view out. The in-app
 * preview, the host's PDF export and the headless `npm run export` all go through here.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Plan } from '../../../shared/model/types';
import { ChartPage, chartModel } from './chart';
import { printDocument, type RenderedView } from './document';
import { TableLists } from './lists';
import { sheetOf } from '../../../shared/output/paper';
import { findScene, sceneWith } from '../../../shared/output/plan-data';
import { CarsPages } from './cars';
import { ElevatorPage } from './elevator';
import { RostrumPage } from './rostrum';
import { SummaryPage } from './summary';
import { cardGrid, placeCards, tableCards, type CardOptions, type CardSelection } from '../../../shared/output/cards';
import { CalibrationSheet, CardSheets } from './place-cards';

export type PrintJob =
  | { view: 'place-cards'; options: CardOptions; selection: CardSelection }
  | { view: 'table-cards'; options: CardOptions; sceneId?: string }
  | { view: 'calibration'; options: CardOptions }
  | { view: 'seating-chart'; sceneId?: string }
  | { view: 'table-lists'; sceneId?: string }
  | { view: 'meeting'; sceneId?: string }
  | { view: 'rostrum'; sceneId?: string }
  | { view: 'cars'; sceneId?: string }
  | { view: 'elevator'; sceneId?: string }
  | { view: 'summary' };

export type ViewName = PrintJob['view'];

export function renderView(plan: Plan, job: PrintJob, lang: Lang): RenderedView {
  switch (job.view) {
    case 'place-cards':
    case 'table-cards': {
      const cards =
        job.view === 'place-cards' ? placeCards(plan, job.selection, job.options.subline) : tableCards(plan, job.sceneId, lang);
      const grid = cardGrid(job.options);
      const page = grid ? { w: grid.sheet.w, h: grid.sheet.h } : { w: 210, h: 297 };
      return {
        title: `${plan.name} ${translate(lang, job.view === 'place-cards' ? 'print.view.placeCards' : 'print.view.tableCards')}`,
        page,
        faces: [job.options.face],
        element: <CardSheets cards={cards} options={job.options} />,
      };
    }
    case 'calibration': {
      const grid = cardGrid(job.options);
      return {
        title: translate(lang, 'print.calibration.title'),
        page: grid ? { w: grid.sheet.w, h: grid.sheet.h } : { w: 210, h: 297 },
        faces: ['hei'],
        element: <CalibrationSheet options={job.options} lang={lang} />,
      };
    }
    case 'seating-chart': {
      const title = translate(lang, 'print.view.seatingChart');
      const scene = findScene(plan, job.sceneId);
      if (!scene) return nothing(`${plan.name} · ${title}`, lang);
      const model = chartModel(plan, scene);
      return {
        title: `${plan.name} · ${scene.name} · ${title}`,
        page: { w: model.layout.sheet.w, h: model.layout.sheet.h },
        faces: ['hei'],
        element: <ChartPage model={model} lang={lang} title={title} />,
      };
    }
    case 'table-lists': {
      const title = translate(lang, 'print.view.tableLists');
      const scene = findScene(plan, job.sceneId);
      if (!scene || scene.assignments.length === 0) return nothing(`${plan.name} · ${title}`, lang);
      const a4 = sheetOf('A4', 'portrait');
      return {
        title: `${plan.name} · ${scene.name} · ${title}`,
        page: { w: a4.w, h: a4.h },
        faces: ['hei'],
        element: <TableLists plan={plan} scene={scene} lang={lang} title={title} />,
      };
    }
    case 'meeting': {
      const title = translate(lang, 'print.view.meeting');
      const scene = sceneWith(plan, job.sceneId, ['reception', 'talks-table', 'conference-table', 'long-table']);
      if (!scene) return nothing(`${plan.name} · ${title}`, lang);
      const model = chartModel(plan, scene);
      return {
        title: `${plan.name} · ${scene.name} · ${title}`,
        page: { w: model.layout.sheet.w, h: model.layout.sheet.h },
        faces: ['hei'],
        element: <ChartPage model={model} lang={lang} title={title} />,
      };
    }
    case 'rostrum':
    case 'cars':
    case 'elevator': {
      const kind = ({ rostrum: 'rostrum', cars: 'car', elevator: 'elevator' } as const)[job.view];
      const title = translate(lang, `print.view.${job.view}`);
      const scene = sceneWith(plan, job.sceneId, [kind]);
      if (!scene || !scene.items.some((i) => i.kind === kind)) return nothing(`${plan.name} · ${title}`, lang);
      const Page = { rostrum: RostrumPage, cars: CarsPages, elevator: ElevatorPage }[job.view];
      const page = sheetOf('A4', job.view === 'rostrum' ? 'landscape' : 'portrait');
      return {
        title: `${plan.name} · ${scene.name} · ${title}`,
        page: { w: page.w, h: page.h },
        faces: ['hei'],
        element: <Page plan={plan} scene={scene} lang={lang} title={title} />,
      };
    }
    case 'summary': {
      const title = translate(lang, 'print.view.summary');
      const page = sheetOf('A4', plan.scenes.length > 3 ? 'landscape' : 'portrait');
      return {
        title: `${plan.name} · ${title}`,
        page: { w: page.w, h: page.h },
        faces: ['hei'],
        element: <SummaryPage plan={plan} lang={lang} title={title} />,
      };
    }
  }
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

export function renderDocument(plan: Plan, job: PrintJob, lang: Lang): string {
  return printDocument(renderView(plan, job, lang));
}
