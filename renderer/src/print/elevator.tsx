/**
 * The elevator boarding order (乘梯顺序), RULES.md §6: per elevator, who boards in what order and
 * who leaves in what order (shared/output/elevator.ts). Each elevator is a block of two lists —
 * 进梯顺序 and 出梯顺序, each with its own column headings — laid out by the same arithmetic as the
 * table lists: names and titles wrap, an elevator never breaks across a page, several share one.
 */
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Person, Plan, Scene } from '../../../shared/model/types';
import { elevatorOrders } from '../../../shared/output/elevator';
import { blockWidth, LIST_BLOCK, listRow, packHeights, whatText, type ListRow } from '../../../shared/output/list-pages';
import { seatingItems } from '../../../shared/output/plan-data';
import { ListPages, ListRowView } from './lists';

/** The order, name and seat columns, mm; organisation · title takes the rest. */
const COLUMNS = { order: 12, name: 30, seat: 24 };
/** The band naming one of the two lists (进梯顺序, 出梯顺序), mm. */
const CAPTION_H = 6;

interface OrderList {
  caption: string;
  head: ListRow;
  rows: ListRow[];
}

function orderList(lang: Lang, caption: string, people: Person[], seats: Map<string, string>, w: number): OrderList {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const what = w - COLUMNS.order - COLUMNS.name - COLUMNS.seat;
  return {
    caption,
    head: listRow('head', [
      { kind: 'order', text: t('print.order'), w: COLUMNS.order },
      { kind: 'name', text: t('print.name'), w: COLUMNS.name },
      { kind: 'seat', text: t('print.seat'), w: COLUMNS.seat },
      { kind: 'what', text: `${t('print.organisation')} · ${t('print.personTitle')}`, w: what },
    ]),
    rows: people.map((p, i) =>
      listRow(p.id, [
        { kind: 'order', text: String(i + 1), w: COLUMNS.order },
        { kind: 'name', text: p.name, w: COLUMNS.name },
        { kind: 'seat', text: seats.get(p.id) ?? '', w: COLUMNS.seat },
        { kind: 'what', text: whatText(p), w: what },
      ]),
    ),
  };
}

const listHeight = (l: OrderList) => CAPTION_H + l.head.h + l.rows.reduce((sum, r) => sum + r.h, 0);

export function ElevatorPage({ plan, scene, lang, title }: { plan: Plan; scene: Scene; lang: Lang; title: string }) {
  const w = blockWidth(1);
  const seats = new Map(
    seatingItems(plan, scene).flatMap((e) =>
      e.seats.filter((s) => s.person).map((s) => [s.person!.id, seatLabelText(lang, e.item.kind, s.label)] as const),
    ),
  );
  const blocks = elevatorOrders(plan, scene).map((o, i) => {
    const lists = [
      orderList(lang, translate(lang, 'print.enter'), o.enter, seats, w),
      orderList(lang, translate(lang, 'print.exit'), o.exit, seats, w),
    ];
    return {
      entry: { itemId: o.itemId, number: i + 1, lists },
      h: LIST_BLOCK.head + lists.reduce((s, l) => s + listHeight(l), 0) + 1,
    };
  });
  const pages = packHeights(blocks, 1);
  return (
    <ListPages
      plan={plan}
      scene={scene}
      lang={lang}
      title={title}
      pages={pages}
      page={(page) =>
        page.map(({ entry, x, y, w: bw, h }) => (
          <div
            key={entry.itemId}
            className="list-block"
            data-item={entry.itemId}
            style={{
              position: 'absolute',
              left: `${x}mm`,
              top: `${+y.toFixed(2)}mm`,
              width: `${bw}mm`,
              height: `${+h.toFixed(2)}mm`,
              boxSizing: 'border-box',
            }}
          >
            <h2 style={{ height: `${LIST_BLOCK.head}mm`, boxSizing: 'border-box' }}>
              <span>{translate(lang, 'print.elevator', { n: entry.number })}</span>
            </h2>
            {entry.lists.map((l) => (
              <div key={l.caption}>
                <div className="list-caption" style={{ height: `${CAPTION_H}mm` }}>
                  {l.caption}
                </div>
                <div className="list-head">
                  <ListRowView row={l.head} />
                </div>
                {l.rows.map((row) => (
                  <ListRowView key={row.key} row={row} />
                ))}
              </div>
            ))}
          </div>
        ))
      }
    />
  );
}
