/**
 * The seating chart of a venue drawn to scale as one SVG per page (title, drawing, legend and
 * scale bar all inside it), so the same markup is the PDF page, the PNG and the .svg file.
 * Bodies of items come from the canvas's item frames so the chart matches the editor.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Person, Plan, Scene, Side, VenueItem } from '../../../shared/model/types';
import { itemBounds, itemFrame, union } from '../canvas/item-frame';
import { canvasKind } from '../canvas/kinds';
import { MAIN_FILL, n } from '../canvas/kinds/chart-parts';
import { CHART_FOOT, CHART_HEAD, CHART_MARGIN, chooseLayout, type ChartLayout } from '../../../shared/output/chart-layout';
import { fontStack } from '../../../shared/output/fonts';
import { seatingItems, type SeatingItem } from '../../../shared/output/plan-data';
import { emWidth } from '../../../shared/output/text-fit';
import { chartNameSizes, LINE_HEIGHT, placeName, type ChartNameSizes, type SeatGroup } from '../../../shared/output/chart-names';

export const SIDE_FILL: Record<Side, string> = { host: '#dbe8f6', guest: '#f8d9d9', staff: '#e4e4e4' };
const FONT = fontStack('hei');

export interface ChartModel {
  plan: Plan;
  scene: Scene;
  items: SeatingItem[];
  layout: ChartLayout;
  names: ChartNameSizes;
}

/** Every seating item's names and the width one of its seats gives a name at this layout. */
function nameSizesAt(items: SeatingItem[], layout: ChartLayout): ChartNameSizes {
  return chartNameSizes(items.map((e) => seatGroup(e, layout)));
}

/** An item's seated names where they sit on paper, for fitting and drawing them alike. */
function seatGroup(entry: SeatingItem, layout: ChartLayout): SeatGroup {
  const round = canvasKind(entry.item).outline(entry.item) === 'circle';
  return {
    seats: entry.seats.flatMap((s) =>
      s.person && s.x !== undefined && s.y !== undefined ? [{ name: s.person.name, at: layout.toPage({ x: s.x, y: s.y }) }] : [],
    ),
    pitch: seatPitch(entry, layout),
    main: entry.main,
    ...(round ? { centre: layout.toPage(entry.item) } : {}),
  };
}

export function chartModel(plan: Plan, scene: Scene): ChartModel {
  const items = seatingItems(plan, scene);
  const bounds = scene.items.length ? union(scene.items.map((i) => itemBounds(i, scene))) : { x0: -1, y0: -1, x1: 1, y1: 1 };
  // Room for the names that stick out past the seats and for the door label.
  const pad = 0.6;
  const world = { x0: bounds.x0 - pad, y0: bounds.y0 - pad, x1: bounds.x1 + pad, y1: bounds.y1 + pad };
  // The largest drawing on A4 at which every name is legible, else A3.
  const layout = chooseLayout(world, (l) => nameSizesAt(items, l).legible);
  return { plan, scene, items, layout, names: nameSizesAt(items, layout) };
}

/** An item's body, drawn by its kind (canvas/kinds) over the frame the canvas draws it in. */
function Body({
  item,
  scene,
  layout,
  entry,
  lang,
}: {
  item: VenueItem;
  scene: Scene;
  layout: ChartLayout;
  entry?: SeatingItem;
  lang: Lang;
}) {
  return canvasKind(item).chart({
    item,
    frame: itemFrame(item, scene),
    at: layout.toPage(item),
    k: layout.mm(1),
    number: entry?.number,
    main: entry?.main ?? false,
    lang,
  });
}

/** The smallest distance between two seats of an item, in mm on paper: how wide a name may be. */
function seatPitch(entry: SeatingItem, layout: ChartLayout): number {
  const pts = entry.seats.filter((s) => s.x !== undefined).map((s) => layout.toPage({ x: s.x!, y: s.y! }));
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) best = Math.min(best, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
  }
  return Number.isFinite(best) ? best : 12;
}

