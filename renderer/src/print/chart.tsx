/**
 * The seating chart of a venue drawn to scale as one SVG per page (title, drawing, legend and
 * scale bar all inside it), so the same markup is the PDF page, the PNG and the .svg file.
 * Bodies of items come from the canvas's item frames so the chart matches the editor.
 */
import type { ReactNode } from 'react';
import { translate, type Lang } from '../../../shared/i18n/translate';
import type { Person, Plan, Scene, Side, VenueItem } from '../../../shared/model/types';
import { itemBounds, itemFrame, toLocal, union, type Box } from '../canvas/item-frame';
import { canvasKind } from '../canvas/kinds';
import { MAIN_FILL, n } from '../canvas/kinds/chart-parts';
import {
  CHART_FOOT,
  CHART_HEAD,
  CHART_MARGIN,
  boxCentre,
  chooseLayout,
  fit,
  layoutAt,
  type ChartLayout,
} from '../../../shared/output/chart-layout';
import { legibleScale, neighbours, overlaps, tileChart, type Tile, type TiledChart } from '../../../shared/output/chart-tiles';
import { sheetOf } from '../../../shared/output/paper';
import { fontStack } from '../../../shared/output/fonts';
import { seatingItems, type SeatingItem } from '../../../shared/output/plan-data';
import { emWidth, heiEmWidth } from '../../../shared/output/text-fit';
import {
  chartNameSizes,
  LINE_HEIGHT,
  nearestPitch,
  placeSeat,
  TAG_SCALE,
  type ChartNameSizes,
  type PlacedName,
  type SeatGroup,
} from '../../../shared/output/chart-names';
import { UnderlayImage, underlayWorld, type PrintedUnderlay } from './underlay';

export const SIDE_FILL: Record<Side, string> = { host: '#dbe8f6', guest: '#f8d9d9', staff: '#e4e4e4' };
const FONT = fontStack('hei');

export interface ChartModel {
  plan: Plan;
  scene: Scene;
  items: SeatingItem[];
  /** The page; for a chart split over pages, the first page's (every page has the same scale). */
  layout: ChartLayout;
  names: ChartNameSizes;
  /** Every seated name's pill, by item and seat. */
  placed: Map<string, PlacedSeat>;
  /** Set when the names are legible on no single sheet: the pages, and the key map's layout on the same sheet. */
  tiled?: TiledChart & { key: ChartLayout };
  /** The drawing in world metres. */
  world: Box;
  /** The floor plan drawn under the items, when it prints (print/underlay.tsx). */
  underlay?: PrintedUnderlay;
}

/** Every seating item's names and the width one of its seats gives a name at this layout. */
function nameSizesAt(items: SeatingItem[], layout: ChartLayout): ChartNameSizes {
  return chartNameSizes(items.map((e) => seatGroup(e, layout)));
}

/** An item's seated names where they sit on paper, for fitting and drawing them alike. */
function seatGroup(entry: SeatingItem, layout: ChartLayout): SeatGroup {
  const kind = canvasKind(entry.item);
  const round = kind.outline(entry.item) === 'circle';
  return {
    seats: entry.seats.flatMap((s) => {
      if (!s.person || s.x === undefined || s.y === undefined) return [];
      const tag = kind.seatTag?.(entry.item, s.label);
      return [{ name: s.person.name, at: layout.toPage({ x: s.x, y: s.y }), ...(tag ? { tag } : {}) }];
    }),
    pitch: nearestPitch(
      entry.seats.flatMap((s) => (s.x !== undefined && s.y !== undefined ? [layout.toPage({ x: s.x, y: s.y })] : [])),
    ),
    main: entry.main,
    ...(round ? { centre: layout.toPage(entry.item) } : {}),
  };
}

/** A name's pill with its centre in world metres (pills keep their shape on every page at one scale), and the seat's number. */
export type PlacedSeat = PlacedName & { world: { x: number; y: number }; tag?: string };

const seatKey = (itemId: string, label: string) => `${itemId}\u0000${label}`;

/** Every seated name set once at the chart's scale, by item and seat: every page of the chart draws these. */
function placeNames(items: SeatingItem[], layout: ChartLayout, names: ChartNameSizes): Map<string, PlacedSeat> {
  const placed = new Map<string, PlacedSeat>();
  for (const entry of items) {
    const group = seatGroup(entry, layout);
    const size = entry.main ? names.main : names.size;
    const seated = entry.seats.filter((s) => s.person && s.x !== undefined && s.y !== undefined);
    group.seats.forEach((seat, i) => {
      const pill = placeSeat(group, seat, size);
      placed.set(seatKey(entry.item.id, seated[i]!.label), {
        ...pill,
        world: layout.toWorld(pill),
        ...(seat.tag ? { tag: seat.tag } : {}),
      });
    });
  }
  return placed;
}

