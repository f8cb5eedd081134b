/** 长桌 / 主桌: a long banquet table, optionally the head table seated on one side. */
import { longTable as spec } from '../../../../shared/kinds/long-table';
import { CheckField, NumberField } from '../../editor/fields';
import { INK, TABLE_FILL, outline } from '../shapes/common';
import { frameRect, rect } from '../shapes/paint';
import { boxTableChart } from './chart-parts';
import { ALL_ANCHORS, scaledSize } from './resize-parts';
import { SeatsPerSideField, TableNumberFields, tableCaption } from './table-parts';
import type { CanvasKind } from './types';

export const longTable: CanvasKind<'long-table'> = {
  draw(ctx, { item, frame, selected }) {
    const { x0, y0, x1, y1 } = frame.box;
    frameRect(ctx, frame.box, { fill: TABLE_FILL, ...outline(selected) }, 0.05);
    if (item.main) rect(ctx, x0 + 0.08, y0 + 0.08, x1 - x0 - 0.16, y1 - y0 - 0.16, { stroke: INK, width: 0.02 });
  },
  caption: (item, _frame, t) => tableCaption(item, t('kind.long-table'), Math.min(0.3, item.width * 0.35), t),
  resize: {
    anchors: ALL_ANCHORS,
    keepRatio: false,
    patch: (item, ax, ay) => ({
      length: scaledSize(item.length, ax, spec.limits.length),
      width: scaledSize(item.width, ay, spec.limits.width),
    }),
  },
  Fields: ({ item, t, commit }) => (
    <>
      <SeatsPerSideField item={item} t={t} commit={commit} limit={spec.limits.seatsPerSide} />
      <CheckField
        name="end-seats"
        label={t('inspector.endSeats')}
        value={item.endSeats > 0}
        onCommit={(on) => commit({ endSeats: on ? 1 : 0 })}
      />
      <CheckField name="head" label={t('inspector.headTable')} value={!!item.head} onCommit={(head) => commit({ head })} />
      <NumberField
        {...spec.limits.length}
        name="length"
        label={t('inspector.length')}
        value={item.length}
        step={0.1}
        onCommit={(length) => commit({ length })}
      />
      <NumberField
        {...spec.limits.width}
        name="width"
        label={t('inspector.width')}
        value={item.width}
        step={0.1}
        onCommit={(width) => commit({ width })}
      />
      <TableNumberFields item={item} t={t} commit={commit} />
    </>
  ),
  chart: boxTableChart,
  outline: () => 'box',
  inspectWhenAlone: false,
};
