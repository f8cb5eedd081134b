/**
 * Pieces the kinds draw their bodies on the printed seating chart with (print/chart.tsx): SVG in
 * page millimetres, over the same frames the canvas draws in, so the chart matches the editor.
 */
import type { ReactNode } from 'react';
import { translate } from '../../../../shared/i18n/translate';
import type { ChartBodyProps, ItemKind } from './types';

/** Page coordinates are written to 0.01 mm: enough for print, and short markup. */
export const n = (v: number) => +v.toFixed(2);

export const MAIN_FILL = '#fde2a0';

/** Children drawn in the item's frame: at its origin, turned by `rotate` (the frame's rotation). */
export function turned<K extends ItemKind>(p: ChartBodyProps<K>, children: ReactNode, rotate = p.frame.rotation) {
  return (
    <g transform={`translate(${n(p.at.x)} ${n(p.at.y)}) rotate(${n(rotate)})`} data-item={p.item.id} data-kind={p.item.kind}>
      {children}
    </g>
  );
}

/** The frame box as a rectangle, in the item's frame (draw it inside `turned`). */
export function frameRect<K extends ItemKind>(p: ChartBodyProps<K>, fill: string, stroke = '#000', width = 0.35) {
  const { x0, y0, x1, y1 } = p.frame.box;
  return (
    <rect
      x={n(x0 * p.k)}
      y={n(y0 * p.k)}
      width={n((x1 - x0) * p.k)}
      height={n((y1 - y0) * p.k)}
      fill={fill}
      stroke={stroke}
      strokeWidth={width}
    />
  );
}

/** The table number at the item's origin, with "main table" under it; nothing when unnumbered. */
export function tableNumber<K extends ItemKind>(p: ChartBodyProps<K>, size: number) {
  if (p.number === undefined) return null;
  return (
    <g data-table-number={p.number}>
      <text x={n(p.at.x)} y={n(p.at.y)} fontSize={n(size)} fontWeight={700} textAnchor="middle" dominantBaseline="central">
        {p.number}
      </text>
      {p.main ? (
        <text x={n(p.at.x)} y={n(p.at.y + size * 0.85)} fontSize={n(size * 0.38)} textAnchor="middle" dominantBaseline="central">
          {translate(p.lang, 'print.mainTable')}
        </text>
      ) : null}
    </g>
  );
}

/** A rectangular table: its box, heavier and gold when it is the main table, and its number. */
export function boxTableChart<K extends ItemKind>(p: ChartBodyProps<K>) {
  const { y0, y1 } = p.frame.box;
  const size = Math.min((y1 - y0) * p.k * 0.6, 8);
  return (
    <>
      {turned(p, frameRect(p, p.main ? MAIN_FILL : '#fff', '#000', p.main ? 0.6 : 0.35))}
      {tableNumber(p, size)}
    </>
  );
}

/** Furniture the chart does not draw in detail: a grey box with its name in the middle. */
export function namedBoxChart<K extends ItemKind>(
  p: ChartBodyProps<K>,
  label = translate(p.lang, `kind.${p.item.kind}`),
  fill = '#fafafa',
) {
  return (
    <>
      {turned(p, frameRect(p, fill, '#666'))}
      <text x={n(p.at.x)} y={n(p.at.y)} fontSize={3} fill="#555" textAnchor="middle" dominantBaseline="central">
        {label}
      </text>
    </>
  );
}
