/** 圆桌: the banquet's round table. */
import { roundTable as spec } from '../../../../shared/kinds/round-table';
import { NumberField } from '../../editor/fields';
import { INK, TABLE_FILL, outline } from '../shapes/common';
import { circle } from '../shapes/paint';
import { MAIN_FILL, n, tableNumber } from './chart-parts';
import { CORNER_ANCHORS, scaledSize } from './resize-parts';
import { TableNumberFields, tableCaption } from './table-parts';
import type { CanvasKind } from './types';

export const roundTable: CanvasKind<'round-table'> = {
  draw(ctx, { item, selected }) {
    const r = item.diameter / 2;
    circle(ctx, 0, 0, r, { fill: TABLE_FILL, ...outline(selected) });
    if (item.main) circle(ctx, 0, 0, r - 0.1, { stroke: INK, width: 0.02 });
  },
  caption: (item, _frame, t) => tableCaption(item, t('table.unnumbered'), Math.min(0.32, item.diameter * 0.15), t),
  resize: {
    anchors: CORNER_ANCHORS,
    keepRatio: true,
    patch: (item, ax, ay) => ({ diameter: scaledSize(item.diameter, Math.max(ax, ay), spec.limits.diameter) }),
  },
  Fields: ({ item, t, commit }) => (
    <>
      <NumberField
        {...spec.limits.seats}
        name="table-seats"
        label={t('table.seats')}
        value={item.seats}
        onCommit={(seats) => commit({ seats })}
      />
      <NumberField
        {...spec.limits.diameter}
        name="diameter"
        label={t('inspector.diameter')}
        value={item.diameter}
        step={0.1}
        onCommit={(diameter) => commit({ diameter })}
      />
      <TableNumberFields item={item} t={t} commit={commit} />
    </>
  ),
  chart(p) {
    const r = (p.item.diameter / 2) * p.k;
    return (
      <>
        <circle
          cx={n(p.at.x)}
          cy={n(p.at.y)}
          r={n(r)}
          fill={p.main ? MAIN_FILL : '#fff'}
          stroke="#000"
          strokeWidth={p.main ? 0.6 : 0.35}
          data-item={p.item.id}
        />
        {tableNumber(p, Math.min(r * 0.8, 9))}
      </>
    );
  },
  outline: () => 'circle',
  inspectWhenAlone: true,
  heading: (item, t) => (item.number ? t('table.number', { n: item.number }) : t('table.unnumbered')),
};
