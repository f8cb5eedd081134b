/** 座区: an audience block of rows × columns, facing the stage. */
import { seatBlock as spec } from '../../../../shared/kinds/seat-block';
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
        {...spec.limits.rows}
        name="block-rows"
        label={t('inspector.blockRows')}
        value={item.rows}
        onCommit={(rows) => commit({ rows })}
      />
      <NumberField
        {...spec.limits.cols}
        name="block-cols"
        label={t('inspector.blockCols')}
        value={item.cols}
        onCommit={(cols) => commit({ cols })}
      />
    </>
  ),
  chart: namedBoxChart,
  outline: () => 'box',
  inspectWhenAlone: false,
};