/**
 * The drawing on the smallest paper where every name is legible: A4, else A3 (either way round, at
 * the largest standard scale); else split over A4 pages at the largest scale where the names are.
 */
export function chartModel(plan: Plan, scene: Scene, underlay?: PrintedUnderlay): ChartModel {
  const items = seatingItems(plan, scene);
  const boxes = [...scene.items.map((i) => itemBounds(i, scene)), ...[underlayWorld(underlay)].filter((b) => !!b)];
  const bounds = boxes.length ? union(boxes) : { x0: -1, y0: -1, x1: 1, y1: 1 };
  // Room for the names that stick out past the seats and for the door label.
  const pad = 0.6;
  const world = { x0: bounds.x0 - pad, y0: bounds.y0 - pad, x1: bounds.x1 + pad, y1: bounds.y1 + pad };
  const under = underlay ? { underlay } : {};
  const legible = (l: ChartLayout) => nameSizesAt(items, l).legible;
  const single = chooseLayout(world, legible);
  if (single) {
    const names = nameSizesAt(items, single);
    return { plan, scene, items, layout: single, names, placed: placeNames(items, single, names), world, ...under };
  }
  // Legibility depends on the scale alone: found on any sheet, then tiled.
  const probe = sheetOf('A4', 'portrait');
  const scale = legibleScale(world, legible, probe) ?? 20;
  const atScale = layoutAt(probe, scale, boxCentre(world));
  const names = nameSizesAt(items, atScale);
  const placed = placeNames(items, atScale, names);
  const pills = [...placed.values()];
  // The overlap: room for the widest or tallest name, so a name at a page's edge is whole on the next.
  const overlap = Math.max(12, Math.ceil(Math.max(0, ...pills.map((p) => Math.max(p.w, p.h))) + 4));
  // A page is printed when its core holds the centre of a name (then the name is whole on it: the
  // overlap is wider than any name) or an empty seat of a table or hall someone sits at; not for
  // bare walls, a table nobody sits at, or a door alone (a talks table's door 6 m away took a page
  // of its own): the key map shows where they are.
  const marks = [
    ...pills.map((p) => p.world),
    ...items
      .filter((e) => e.seats.some((s) => s.person))
      .flatMap((e) => e.seats.flatMap((s) => (!s.person && s.x !== undefined && s.y !== undefined ? [{ x: s.x, y: s.y }] : []))),
  ];
  const shows = (core: Box) => marks.some((p) => p.x >= core.x0 && p.x <= core.x1 && p.y >= core.y0 && p.y <= core.y1);
  const tiled = tileChart(world, scale, overlap, shows);
  const first = tiled.tiles[0]!.layout;
  return { plan, scene, items, layout: first, names, placed, world, tiled: { ...tiled, key: fit(world, first.sheet) }, ...under };
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
  const frame = itemFrame(item, scene);
  const seats = (entry?.seats ?? []).flatMap((s) =>
    s.x !== undefined && s.y !== undefined ? [{ label: s.label, ...toLocal(item, frame.rotation, { x: s.x, y: s.y }) }] : [],
  );
  return canvasKind(item).chart({
    item,
    frame,
    at: layout.toPage(item),
    k: layout.mm(1),
    number: entry?.number,
    main: entry?.main ?? false,
    lang,
    seats,
  });
}

/** The part of the page a layout draws on: all of it, or a tile's drawing area. */
type Visible = (box: Box) => boolean;

const pillBox = (p: PlacedName): Box => ({ x0: p.x - p.w / 2, y0: p.y - p.h / 2, x1: p.x + p.w / 2, y1: p.y + p.h / 2 });

