/** 会谈桌: a long table with the centre line between the two delegations. */
import { talksTable as spec } from '../../../../shared/kinds/talks-table';
import { INK, TABLE_FILL, outline } from '../shapes/common';
import { frameRect, line } from '../shapes/paint';
import { boxTableChart } from './chart-parts';
import { SeatsPerSideField } from './table-parts';
import type { CanvasKind } from './types';

export const talksTable: CanvasKind<'talks-table'> = {
  draw(ctx, { frame, selected }) {
    const { x0, x1 } = frame.box;
    frameRect(ctx, frame.box, { fill: TABLE_FILL, ...outline(selected) }, 0.3);
    line(ctx, [x0 + 0.3, 0, x1 - 0.3, 0], { stroke: INK, width: 0.015, dash: [0.1, 0.08] });
  },
  caption: (_item, _frame, t) => ({ text: t('kind.talks-table'), at: { x: 0, y: 0 }, size: 0.22 }),
  resize: null,
  Fields: (props) => <SeatsPerSideField {...props} limit={spec.limits.seatsPerSide} />,
  chart: boxTableChart,
  outline: () => 'box',
  inspectWhenAlone: false,
};
