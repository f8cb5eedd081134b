/**
 * 座位查询表 (entrance index): every seated guest under a letter, stroke or delegation heading, with
 * the table and seat, in columns of large type on A4 or A3 portrait. Placed by arithmetic
 * (shared/output/entrance-index.ts, flow.ts); a name too long for one line takes two, never cut.
 */
import type { Plan, Scene } from '../../../shared/model/types';
import type { Lang } from '../../../shared/i18n/translate';
import {
  entranceIndex,
  INDEX,
  indexBlockHeight,
  indexBlocks,
  indexFrame,
  oneLine,
  placeText,
  type IndexOrder,
  type IndexPaper,
} from '../../../shared/output/entrance-index';
import { flowColumns } from '../../../shared/output/flow';
import { emWidth } from '../../../shared/output/text-fit';

interface Props {
  plan: Plan;
  scene: Scene;
  lang: Lang;
  title: string;
  order: IndexOrder;
  paper: IndexPaper;
}

export function EntranceIndexPages({ plan, scene, lang, title, order, paper }: Props) {
  const frame = indexFrame(paper);
  const { sheet, colW } = frame;
  const height = (b: Parameters<typeof indexBlockHeight>[0]) => indexBlockHeight(b, colW);
  const pages = flowColumns(indexBlocks(entranceIndex(plan, scene, order, lang)), height, frame, (b) => 'heading' in b);
  return (
    <>
      {pages.map((page, i) => (
        <section key={i} className="sheet list-page entrance-index" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
          <div
            className="list-body"
            style={{ left: `${INDEX.margin}mm`, top: `${INDEX.margin}mm`, width: `${sheet.w - 2 * INDEX.margin}mm` }}
          >
            <h1 className="index-title">{`${plan.name} · ${scene.name} · ${title}`}</h1>
          </div>
          {page.map(({ item, col, y }, j) => {
            const box = {
              left: `${INDEX.margin + col * (colW + INDEX.colGap)}mm`,
              top: `${y}mm`,
              width: `${colW}mm`,
              height: `${height(item)}mm`,
            };
            if ('heading' in item)
              return (
                <div key={j} className="index-heading" style={box}>
                  {item.heading}
                </div>
              );
            const { entry } = item;
            const single = oneLine(entry, colW);
            const nameSize = single ? INDEX.name : Math.min(INDEX.name, (colW - 2 * INDEX.pad) / emWidth(entry.name));
            return (
              <div key={j} className={`index-entry${single ? '' : ' two-lines'}`} style={box}>
                <span className="index-name" style={{ fontSize: `${+nameSize.toFixed(2)}mm` }}>
                  {entry.name}
                </span>
                <span className="index-place" style={{ fontSize: `${INDEX.place}mm` }}>
                  {placeText(entry)}
                </span>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