function Seats({
  entry,
  layout,
  model,
  visible,
}: {
  entry: SeatingItem;
  layout: ChartLayout;
  model: ChartModel;
  visible: Visible;
}) {
  const size = entry.main ? model.names.main : model.names.size;
  const kind = canvasKind(entry.item);
  return (
    <>
      {entry.seats.map((s) => {
        if (s.x === undefined || s.y === undefined) return null;
        if (!s.person) {
          const p = layout.toPage({ x: s.x, y: s.y });
          if (!visible({ x0: p.x - 2, y0: p.y - 2, x1: p.x + 2, y1: p.y + 2 })) return null;
          const tag = kind.seatTag?.(entry.item, s.label);
          return <EmptySeat key={s.label} x={p.x} y={p.y} tag={tag} size={model.names.size * TAG_SCALE} />;
        }
        const placed = model.placed.get(seatKey(entry.item.id, s.label))!;
        const pill = { ...placed, ...layout.toPage(placed.world) };
        if (!visible(pillBox(pill))) return null;
        return (
          <SeatName key={s.label} pill={pill} tag={placed.tag} person={s.person} size={size} bold={!!s.role} label={s.label} />
        );
      })}
    </>
  );
}

/** An empty seat: a small circle, with its number where the chart numbers seats. */
function EmptySeat({ x, y, tag, size }: { x: number; y: number; tag: string | undefined; size: number }) {
  return (
    <g>
      <circle cx={n(x)} cy={n(y)} r={tag ? n(size * 0.75) : 1.2} fill="#fff" stroke="#999" strokeWidth={0.25} />
      {tag ? (
        <text x={n(x)} y={n(y)} fontSize={n(size * 0.8)} fill="#666" textAnchor="middle" dominantBaseline="central">
          {tag}
        </text>
      ) : null}
    </g>
  );
}

interface SeatNameProps {
  pill: PlacedName;
  tag: string | undefined;
  person: Person;
  size: number;
  bold: boolean;
  label: string;
}

