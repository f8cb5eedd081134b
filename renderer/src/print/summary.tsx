/**
 * The leaders' summary (领导一览): the principal people of each side and where each of them sits
 * in every scene of the visit, in the visit's order. Laid out by the lists' arithmetic: cells wrap
 * (never cut), and should the rows outgrow a page they continue on the next under the same headings.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Plan } from '../../../shared/model/types';
import { LIST_BLOCK, listRow, packRows, whatText, type CellText } from '../../../shared/output/list-pages';
import { sheetOf } from '../../../shared/output/paper';
import { principals, whereabouts } from '../../../shared/output/summary';
import { planMeta } from './chart';
import { ListPage, ListRowView } from './lists';

/** Name, side and organisation · title columns, mm; the scenes share the rest. */
const COLUMNS = { name: 30, side: 13, what: 52 };
/** The band naming the table (日程与座次), mm. */
const CAPTION_H = 8;

export function SummaryPage({ plan, lang, title }: { plan: Plan; lang: Lang; title: string }) {
  const orientation = plan.scenes.length > 3 ? 'landscape' : 'portrait';
  const sheet = sheetOf('A4', orientation);
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const width = sheet.w - 2 * LIST_BLOCK.margin;
  const sceneW = (width - COLUMNS.name - COLUMNS.side - COLUMNS.what) / Math.max(plan.scenes.length, 1);
  const where = whereabouts(plan, lang);
  const cells = (name: string, side: string, what: string, places: string[]): CellText[] => [
    { kind: 'name', text: name, w: COLUMNS.name },
    { kind: 'side', text: side, w: COLUMNS.side },
    { kind: 'what', text: what, w: COLUMNS.what },
    ...places.map((text) => ({ kind: 'what' as const, text, w: sceneW })),
  ];
  const head = listRow(
    'head',
    cells(
      t('print.name'),
      t('print.side'),
      `${t('print.organisation')} · ${t('print.personTitle')}`,
      plan.scenes.map((s) => s.name),
    ),
  );
  const rows = principals(plan).map((p) =>
    listRow(
      p.id,
      cells(
        p.name,
        translate(lang, `side.${p.side}`),
        whatText(p),
        plan.scenes.map((s) => where.get(p.id)?.get(s.id) ?? t('common.none')),
      ),
    ),
  );
  const top = LIST_BLOCK.margin + LIST_BLOCK.title + CAPTION_H;
  const pages = packRows(rows, sheet.h - LIST_BLOCK.margin - top - head.h - 1);
  return (
    <>
      {pages.map((page, i) => (
        <ListPage
          key={i}
          title={`${plan.name} · ${title}`}
          meta={[planMeta(plan), pages.length > 1 ? translate(lang, 'print.page', { n: i + 1, total: pages.length }) : '']
            .filter(Boolean)
            .join('  ')}
          orientation={orientation}
        >
          <div
            className="list-block summary"
            style={{
              position: 'absolute',
              left: `${LIST_BLOCK.margin}mm`,
              top: `${top - CAPTION_H}mm`,
              width: `${width}mm`,
              boxSizing: 'border-box',
            }}
          >
            <h2 style={{ height: `${CAPTION_H}mm`, boxSizing: 'border-box' }}>{t('print.summary.scenes')}</h2>
            <div className="list-head">
              <ListRowView row={head} />
            </div>
            {page.map((row) => (
              <div key={row.key} data-person={row.key}>
                <ListRowView row={row} />
              </div>
            ))}
          </div>
        </ListPage>
      ))}
    </>
  );
}
