/**
 * The motorcade sheet (乘车安排): per car its number, plate, driver and phone, a schematic of the car
 * seen from above (front at the top) with each passenger in their seat, and the list. Four or so
 * cars per A4 page, never split.
 */
import { translate, type Lang } from '../../../shared/i18n/translate';
import { seatLabelText } from '../../../shared/i18n/seat-labels';
import { isVehicle } from '../../../shared/kinds';
import type { CarItem, Plan, Scene } from '../../../shared/model/types';
import { planMeta, SIDE_FILL } from './chart';
import { fontStack } from '../../../shared/output/fonts';
import { inItemFrame } from '../../../shared/output/frames';
import { sheetOf } from '../../../shared/output/paper';
import { NameCell, SeatCell } from './lists';
import { seatingItems, type SeatingItem } from '../../../shared/output/plan-data';
import { emWidth } from '../../../shared/output/text-fit';

const MARGIN = 12;
const TITLE_H = 18;
const GAP = 5;
const SEAT_W = 16;
const SEAT_H = 9;
const n = (v: number) => +v.toFixed(2);

interface CarBlock {
  entry: SeatingItem;
  seats: { label: string; x: number; y: number; name?: string; side?: 'host' | 'guest' | 'staff' }[];
  diagramW: number;
  diagramH: number;
  h: number;
}

/** Seats on a grid of the car's distinct rows (front first) and columns (left first), not to scale. */
function carBlock(entry: SeatingItem): CarBlock {
  const car = entry.item as CarItem;
  const local = entry.seats
    .filter((s) => s.x !== undefined && s.y !== undefined)
    .map((s) => ({ s, ...inItemFrame(car, { x: s.x!, y: s.y! }) }));
  const round = (v: number) => Math.round(v * 10) / 10;
  const rows = [...new Set(local.map((l) => round(l.fwd)))].sort((a, b) => b - a);
  const cols = [...new Set(local.map((l) => round(l.right)))].sort((a, b) => a - b);
  const seats = local.map(({ s, fwd, right }) => {
    // The driver's seat shows the driver's name when a chauffeur drives.
    const name = s.person?.name ?? (s.label === 'D' && car.driver === 'chauffeur' ? car.driverName : undefined);
    return {
      label: s.label,
      x: 4 + SEAT_W / 2 + cols.indexOf(round(right)) * (SEAT_W + 2),
      y: 7 + SEAT_H / 2 + rows.indexOf(round(fwd)) * (SEAT_H + 3),
      ...(name ? { name } : {}),
      ...(s.person ? { side: s.person.side } : {}),
    };
  });
  const diagramW = 8 + cols.length * (SEAT_W + 2) - 2;
  const diagramH = 12 + rows.length * (SEAT_H + 3) - 3;
  const listH = 8 + entry.seats.length * 5.4;
  return { entry, seats, diagramW, diagramH, h: Math.max(diagramH, listH) + 10 };
}

export function carEntries(plan: Plan, scene: Scene): SeatingItem[] {
  return seatingItems(plan, scene).filter((e) => isVehicle(e.item));
}

export function packCars(entries: SeatingItem[]): CarBlock[][] {
  const sheet = sheetOf('A4', 'portrait');
  const pages: CarBlock[][] = [[]];
  let y = MARGIN + TITLE_H;
  for (const entry of entries) {
    const b = carBlock(entry);
    if (y + b.h > sheet.h - MARGIN && pages.at(-1)!.length) {
      pages.push([]);
      y = MARGIN + TITLE_H;
    }
    pages.at(-1)!.push(b);
    y += b.h + GAP;
  }
  return pages;
}

function Diagram({ b, lang }: { b: CarBlock; lang: Lang }) {
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
        const size = s.name ? Math.min(3.4, (SEAT_W - 2) / Math.max(emWidth(s.name), 2)) : 2.6;
        const word = seatLabelText(lang, 'car', s.label);
        return (
          <g key={s.label} data-seat={s.label}>
            <rect
              x={n(s.x - SEAT_W / 2)}
              y={n(s.y - SEAT_H / 2)}
              width={SEAT_W}
              height={SEAT_H}
              rx={1.5}
              fill={s.side ? SIDE_FILL[s.side] : '#fff'}
              stroke="#333"
              strokeWidth={0.25}
            />
            <text x={n(s.x)} y={n(s.y - 1.2)} fontSize={n(size)} textAnchor="middle" dominantBaseline="central">
              {s.name ?? ''}
            </text>
            <text
              x={n(s.x)}
              y={n(s.y + 2.8)}
              fontSize={n(Math.min(2, (SEAT_W - 1) / emWidth(word)))}
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
  const sheet = sheetOf('A4', 'portrait');
  const pages = packCars(carEntries(plan, scene));
  return (
    <>
      {pages.map((page, i) => {
        let y = MARGIN + TITLE_H;
        return (
          <section key={i} className="sheet list-page" style={{ width: `${sheet.w}mm`, height: `${sheet.h}mm` }}>
            <div className="list-body" style={{ left: `${MARGIN}mm`, top: `${MARGIN}mm`, width: `${sheet.w - 2 * MARGIN}mm` }}>
              <h1>{`${plan.name} · ${scene.name} · ${title}`}</h1>
              <div className="meta">
                {[planMeta(plan), translate(lang, 'print.page', { n: i + 1, total: pages.length })].filter(Boolean).join('  ')}
              </div>
            </div>
            {page.map((b) => {
              const car = b.entry.item as CarItem;
              const top = y;
              y += b.h + GAP;
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
                    left: `${MARGIN}mm`,
                    top: `${top}mm`,
                    width: `${sheet.w - 2 * MARGIN}mm`,
                    height: `${b.h}mm`,
                    boxSizing: 'border-box',
                  }}
                >
                  <h2 style={{ height: '7mm', boxSizing: 'border-box' }}>
                    <span>
                      {b.entry.number !== undefined
                        ? translate(lang, 'print.car', { n: b.entry.number })
                        : translate(lang, 'kind.car')}
                    </span>
                    <span>{facts.join('   ')}</span>
                  </h2>
                  <div style={{ display: 'flex', gap: '4mm', padding: '1.5mm' }}>
                    <Diagram b={b} lang={lang} />
                    <div style={{ flex: '1 1 auto' }}>
                      {b.entry.seats.map((s) => (
                        <div key={s.label} className="list-row" style={{ height: '5.4mm' }}>
                          <SeatCell word={seatLabelText(lang, 'car', s.label)} />
                          <NameCell name={s.person?.name ?? (s.label === 'D' ? car.driverName : undefined)} />
                          <span className="what">
                            {s.person
                              ? [s.person.organisation, s.person.title].filter(Boolean).join(' · ')
                              : s.label === 'D'
                                ? translate(lang, 'print.driver')
                                : ''}
                          </span>
                        </div>
                      ))}
                    </div>
                  </div>
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
