/**
 * The one list of print views: the print menu, the job type and the headless export are read from
 * it, so what it says must be what the views do.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_FILES } from '../../../scripts/export';
import { translate } from '../../../shared/i18n/translate';
import { DEFAULT_CARD_OPTIONS } from '../../../shared/output/cards';
import { sheetOf } from '../../../shared/output/paper';
import { jobFor, PRINT_VIEWS, renderView, sceneFor, viewSpec, workbookData } from '../../../renderer/src/print/views';
import { banquetPlan, visitPlan } from './banquet';

const options = DEFAULT_CARD_OPTIONS;
const visit = visitPlan();
const sceneOf = (kind: string) => visit.scenes.find((s) => s.kind === kind)!;

describe('the list of print views', () => {
  it('names every view in words in both languages, once each', () => {
    const ids = PRINT_VIEWS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of ['zh', 'en'] as const) {
      const labels = PRINT_VIEWS.map((v) => translate(lang, v.label));
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label).not.toMatch(/^print\./);
    }
  });

  it('is what the headless export writes, in menu order: every view but the printer’s calibration page', () => {
    expect(EXPORT_FILES).toEqual([
      'place-cards.pdf',
      'table-cards.pdf',
      'seating-chart.pdf',
      'seating-chart.png',
      'seating-chart.svg',
      'seating-list.pdf',
      'seating-list.xlsx',
      'meeting.pdf',
      'rostrum.pdf',
      'cars.pdf',
      'elevator.pdf',
      'seat-slips.pdf',
      'unit-lists.pdf',
      'unit-lists.xlsx',
      'kitchen-sheet.pdf',
      'entrance-index.pdf',
      'entrance-index.xlsx',
      'summary.pdf',
      'review.pdf',
    ]);
  });

  it('makes each job from what its view takes', () => {
    const sceneId = visit.scenes[1]!.id;
    expect(jobFor('summary', { sceneId, options })).toEqual({ view: 'summary' });
    expect(jobFor('calibration', { sceneId, options })).toEqual({ view: 'calibration', options });
    expect(jobFor('cars', { sceneId, options })).toEqual({ view: 'cars', sceneId });
    expect(jobFor('table-cards', { sceneId, options })).toEqual({ view: 'table-cards', options, sceneId });
    expect(jobFor('place-cards', { sceneId, options, selection: { keys: ['a'] } })).toEqual({
      view: 'place-cards',
      options,
      selection: { sceneId, keys: ['a'] },
    });
    expect(jobFor('place-cards', { options })).toEqual({ view: 'place-cards', options, selection: {} });
    // The entrance index: its order (by pinyin unless chosen) and the menu's paper choice.
    expect(jobFor('entrance-index', { sceneId, options: { ...options, paper: 'A3' } })).toEqual({
      view: 'entrance-index',
      sceneId,
      order: 'pinyin',
      paper: 'A3',
    });
    expect(jobFor('entrance-index', { options, order: 'strokes' })).toMatchObject({ order: 'strokes', paper: 'A4' });
  });

  it('gives an .xlsx exactly for the views that save or export one, each its own rows', () => {
    for (const spec of PRINT_VIEWS) {
      const exported = spec.batch !== false && (spec.batch?.formats ?? []).includes('xlsx');
      expect([spec.id, 'workbook' in spec]).toEqual([spec.id, spec.saves.includes('xlsx')]);
      if (exported) expect([spec.id, spec.saves]).toEqual([spec.id, expect.arrayContaining(['xlsx'])]);
    }
    const plan = banquetPlan();
    const list = workbookData(plan, jobFor('table-lists', { options }), 'zh');
    expect(workbookData(plan, jobFor('seating-chart', { options }), 'zh')).toEqual(list);
    expect(list.title).toContain(translate('zh', 'print.view.tableLists'));
    const index = workbookData(plan, jobFor('entrance-index', { options, order: 'delegation' }), 'zh');
    expect(index.title).toContain(translate('zh', 'print.view.entranceIndex'));
    expect(index.subtitle).toContain(translate('zh', 'print.index.order.delegation'));
    expect(() => workbookData(plan, jobFor('kitchen', { options }), 'zh')).toThrow(/no \.xlsx/);
  });

  it('picks the scene each view applies to', () => {
    const cars = sceneOf('car');
    const talks = sceneOf('talks');
    expect(sceneFor(visit, viewSpec('summary').scenes, cars.id)).toBeUndefined();
    // A car sheet of the talks scene has nothing to show; by default it is the first car scene.
    expect(sceneFor(visit, viewSpec('cars').scenes, talks.id)).toBeUndefined();
    expect(sceneFor(visit, viewSpec('cars').scenes, undefined)?.id).toBe(cars.id);
    // The meeting chart prefers meeting furniture but draws any scene asked for.
    expect(sceneFor(visit, viewSpec('meeting').scenes, undefined)?.id).toBe(talks.id);
    expect(sceneFor(visit, viewSpec('meeting').scenes, cars.id)?.id).toBe(cars.id);
    expect(sceneFor(banquetPlan(), viewSpec('seating-chart').scenes, 'no-such-scene')?.name).toBe('欢迎宴');
  });

  it('renders every view on the paper it names, or a notice when its scene is missing', () => {
    for (const spec of PRINT_VIEWS) {
      const scene = spec.scenes === 'plan' ? undefined : sceneFor(visit, spec.scenes, undefined);
      const view = renderView(visit, jobFor(spec.id, { ...(scene ? { sceneId: scene.id } : {}), options }), 'zh');
      const fixed = { 'A4 portrait': sheetOf('A4', 'portrait'), 'A4 landscape': sheetOf('A4', 'landscape') } as const;
      if (spec.paper in fixed) {
        const { w, h } = fixed[spec.paper as keyof typeof fixed];
        expect([spec.id, view.page]).toEqual([spec.id, { w, h }]);
      }
      if (spec.paper === 'A4 by scenes') expect(view.page).toEqual({ w: 297, h: 210 }); // 4 scenes: landscape
      if (spec.paper === 'A4 or A3') expect([spec.id, view.page]).toEqual([spec.id, { w: 210, h: 297 }]); // the default A4
      expect([spec.id, view.title]).toEqual([
        spec.id,
        expect.stringContaining(spec.id === 'calibration' ? '校准' : translate('zh', spec.label)),
      ]);
    }
    const talks = sceneOf('talks');
    const none = renderView(visit, { view: 'elevator', sceneId: talks.id }, 'zh');
    expect(none.title).toBe(`${visit.name} · ${translate('zh', 'print.view.elevator')}`);
  });
});
