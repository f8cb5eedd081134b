/**
 * 按单位座位表: a large meeting's seat lists, unit by unit down A4 portrait pages, each unit headed
 * by its name and count above the column headings, each delegate's order, name, title, zone and
 * seat. Placed by arithmetic (shared/output/unit-lists.ts): the view draws the lines it is given,
 * so nothing is cut, and a unit that runs on to the next page is headed there again.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Plan, Scene } from '../../../shared/model/types';
import { LIST_BLOCK } from '../../../shared/output/list-pages';
import { sheetOf } from '../../../shared/output/paper';
import {
  UNIT_HEAD,
  unitBlockHeight,
  unitColumnHeads,
  unitHeadingSize,
  unitListPages,
  unitLists,
  type UnitBlock,
} from '../../../shared/output/unit-lists';
import { ListPages, ListRowView } from './lists';

const mm = (n: number) => `${+n.toFixed(2)}mm`;

function Heading({ block, lang }: { block: Extract<UnitBlock, { rows: number }>; lang: Lang }) {
  const text = block.continued ? translate(lang, 'print.index.continued', { heading: block.heading }) : block.heading;
  return (
    <div className="unit-head" style={{ paddingTop: mm(UNIT_HEAD.gap) }}>
      <h2 style={{ height: mm(UNIT_HEAD.title), fontSize: mm(unitHeadingSize(text)) }}>{text}</h2>
      <div className="list-head">
        <ListRowView row={unitColumnHeads(lang)} />
      </div>
    </div>
  );
}

export function UnitListPages({
  plan,
  scene,
  lang,
  title,
  unit,
}: {
  plan: Plan;
  scene: Scene;
  lang: Lang;
  title: string;
  unit?: string;
}) {
  const width = sheetOf('A4', 'portrait').w - 2 * LIST_BLOCK.margin;
  return (
    <ListPages
      plan={plan}
      scene={scene}
      lang={lang}
      title={title}
      pages={unitListPages(unitLists(plan, scene, lang, unit), lang)}
      page={(page) =>
        page.map(({ item, y }, i) => (
          <div
            key={i}
            className="unit-list-item"
            style={{
              position: 'absolute',
              left: mm(LIST_BLOCK.margin),
              top: mm(y),
              width: mm(width),
              height: mm(unitBlockHeight(item, lang)),
            }}
            {...('row' in item ? { 'data-person': item.row.key } : {})}
          >
            {'row' in item ? <ListRowView row={item.row} /> : <Heading block={item} lang={lang} />}
          </div>
        ))
      }
    />
  );
}