function Seats({ entry, layout, names }: { entry: SeatingItem; layout: ChartLayout; names: ChartNameSizes }) {
  const group = seatGroup(entry, layout);
  const size = entry.main ? names.main : names.size;
  return (
    <>
      {entry.seats.map((s) => {
        if (s.x === undefined || s.y === undefined) return null;
        const p = layout.toPage({ x: s.x, y: s.y });
        if (!s.person)
          return <circle key={s.label} cx={n(p.x)} cy={n(p.y)} r={1.2} fill="#fff" stroke="#999" strokeWidth={0.25} />;
        const { lines, x, y, w, h } = placeName(s.person.name, size, p, group.pitch, group.centre);
        return (
          <SeatName
            key={s.label}
            x={x}
            y={y}
            w={w}
            h={h}
            lines={lines}
            person={s.person}
            size={size}
            bold={!!s.role}
            label={s.label}
          />
        );
      })}
    </>
  );
}

interface SeatNameProps {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  person: Person;
  size: number;
  bold: boolean;
  label: string;
}

function SeatName({ x, y, w, h, lines, person, size, bold, label }: SeatNameProps) {
  return (
    <g data-seat={label} data-person={person.id}>
      <rect
        x={n(x - w / 2)}
        y={n(y - h / 2)}
        width={n(w)}
        height={n(h)}
        rx={n(Math.min(h, w) / 2)}
        fill={SIDE_FILL[person.side]}
        stroke="#333"
        strokeWidth={0.2}
      />
      {lines.map((line, i) => (
        <text
          key={i}
          x={n(x)}
          y={n(y + (i - (lines.length - 1) / 2) * size * LINE_HEIGHT)}
          fontSize={n(size)}
          fontWeight={bold ? 700 : 400}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {line}
        </text>
      ))}
    </g>
  );
}

function ScaleBar({ layout, x, y, lang }: { layout: ChartLayout; x: number; y: number; lang: Lang }) {
  const metres = [1, 2, 5, 10, 20, 50].filter((m) => layout.mm(m) <= 50).at(-1) ?? 1;
  const len = layout.mm(metres);
  return (
    <g data-scale={layout.scale}>
      <rect x={n(x)} y={n(y)} width={n(len / 2)} height={1.2} fill="#000" />
      <rect x={n(x + len / 2)} y={n(y)} width={n(len / 2)} height={1.2} fill="#fff" stroke="#000" strokeWidth={0.25} />
      <text x={n(x)} y={n(y + 4)} fontSize={2.6} textAnchor="middle">
        0
      </text>
      <text x={n(x + len)} y={n(y + 4)} fontSize={2.6} textAnchor="middle">
        {translate(lang, 'print.metres', { n: metres })}
      </text>
      <text x={n(x + len + 10)} y={n(y + 1.2)} fontSize={3.2} dominantBaseline="central">
        {translate(lang, 'print.scale', { n: layout.scale })}
      </text>
    </g>
  );
}

