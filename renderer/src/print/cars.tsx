/**
 * The motorcade sheet (乘车安排): per car its number, plate, driver and phone, a schematic of the car
 * seen from above (front at the top) with each passenger in their seat, and the list. Four or so
 * cars per A4 page, never split; a car nobody rides in is left out, and long names and titles wrap.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { isVehicle } from '../../../shared/kinds';
import type { CarItem, Plan, Scene } from '../../../shared/model/types';
import { SIDE_FILL } from './chart';
import { fontStack } from '../../../shared/output/fonts';
import { inItemFrame } from '../../../shared/output/frames';
import {
  blockWidth,
  LIST_BLOCK,
  listRow,
  packHeights,
  whatText,
  type ListRow,
  type Placed,
} from '../../../shared/output/list-pages';
import { ListPages, ListRowView } from './lists';
import { seatingItems, type SeatingItem } from '../../../shared/output/plan-data';
import { itemTitle } from '../../../shared/output/seating-list';
import { emWidth, heiEmWidth } from '../../../shared/output/text-fit';
import { boxNameSize, LINE_HEIGHT, NAME_MIN_MM, nameLines, PILL_PAD } from '../../../shared/output/chart-names';

const SEAT_W = 16;
/** Room for two lines of an 8 pt name above the seat's word. */
const SEAT_H = 10.5;
/** The names' part of a seat, above its word, mm. */
const NAME_H = 7;
/** The widest a seat grows for a long name, mm: three seats across still leave the list its room. */
const SEAT_W_MAX = 28;
/** The largest name in a seat of the schematic, mm (about 9.6 pt). */
const SEAT_NAME_MAX = 3.4;
/** Between the schematic and the list, and round the block's body, mm. */
const INSET = 1.5;
const BETWEEN = 4;
/** The list's seat and name columns, mm; organisation · title takes the rest. */
const COLUMNS = { seat: 16, name: 22 };
const n = (v: number) => +v.toFixed(2);

/** A seat of the schematic, the same for the whole sheet, mm. */
interface SeatBox {
  w: number;
  h: number;
  /** The names' part, above the seat's word. */
  nameH: number;
}

/**
 * The sheet's seat: 16 mm wide with two lines of name, wider (and deeper for a third or fourth
 * line) when a name does not fit so at 8 pt — a double-barrelled Latin name or a long
 * transliterated one ran over its seat's word and out of the box — so no name is set smaller or
 * over its neighbour.
 */
function seatBox(names: string[]): SeatBox {
  const overflows = (w: number) =>
    names.some((name) => Math.max(...nameLines(name, NAME_MIN_MM, w).map(heiEmWidth)) * NAME_MIN_MM > w - PILL_PAD);
  let w = SEAT_W;
  while (w < SEAT_W_MAX && overflows(w)) w++;
  const lines = Math.max(2, ...names.map((name) => nameLines(name, NAME_MIN_MM, w).length));
  const nameH = Math.max(NAME_H, lines * NAME_MIN_MM * LINE_HEIGHT + 0.5);
  return { w, h: SEAT_H - NAME_H + nameH, nameH };
}

/** Who the schematics name: the passengers, and the driver where a chauffeur drives. */
function seatName(car: CarItem, seat: SeatingItem['seats'][number]): string | undefined {
  return seat.person?.name ?? (seat.label === 'D' && car.driver === 'chauffeur' ? car.driverName : undefined);
}

interface CarBlock {
  entry: SeatingItem;
  seat: SeatBox;
  seats: { label: string; x: number; y: number; name?: string; side?: 'host' | 'guest' | 'staff' }[];
  diagramW: number;
  diagramH: number;
  rows: ListRow[];
}

/** Seats on a grid of the car's distinct rows (front first) and columns (left first), not to scale. */
function carBlock(entry: SeatingItem, lang: Lang, blockW: number, seat: SeatBox): { entry: CarBlock; h: number } {
  const car = entry.item as CarItem;
  const local = entry.seats
    .filter((s) => s.x !== undefined && s.y !== undefined)
    .map((s) => ({ s, ...inItemFrame(car, { x: s.x!, y: s.y! }) }));
  const round = (v: number) => Math.round(v * 10) / 10;
  const rows = [...new Set(local.map((l) => round(l.fwd)))].sort((a, b) => b - a);
  const cols = [...new Set(local.map((l) => round(l.right)))].sort((a, b) => a - b);
  const seats = local.map(({ s, fwd, right }) => {
    const name = seatName(car, s);
    return {
      label: s.label,
      x: 4 + seat.w / 2 + cols.indexOf(round(right)) * (seat.w + 2),
      y: 7 + seat.h / 2 + rows.indexOf(round(fwd)) * (seat.h + 3),
      ...(name ? { name } : {}),
      ...(s.person ? { side: s.person.side } : {}),
    };
  });
  const diagramW = 8 + cols.length * (seat.w + 2) - 2;
  const diagramH = 12 + rows.length * (seat.h + 3) - 3;
  const listW = blockW - diagramW - BETWEEN - 2 * INSET;
  const list = entry.seats.map((s) =>
    listRow(s.label, [
      { kind: 'seat', text: seatLabelText(lang, 'car', s.label), w: COLUMNS.seat },
      { kind: 'name', text: s.person?.name ?? (s.label === 'D' ? (car.driverName ?? '') : ''), w: COLUMNS.name },
      {
        kind: 'what',
        text: s.person ? whatText(s.person) : s.label === 'D' ? translate(lang, 'print.driver') : '',
        w: listW - COLUMNS.seat - COLUMNS.name,
      },
    ]),
  );
  const listH = list.reduce((sum, r) => sum + r.h, 0);
  return {
    entry: { entry, seat, seats, diagramW, diagramH, rows: list },
    h: LIST_BLOCK.head + 2 * INSET + Math.max(diagramH, listH) + 1,
  };
}

