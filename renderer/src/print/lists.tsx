/**
 * Per-table lists (分桌名单): one block per table with someone seated — number, seats in order
 * round the table, name, hosting role, organisation and title — packed into two columns on A4
 * portrait. Rows and blocks are laid out by arithmetic (shared/output/list-pages.ts): long names
 * and titles wrap onto more lines rather than being cut, a table never breaks across a page, and
 * the same pages come out in every printer.
 */
import { Fragment, type ReactNode } from 'react';
import { translate, type Lang } from '../../../shared/i18n/translate';
import { isVehicle } from '../../../shared/kinds';
import type { Plan, Scene } from '../../../shared/model/types';
import { sheetOf } from '../../../shared/output/paper';
import { LIST_BLOCK, packBlocks, type ListRow, type Placed, type TableBlock } from '../../../shared/output/list-pages';
import { itemTitle, listEntries } from '../../../shared/output/seating-list';
import { planMeta, sheetTitle } from './chart';

/** One list row: each cell its lines, at the widths and height the arithmetic chose. */
export function ListRowView({ row }: { row: ListRow }) {
  return (
    <div className="list-row" style={{ height: `${+row.h.toFixed(2)}mm` }}>
      {row.cells.map((c, i) => (
        <span
          key={i}
          className={`${c.kind}${c.empty ? ' empty-seat' : ''}`}
          style={{ flex: `0 0 ${+c.w.toFixed(2)}mm`, ...(c.size ? { fontSize: `${c.size}mm` } : {}) }}
        >
          {c.lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </span>
      ))}
    </div>
  );
}

function Block({ p, lang }: { p: Placed<TableBlock>; lang: Lang }) {
  const { item: entry, rows } = p.entry;
  const seated = entry.seats.filter((s) => s.person).length;
  return (
    <div
      className={`list-block${entry.main ? ' main' : ''}`}
      style={{
        position: 'absolute',
        left: `${p.x}mm`,
        top: `${p.y}mm`,
        width: `${p.w}mm`,
        height: `${+p.h.toFixed(2)}mm`,
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
      {rows.map((row) => (
        <ListRowView key={row.key} row={row} />
      ))}
    </div>
  );
}

/** A list page: the sheet, its title band (plan · scene · view, then the plan's facts and the page number). */
export function ListPage({
  title,
  meta,
  orientation = 'portrait',
  children,
}: {
  title: string;
  meta: string;
  orientation?: 'portrait' | 'landscape';
  children: ReactNode;
}) {
  const sheet = sheetOf('A4', orientation);
  return (
    <section className="sheet list-page" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
      <div
        className="list-body"
        style={{ left: `${LIST_BLOCK.margin}mm`, top: `${LIST_BLOCK.margin}mm`, width: `${sheet.w - 2 * LIST_BLOCK.margin}mm` }}
      >
        <h1>{title}</h1>
        <div className="meta">{meta}</div>
      </div>
      {children}
    </section>
  );
}

/**
 * The pages of a scene's list sheet, each headed plan · scene · sheet with the plan's facts and
 * its page number; `page` draws one page's blocks.
 */
export function ListPages<T>({
  plan,
  scene,
  lang,
  title,
  pages,
  page,
}: {
  plan: Plan;
  scene: Scene;
  lang: Lang;
  title: string;
  pages: T[];
  page: (content: T) => ReactNode;
}) {
  return (
    <>
      {pages.map((content, i) => (
        <ListPage
          key={i}
          title={sheetTitle(plan, scene, title)}
          meta={[planMeta(plan), translate(lang, 'print.page', { n: i + 1, total: pages.length })].filter(Boolean).join('  ')}
        >
          {page(content)}
        </ListPage>
      ))}
    </>
  );
}

export function TableLists({ plan, scene, lang, title }: { plan: Plan; scene: Scene; lang: Lang; title: string }) {
  const pages = packBlocks(listEntries(plan, scene), lang);
  return (
    <ListPages
      plan={plan}
      scene={scene}
      lang={lang}
      title={title}
      pages={pages}
      page={(page) => page.map((p) => <Block key={p.entry.item.item.id} p={p} lang={lang} />)}
    />
  );
}
