/**
 * Per-table lists (分桌名单): one block per table — number, seats in order round the table, name,
 * hosting role, organisation and title — packed into two columns on A4 portrait. Blocks are laid
 * out by arithmetic, not by the browser, so a table never breaks across a page and the same pages
 * come out in every printer.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { isVehicle } from '../../../shared/kinds';
import type { Plan, Scene } from '../../../shared/model/types';
import { sheetOf } from '../../../shared/output/paper';
import { LIST_BLOCK, packBlocks, type Placed } from '../../../shared/output/list-pages';
import { itemTitle, listEntries } from '../../../shared/output/seating-list';
import { emWidth } from '../../../shared/output/text-fit';

/** A name in a 22 mm list cell: long names get a smaller size rather than an ellipsis. */
export function NameCell({ name, empty }: { name: string | undefined; empty?: string }) {
  if (!name) return <span className="name empty-seat">{empty ?? ''}</span>;
  return (
    <span className="name" style={{ fontSize: `${+Math.min(3.1, 19 / emWidth(name)).toFixed(2)}mm` }}>
      {name}
    </span>
  );
}

/** The text width of the seat column (styles.ts `.list-row .seat`, less its padding), mm. */
const SEAT_TEXT_MM = 13.6;

/** A seat in words (右1, 后排右, 第2排第3座), as on screen, shrunk to fit its column. */
export function SeatCell({ word }: { word: string }) {
  return (
    <span className="seat" style={{ fontSize: `${+Math.min(3.1, SEAT_TEXT_MM / emWidth(word)).toFixed(2)}mm` }}>
      {word}
    </span>
  );
}

function Block({ p, lang }: { p: Placed; lang: Lang }) {
  const { entry } = p;
  const seated = entry.seats.filter((s) => s.person).length;
  return (
    <div
      className={`list-block${entry.main ? ' main' : ''}`}
      style={{
        position: 'absolute',
        left: `${p.x}mm`,
        top: `${p.y}mm`,
        width: `${p.w}mm`,
        height: `${p.h}mm`,
        boxSizing: 'border-box',
      }}
      data-item={entry.item.id}
    >
      <h2 style={{ height: `${LIST_BLOCK.head}mm`, boxSizing: 'border-box' }}>
        <span>
          {itemTitle(entry, lang)}
          {entry.main && !isVehicle(entry.item) ? ` · ${translate(lang, 'print.mainTable')}` : ''}
        </span>
        <span>{translate(lang, 'print.seated', { n: seated })}</span>
      </h2>
      {entry.seats.map((s) => (
        <div key={s.label} className="list-row" style={{ height: `${LIST_BLOCK.row}mm` }}>
          <SeatCell word={seatLabelText(lang, entry.item.kind, s.label)} />
          <NameCell name={s.person?.name} empty={translate(lang, 'print.empty')} />
          <span className="role">{s.role ? translate(lang, `role.${s.role}`) : ''}</span>
          <span className="what">{s.person ? [s.person.organisation, s.person.title].filter(Boolean).join(' · ') : ''}</span>
        </div>
      ))}
    </div>
  );
}

export function TableLists({ plan, scene, lang, title }: { plan: Plan; scene: Scene; lang: Lang; title: string }) {
  const sheet = sheetOf('A4', 'portrait');
  const pages = packBlocks(listEntries(plan, scene));
  return (
    <>
      {pages.map((page, i) => (
        <section key={i} className="sheet list-page" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
          <div
            className="list-body"
            style={{
              left: `${LIST_BLOCK.margin}mm`,
              top: `${LIST_BLOCK.margin}mm`,
              width: `${sheet.w - 2 * LIST_BLOCK.margin}mm`,
            }}
          >
            <h1>{`${plan.name} · ${scene.name} · ${title}`}</h1>
            <div className="meta">
              {[plan.organisation, plan.startDate, translate(lang, 'print.page', { n: i + 1, total: pages.length })]
                .filter(Boolean)
                .join('  ')}
            </div>
          </div>
          {page.map((p) => (
            <Block key={p.entry.item.id} p={p} lang={lang} />
          ))}
        </section>
      ))}
    </>
  );
}
