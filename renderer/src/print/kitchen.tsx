/**
 * 餐饮服务单 (kitchen sheet): the hall's totals per dietary need, then per table its covers and each
 * need with the seat, the name and the officer's words. Blocks are placed by arithmetic
 * (shared/output/kitchen.ts, flow.ts); the officer's words wrap in their column, nothing is cut.
 */
import type { Lang } from '../../../shared/i18n/translate';
import type { Plan, Scene } from '../../../shared/model/types';
import { flowColumns } from '../../../shared/output/flow';
import {
  blockHeight,
  KITCHEN,
  KITCHEN_FRAME,
  kitchenBlocks,
  kitchenCell,
  kitchenSheet,
  rowHeight,
  sayIn,
  type KitchenBlock,
  type KitchenSheet,
} from '../../../shared/output/kitchen';
import { sheetTitle } from './chart';

/** Text in its column: one line, smaller where it would not fit, wrapped below the floor (never an ellipsis). */
function Fit({ text, width, className }: { text: string; width: number; className: string }) {
  const { size, lines } = kitchenCell(text, width);
  return (
    <span
      className={className}
      style={{
        flex: `0 0 ${width}mm`,
        fontSize: `${+size.toFixed(2)}mm`,
        ...(lines.length > 1 ? { lineHeight: `${KITCHEN.line}mm` } : {}),
      }}
    >
      {lines.map((line, i) => (
        <span key={i} style={{ display: 'block' }}>
          {line}
        </span>
      ))}
    </span>
  );
}

function Block({ block, langs, y }: { block: KitchenBlock; langs: KitchenSheet['langs']; y: number }) {
  const say = (key: Parameters<typeof sayIn>[1], params?: Record<string, number>) => sayIn(langs, key, params);
  const { cols } = KITCHEN;
  const box = {
    position: 'absolute' as const,
    left: `${KITCHEN.margin}mm`,
    top: `${y}mm`,
    width: `${KITCHEN_FRAME.width}mm`,
    height: `${blockHeight(block)}mm`,
    boxSizing: 'border-box' as const,
  };
  const head = { height: `${KITCHEN.head}mm`, boxSizing: 'border-box' as const };
  const row = { height: `${KITCHEN.row}mm` };
  if ('totals' in block) {
    const sheet = block.totals;
    return (
      <div className="list-block kitchen-totals" style={box}>
        <h2 style={head}>
          <span>{say('print.kitchen.totals')}</span>
          <span>{say('print.kitchen.hallCovers', { n: sheet.covers })}</span>
        </h2>
        {sheet.totals.length === 0 ? (
          <div className="list-row" style={row}>
            <span>{say('print.kitchen.noNeeds')}</span>
          </div>
        ) : (
          sheet.totals.map((t) => (
            <div key={t.need} className="list-row" style={row}>
              <Fit className="need" text={t.label} width={cols.seat + cols.name} />
              <span>{say('print.kitchen.people', { n: t.people })}</span>
            </div>
          ))
        )}
      </div>
    );
  }
  const { table } = block;
  return (
    <div className={`list-block${table.main ? ' main' : ''}`} style={box} data-item={table.itemId}>
      <h2 style={head}>
        <span>{table.heading}</span>
        <span>{say('print.kitchen.covers', { n: table.covers })}</span>
      </h2>
      {table.rows.length === 0 ? (
        <div className="list-row" style={row}>
          <span>{say('print.kitchen.noNeeds')}</span>
        </div>
      ) : (
        <>
          <div className="list-row kitchen-columns" style={row}>
            <Fit className="seat" text={say('print.seat')} width={cols.seat} />
            <Fit className="name" text={say('print.name')} width={cols.name} />
            <Fit className="need" text={say('print.kitchen.need')} width={cols.need} />
            <span>{say('print.kitchen.words')}</span>
          </div>
          {table.rows.map((r, i) => (
            <div key={i} className="list-row kitchen-row" style={{ height: `${rowHeight(r)}mm` }}>
              <Fit className="seat" text={r.seat} width={cols.seat} />
              <Fit className="name" text={r.name} width={cols.name} />
              <Fit className="need" text={r.needText} width={cols.need} />
              <span
                className="words"
                style={{ width: `${KITCHEN_FRAME.wordsWidth}mm`, lineHeight: `${KITCHEN.line}mm`, fontSize: `${KITCHEN.font}mm` }}
              >
                {r.words}
              </span>
            </div>
          ))}
        </>
      )}
    </div>
  );
}

export function KitchenPages({ plan, scene, lang }: { plan: Plan; scene: Scene; lang: Lang }) {
  const sheet = kitchenSheet(plan, scene, lang);
  const pages = flowColumns(kitchenBlocks(sheet), blockHeight, KITCHEN_FRAME);
  const title = sheetTitle(plan, scene, sayIn(sheet.langs, 'print.view.kitchen'));
  return (
    <>
      {pages.map((page, i) => (
        <section key={i} className="sheet list-page kitchen" style={{ width: '210mm', height: '297mm' }}>
          <div
            className="list-body"
            style={{ left: `${KITCHEN.margin}mm`, top: `${KITCHEN.margin}mm`, width: `${KITCHEN_FRAME.width}mm` }}
          >
            <h1>{title}</h1>
            <div className="meta">
              {[plan.organisation, plan.startDate, sayIn(sheet.langs, 'print.page', { n: i + 1, total: pages.length })]
                .filter(Boolean)
                .join('  ')}
            </div>
          </div>
          {page.map((b, j) => (
            <Block key={j} block={b.item} langs={sheet.langs} y={b.y} />
          ))}
        </section>
      ))}
    </>
  );
}
