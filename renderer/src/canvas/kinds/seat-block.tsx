/** 座区: an audience block of rows × columns, facing the stage. */
import { NumberField } from '../../editor/fields';
import { outline } from '../shapes/common';
import { frameRect } from '../shapes/paint';
import { namedBoxChart } from './chart-parts';
import type { CanvasKind } from './types';

export const seatBlock: CanvasKind<'seat-block'> = {
  draw(ctx, { frame, selected }) {
    frameRect(ctx, frame.box, { fill: 'rgba(246,238,221,0.5)', ...outline(selected, 0.03), dash: [0.15, 0.1] });
  },
  caption: () => null,
  resize: null,
  Fields: ({ item, t, commit }) => (
    <>
      <NumberField
        name="block-rows"
        label={t('inspector.blockRows')}
        value={item.rows}
        min={1}
        max={60}
        integer
        onCommit={(rows) => commit({ rows })}
      />
      <NumberField
        name="block-cols"
        label={t('inspector.blockCols')}
        value={item.cols}
        min={1}
        max={60}
        integer
        onCommit={(cols) => commit({ cols })}
      />
    </>
  ),
  chart: namedBoxChart,
  outline: 'box',
  banquetTable: false,
  inspectWhenAlone: false,
};