function SeatName({ pill, tag, person, size, bold, label }: SeatNameProps) {
  const { lines, x, y, w, h } = pill;
  const tagH = tag ? size * TAG_SCALE * LINE_HEIGHT : 0;
  // The name's lines centred in the pill below the seat's number.
  const nameY = y + tagH / 2;
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
      {tag ? (
        <text
          x={n(x)}
          y={n(y - h / 2 + size * 0.125 + tagH / 2)}
          fontSize={n(size * TAG_SCALE)}
          fill="#555"
          textAnchor="middle"
          dominantBaseline="central"
          data-seat-number={tag}
        >
          {tag}
        </text>
      ) : null}
      {lines.map((line, i) => (
        <text
          key={i}
          x={n(x)}
          y={n(nameY + (i - (lines.length - 1) / 2) * size * LINE_HEIGHT)}
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
  // The right-hand note beside the title when both fit (bold set about 5% wider), else on the
  // line below it: a key map's long title and note ran into each other on A4 portrait.
  const beside = 6 * 1.05 * heiEmWidth(title) + 4 + 3.4 * heiEmWidth(right) <= w - 2 * CHART_MARGIN;
  return (
    <g className="chart-head">
      <text x={CHART_MARGIN} y={y + 6} fontSize={6} fontWeight={700}>
        {title}
      </text>
      <text x={CHART_MARGIN} y={y + 11.5} fontSize={3.2} fill="#333">
        {meta}
      </text>
      <text x={w - CHART_MARGIN} y={y + (beside ? 6 : 11.5)} fontSize={beside ? 3.4 : 3.2} textAnchor="end">
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

/** A scene's sheet heading: plan · scene · what the sheet is. */
export function sheetTitle(plan: Plan, scene: Scene, title: string): string {
  return `${plan.name} · ${scene.name} · ${title}`;
}

/** A sheet of the chart: the <svg> sized in mm with the header, the drawing, the legend and the scale bar. */
function Sheet({
  model,
  layout,
  lang,
  title,
  right,
  children,
}: {
  model: ChartModel;
  layout: ChartLayout;
  lang: Lang;
  title: string;
  right: string;
  children: ReactNode;
}) {
  const { plan, items } = model;
  const { w, h } = layout.sheet;
  const seated = items.flatMap((e) => e.seats.filter((s) => s.person).map((s) => s.person!.side));
  const sides = (['host', 'guest', 'staff'] as const).filter((s) => seated.includes(s));
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
      {model.underlay ? <UnderlayImage printed={model.underlay} layout={layout} /> : null}
      <Header w={w} title={title} meta={planMeta(plan)} right={right} />
      {children}
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

/** Every item's body where it shows, then the seats on top, so no table hides a name. */
function Drawing({
  model,
  layout,
  lang,
  visible,
  names = true,
}: {
  model: ChartModel;
  layout: ChartLayout;
  lang: Lang;
  visible: Visible;
  names?: boolean;
}) {
  const { scene, items } = model;
  const byId = new Map(items.map((e) => [e.item.id, e]));
  const pageBox = (b: Box): Box => {
    const a = layout.toPage({ x: b.x0, y: b.y0 });
    const z = layout.toPage({ x: b.x1, y: b.y1 });
    return { x0: a.x, y0: a.y, x1: z.x, y1: z.y };
  };
  return (
    <>
      {scene.items
        .filter((item) => visible(pageBox(itemBounds(item, scene))))
        .map((item) => (
          <Body
            key={item.id}
            item={item}
            scene={scene}
            layout={layout}
            lang={lang}
            {...(byId.get(item.id) ? { entry: byId.get(item.id)! } : {})}
          />
        ))}
      {names ? items.map((e) => <Seats key={e.item.id} entry={e} layout={layout} model={model} visible={visible} />) : null}
    </>
  );
}

const everywhere: Visible = () => true;

/** The chart on one sheet. */
export function ChartSvg({ model, lang, title }: { model: ChartModel; lang: Lang; title: string }) {
  const { plan, scene, layout } = model;
  const count = model.items.reduce((sum, e) => sum + e.seats.filter((s) => s.person).length, 0);
  return (
    <Sheet
      model={model}
      layout={layout}
      lang={lang}
      title={sheetTitle(plan, scene, title)}
      right={`${translate(lang, 'print.seated', { n: count })}   ${layout.sheet.paper}`}
    >
      <Drawing model={model} layout={layout} lang={lang} visible={everywhere} />
    </Sheet>
  );
}

/**
 * One page of a split chart: its window of the hall clipped to the drawing area, the bands it
 * shares with its neighbours marked, and each neighbour's label at that edge.
 */
function TileSvg({
  model,
  tiled,
  tile,
  lang,
  title,
}: {
  model: ChartModel;
  tiled: TiledChart;
  tile: Tile;
  lang: Lang;
  title: string;
}) {
  const { plan, scene } = model;
  const { layout } = tile;
  const { area } = layout;
  const clip = `chart-tile-${tile.label}`;
  return (
    <Sheet
      model={model}
      layout={layout}
      lang={lang}
      title={sheetTitle(plan, scene, title)}
      right={translate(lang, 'print.tiles.page', { label: tile.label, n: tiled.tiles.length })}
    >
      <defs>
        <clipPath id={clip}>
          <rect x={n(area.x0)} y={n(area.y0)} width={n(area.x1 - area.x0)} height={n(area.y1 - area.y0)} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>
        <Drawing model={model} layout={layout} lang={lang} visible={(b) => overlaps(b, area)} />
      </g>
      <rect
        x={n(area.x0)}
        y={n(area.y0)}
        width={n(area.x1 - area.x0)}
        height={n(area.y1 - area.y0)}
        fill="none"
        stroke="#000"
        strokeWidth={0.2}
      />
      {neighbours(tiled, tile).map(({ side, tile: next }) => (
        <OverlapMarks key={side} side={side} area={area} overlap={tiled.overlap} next={next.label} w={layout.sheet.w} />
      ))}
    </Sheet>
  );
}

type Edge = 'top' | 'right' | 'bottom' | 'left';

/**
 * Where this page and the next share a band: the band's inner edge dashed, a registration cross at
 * each end of the band's middle line (the same place of the hall on both pages: lay one page over
 * the other until the crosses meet), and the next page's label in the margin.
 */
function OverlapMarks({ side, area, overlap, next, w }: { side: Edge; area: Box; overlap: number; next: string; w: number }) {
  const across = side === 'left' || side === 'right';
  const inward = { left: 1, right: -1, top: 1, bottom: -1 }[side];
  const outer = { left: area.x0, right: area.x1, top: area.y0, bottom: area.y1 }[side];
  const edge = outer + inward * overlap;
  const middle = outer + (inward * overlap) / 2;
  const ends = across ? [area.y0 + overlap / 2, area.y1 - overlap / 2] : [area.x0 + overlap / 2, area.x1 - overlap / 2];
  const at = (along: number) => (across ? { x: middle, y: along } : { x: along, y: middle });
  const line = across ? { x1: edge, x2: edge, y1: area.y0, y2: area.y1 } : { x1: area.x0, x2: area.x1, y1: edge, y2: edge };
  const label = {
    left: { x: CHART_MARGIN / 2, y: (area.y0 + area.y1) / 2, rotate: -90 },
    right: { x: w - CHART_MARGIN / 2, y: (area.y0 + area.y1) / 2, rotate: 90 },
    top: { x: w / 2, y: CHART_MARGIN + 11.5, rotate: 0 },
    bottom: { x: w / 2, y: area.y1 + 1.6, rotate: 0 },
  }[side];
  const arrow = { left: '◀', right: '▶', top: '▲', bottom: '▼' }[side];
  return (
    <g data-overlap={side} data-next={next}>
      <line {...line} stroke="#888" strokeWidth={0.2} strokeDasharray="1.5 1" />
      {ends.map((along, i) => {
        const c = at(along);
        return (
          <g key={i} data-overlap-mark={next}>
            <circle cx={n(c.x)} cy={n(c.y)} r={1.6} fill="none" stroke="#000" strokeWidth={0.2} />
            <path
              d={`M ${n(c.x - 2.6)} ${n(c.y)} H ${n(c.x + 2.6)} M ${n(c.x)} ${n(c.y - 2.6)} V ${n(c.y + 2.6)}`}
              stroke="#000"
              strokeWidth={0.2}
            />
          </g>
        );
      })}
      <text
        x={n(label.x)}
        y={n(label.y)}
        fontSize={side === 'bottom' ? 2.4 : 3.2}
        textAnchor="middle"
        dominantBaseline="central"
        transform={label.rotate ? `rotate(${label.rotate} ${n(label.x)} ${n(label.y)})` : undefined}
      >
        {`${arrow} ${next}`}
      </text>
    </g>
  );
}

/** The key map: the whole hall without names on one page, each page's window outlined and labelled. */
function KeyMapSvg({
  model,
  tiled,
  lang,
  title,
}: {
  model: ChartModel;
  tiled: TiledChart & { key: ChartLayout };
  lang: Lang;
  title: string;
}) {
  const { plan, scene } = model;
  const layout = tiled.key;
  return (
    <Sheet
      model={model}
      layout={layout}
      lang={lang}
      title={sheetTitle(plan, scene, `${title} · ${translate(lang, 'print.tiles.key')}`)}
      right={translate(lang, 'print.tiles.keyNote', {
        n: tiled.tiles.length,
        paper: tiled.tiles[0]!.layout.sheet.paper,
        mm: tiled.overlap,
      })}
    >
      <Drawing model={model} layout={layout} lang={lang} visible={everywhere} names={false} />
      {tiled.tiles.map((t) => {
        const a = layout.toPage({ x: t.window.x0, y: t.window.y0 });
        const z = layout.toPage({ x: t.window.x1, y: t.window.y1 });
        // The label large and faint in the middle of the page's own part, so the tables and
        // numbers under it still read through it (at the corner it sat on the neighbour's overlap).
        const size = Math.min(14, (z.x - a.x) / 3, (z.y - a.y) / 3);
        return (
          <g key={t.label} data-key-tile={t.label}>
            <rect
              x={n(a.x)}
              y={n(a.y)}
              width={n(z.x - a.x)}
              height={n(z.y - a.y)}
              fill="#3b7dd8"
              fillOpacity={0.05}
              stroke="#3b7dd8"
              strokeWidth={0.4}
              strokeDasharray="3 1.5"
            />
            <text
              x={n((a.x + z.x) / 2)}
              y={n((a.y + z.y) / 2)}
              fontSize={n(size)}
              fontWeight={700}
              fill="#3b7dd8"
              fillOpacity={0.3}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {t.label}
            </text>
          </g>
        );
      })}
    </Sheet>
  );
}

const page = (sheet: { w: number; h: number }, key: string, svg: ReactNode) => (
  <section key={key} className="sheet chart" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
    {svg}
  </section>
);

/** The chart's pages: one sheet, or the tiles of a split chart row by row and then the key map. */
export function ChartPage({ model, lang, title }: { model: ChartModel; lang: Lang; title: string }) {
  const { tiled } = model;
  if (!tiled) return page(model.layout.sheet, 'chart', <ChartSvg model={model} lang={lang} title={title} />);
  const sheet = model.layout.sheet;
  return (
    <>
      {tiled.tiles.map((tile) =>
        page(sheet, tile.label, <TileSvg model={model} tiled={tiled} tile={tile} lang={lang} title={title} />),
      )}
      {page(sheet, 'key', <KeyMapSvg model={model} tiled={tiled} lang={lang} title={title} />)}
    </>
  );
}