/** The cars of the scene that carry someone: an empty car gets no block. */
export function carEntries(plan: Plan, scene: Scene): SeatingItem[] {
  return seatingItems(plan, scene).filter((e) => isVehicle(e.item) && e.seats.some((s) => s.person));
}

/** Car blocks one under another, as many to a page as fit, never split. */
export function packCars(entries: SeatingItem[], lang: Lang): Placed<CarBlock>[][] {
  const w = blockWidth(1);
  const seat = seatBox(entries.flatMap((e) => e.seats.flatMap((s) => seatName(e.item as CarItem, s) ?? [])));
  return packHeights(
    entries.map((e) => carBlock(e, lang, w, seat)),
    1,
  );
}

/** One name size for every seat of the sheet's schematics (never under 8 pt; a long name wraps). */
function seatNameSize(blocks: CarBlock[]): number {
  const seat = blocks[0]?.seat ?? seatBox([]);
  return boxNameSize(
    blocks.flatMap((b) => b.seats.flatMap((s) => (s.name ? [s.name] : []))),
    seat.w,
    seat.nameH,
    SEAT_NAME_MAX,
  );
}

function Diagram({ b, lang, size }: { b: CarBlock; lang: Lang; size: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={`${n(b.diagramW)}mm`}
      height={`${n(b.diagramH)}mm`}
      viewBox={`0 0 ${n(b.diagramW)} ${n(b.diagramH)}`}
      fontFamily={fontStack('hei')}
    >
      <rect x={1} y={1} width={n(b.diagramW - 2)} height={n(b.diagramH - 2)} rx={6} fill="none" stroke="#000" strokeWidth={0.4} />
      <path
        d={`M ${n(b.diagramW / 2 - 4)} 4 L ${n(b.diagramW / 2)} 1.5 L ${n(b.diagramW / 2 + 4)} 4`}
        fill="none"
        stroke="#000"
        strokeWidth={0.4}
      />
      {b.seats.map((s) => {
        const { w, h, nameH } = b.seat;
        const top = s.y - h / 2;
        const lines = s.name ? nameLines(s.name, size, w) : [];
        const lineH = size * LINE_HEIGHT;
        const word = seatLabelText(lang, 'car', s.label);
        return (
          <g key={s.label} data-seat={s.label}>
            <rect
              x={n(s.x - w / 2)}
              y={n(top)}
              width={n(w)}
              height={n(h)}
              rx={1.5}
              fill={s.side ? SIDE_FILL[s.side] : '#fff'}
              stroke="#333"
              strokeWidth={0.25}
            />
            <text
              x={n(s.x)}
              y={n(top + nameH / 2 + 0.35 - ((lines.length - 1) * lineH) / 2)}
              fontSize={n(size)}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={n(s.x)} dy={i ? n(lineH) : 0}>
                  {line}
                </tspan>
              ))}
            </text>
            <text
              x={n(s.x)}
              y={n(top + h - 1.65)}
              fontSize={n(Math.min(2, (w - 1) / emWidth(word)))}
              fill="#666"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {word}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function CarsPages({ plan, scene, lang, title }: { plan: Plan; scene: Scene; lang: Lang; title: string }) {
  const pages = packCars(carEntries(plan, scene), lang);
  const size = seatNameSize(pages.flat().map((p) => p.entry));
  return (
    <ListPages
      plan={plan}
      scene={scene}
      lang={lang}
      title={title}
      pages={pages}
      page={(page) =>
        page.map(({ entry: b, x, y, w, h }) => {
          const car = b.entry.item as CarItem;
          const facts = [
            car.plate ? `${translate(lang, 'print.plate')} ${car.plate}` : '',
            car.driverName ? `${translate(lang, 'print.driver')} ${car.driverName}` : '',
            car.driverPhone ? `${translate(lang, 'print.phone')} ${car.driverPhone}` : '',
          ].filter(Boolean);
          return (
            <div
              key={car.id}
              className="list-block car-block"
              data-item={car.id}
              style={{
                position: 'absolute',
                left: `${x}mm`,
                top: `${n(y)}mm`,
                width: `${n(w)}mm`,
                height: `${n(h)}mm`,
                boxSizing: 'border-box',
              }}
            >
              <h2 style={{ height: `${LIST_BLOCK.head}mm`, boxSizing: 'border-box' }}>
                <span>{itemTitle(b.entry, lang)}</span>
                <span>{facts.join('   ')}</span>
              </h2>
              <div style={{ display: 'flex', gap: `${BETWEEN}mm`, padding: `${INSET}mm` }}>
                <Diagram b={b} lang={lang} size={size} />
                <div>
                  {b.rows.map((row) => (
                    <ListRowView key={row.key} row={row} />
                  ))}
                </div>
              </div>
            </div>
          );
        })
      }
    />
  );
}