function Legend({ x, y, lang, sides, main }: { x: number; y: number; lang: Lang; sides: Side[]; main: boolean }) {
  const entries: { key: string; fill: string; label: string; line?: boolean }[] = [
    ...(main ? [{ key: 'main', fill: MAIN_FILL, label: translate(lang, 'print.legend.main') }] : []),
    ...sides.map((s) => ({ key: s, fill: SIDE_FILL[s], label: translate(lang, `print.legend.${s}`) })),
    { key: 'door', fill: '#000', label: translate(lang, 'print.legend.door'), line: true },
  ];
  let cx = x;
  return (
    <g className="legend">
      {entries.map((e) => {
        const at = cx;
        cx += 8 + emWidth(e.label) * 3.2;
        return (
          <g key={e.key} data-legend={e.key}>
            {e.line ? (
              <rect x={n(at)} y={n(y - 0.6)} width={5} height={1.2} fill="#000" />
            ) : (
              <rect
                x={n(at)}
                y={n(y - 1.6)}
                width={5}
                height={3.2}
                rx={e.key === 'main' ? 0 : 1.6}
                fill={e.fill}
                stroke="#333"
                strokeWidth={0.25}
              />
            )}
            <text x={n(at + 6.5)} y={n(y)} fontSize={3.2} dominantBaseline="central">
              {e.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function Header({ w, title, meta, right }: { w: number; title: string; meta: string; right: string }) {
  const y = CHART_MARGIN;
  return (
    <g className="chart-head">
      <text x={CHART_MARGIN} y={y + 6} fontSize={6} fontWeight={700}>
        {title}
      </text>
      <text x={CHART_MARGIN} y={y + 11.5} fontSize={3.2} fill="#333">
        {meta}
      </text>
      <text x={w - CHART_MARGIN} y={y + 6} fontSize={3.4} textAnchor="end">
        {right}
      </text>
      <line
        x1={CHART_MARGIN}
        x2={w - CHART_MARGIN}
        y1={y + CHART_HEAD - 2.5}
        y2={y + CHART_HEAD - 2.5}
        stroke="#000"
        strokeWidth={0.35}
      />
    </g>
  );
}

export function planMeta(plan: Plan): string {
  return [plan.organisation, plan.startDate].filter(Boolean).join('  ');
}

/** The chart as a standalone <svg> sized in mm: one page. */
export function ChartSvg({ model, lang, title }: { model: ChartModel; lang: Lang; title: string }) {
  const { plan, scene, items, layout } = model;
  const { w, h } = layout.sheet;
  const byId = new Map(items.map((e) => [e.item.id, e]));
  const seated = items.flatMap((e) => e.seats.filter((s) => s.person).map((s) => s.person!.side));
  const sides = (['host', 'guest', 'staff'] as const).filter((s) => seated.includes(s));
  const count = seated.length;
  // Bodies first (stage, walls, tables), seats on top so no table hides a name.
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={`${w}mm`}
      height={`${h}mm`}
      viewBox={`0 0 ${w} ${h}`}
      fontFamily={FONT}
      className="chart-svg"
      data-scale={layout.scale}
    >
      <rect x={0} y={0} width={w} height={h} fill="#fff" />
      <Header
        w={w}
        title={`${plan.name} · ${scene.name} · ${title}`}
        meta={planMeta(plan)}
        right={`${translate(lang, 'print.seated', { n: count })}   ${layout.sheet.paper}`}
      />
      {scene.items.map((item) => (
        <Body
          key={item.id}
          item={item}
          scene={scene}
          layout={layout}
          lang={lang}
          {...(byId.get(item.id) ? { entry: byId.get(item.id)! } : {})}
        />
      ))}
      {items.map((e) => (
        <Seats key={e.item.id} entry={e} layout={layout} names={model.names} />
      ))}
      <line
        x1={CHART_MARGIN}
        x2={w - CHART_MARGIN}
        y1={h - CHART_MARGIN - CHART_FOOT + 3}
        y2={h - CHART_MARGIN - CHART_FOOT + 3}
        stroke="#000"
        strokeWidth={0.25}
      />
      <Legend x={CHART_MARGIN} y={h - CHART_MARGIN - 4} lang={lang} sides={sides} main={items.some((e) => e.main)} />
      <ScaleBar layout={layout} x={w - CHART_MARGIN - 90} y={h - CHART_MARGIN - 6} lang={lang} />
    </svg>
  );
}

export function ChartPage({ model, lang, title }: { model: ChartModel; lang: Lang; title: string }) {
  const { w, h } = model.layout.sheet;
  return (
    <section className="sheet chart" style={{ width: `${w}mm`, height: `${h}mm` }}>
      <ChartSvg model={model} lang={lang} title={title} />
    </section>
  );
}
