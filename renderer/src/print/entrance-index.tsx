/**
 * 座位查询表 (entrance index): every seated guest under a letter, stroke or delegation heading, with
 * the table and seat, in columns of large type on A4 or A3 portrait. Placed by arithmetic
 * (shared/output/entrance-index.ts, flow.ts): the view draws the lines it is given, so a long name
 * wraps where the arithmetic says and is never cut.
 */
import type { Plan, Scene } from '../../../shared/model/types';
import { translate, type Lang } from '../../../shared/i18n/translate';
import {
  entranceIndex,
  entryLayout,
  headingLines,
  headingText,
  INDEX,
  indexBlockHeight,
  indexFrame,
  indexPages,
  pageSpan,
  placeText,
  type IndexOrder,
  type IndexPaper,
} from '../../../shared/output/entrance-index';
import { sheetTitle } from './chart';

interface Props {
  plan: Plan;
  scene: Scene;
  lang: Lang;
  title: string;
  order: IndexOrder;
  paper: IndexPaper;
}

const mm = (n: number) => `${+n.toFixed(2)}mm`;

export function EntranceIndexPages({ plan, scene, lang, title, order, paper }: Props) {
  const { sheet, colW } = indexFrame(paper);
  const pages = indexPages(entranceIndex(plan, scene, order, lang), paper, lang);
  return (
    <>
      {pages.map((page, i) => (
        <section key={i} className="sheet list-page entrance-index" style={{ width: mm(sheet.w), height: mm(sheet.h) }}>
          <div
            className="list-body"
            style={{ left: mm(INDEX.margin), top: mm(INDEX.margin), width: mm(sheet.w - 2 * INDEX.margin) }}
          >
            <h1 className="index-title">{sheetTitle(plan, scene, title)}</h1>
            <div className="meta">
              {`${pageSpan(page)} · ${translate(lang, 'print.page', { n: i + 1, total: pages.length })}`}
            </div>
          </div>
          {page.map(({ item, col, y }, j) => {
            const box = {
              left: mm(INDEX.margin + col * (colW + INDEX.colGap)),
              top: mm(y),
              width: mm(colW),
              height: mm(indexBlockHeight(item, colW, lang)),
            };
            if (!('entry' in item))
              return (
                <div key={j} className="index-heading" style={{ ...box, fontSize: mm(INDEX.heading) }}>
                  {headingLines(headingText(item, lang), colW).map((line, k) => (
                    <div key={k}>{line}</div>
                  ))}
                </div>
              );
            const layout = entryLayout(item.entry, colW);
            const place = (
              <span className="index-place" style={{ fontSize: mm(INDEX.place) }}>
                {placeText(item.entry)}
              </span>
            );
            return (
              <div key={j} className={`index-entry${layout.single ? '' : ' wrapped'}`} style={box}>
                <span className="index-name" style={{ fontSize: mm(layout.nameSize) }}>
                  {layout.nameLines.map((line, k) => (
                    <span key={k}>{line}</span>
                  ))}
                </span>
                {place}
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
