/**
 * The one entry to every print view: a plan and a job in, a rendered view out. The in-app
 * preview, the host's PDF export and the headless `npm run export` all go through here.
 */
import { translate, type Lang } from '../../../shared/i18n/messages';
import type { Plan } from '../../../shared/model/types';
import { printDocument, type RenderedView } from './document';
import {
  CalibrationSheet,
  CardSheets,
  cardGrid,
  placeCards,
  tableCards,
  type CardOptions,
  type CardSelection,
} from './place-cards';

export type PrintJob =
  | { view: 'place-cards'; options: CardOptions; selection: CardSelection }
  | { view: 'table-cards'; options: CardOptions; sceneId?: string }
  | { view: 'calibration'; options: CardOptions };

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
  }
}

export function renderDocument(plan: Plan, job: PrintJob, lang: Lang): string {
  return printDocument(renderView(plan, job, lang));
}
