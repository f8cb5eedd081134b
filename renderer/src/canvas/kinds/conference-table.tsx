/** 会议桌: the meeting room's table, seats along both sides. */
import { conferenceTable as spec } from '../../../../shared/kinds/conference-table';
import { TABLE_FILL, outline } from '../shapes/common';
import { frameRect } from '../shapes/paint';
import { boxTableChart } from './chart-parts';
import { SeatsPerSideField } from './table-parts';
import type { CanvasKind } from './types';

export const conferenceTable: CanvasKind<'conference-table'> = {
  draw(ctx, { frame, selected }) {
    frameRect(ctx, frame.box, { fill: TABLE_FILL, ...outline(selected) }, 0.15);
  },
  caption: (_item, _frame, t) => ({ text: t('kind.conference-table'), at: { x: 0, y: 0 }, size: 0.22 }),
  resize: null,
  Fields: (props) => <SeatsPerSideField {...props} limit={spec.limits.seatsPerSide} />,
  chart: boxTableChart,
  outline: () => 'box',
  inspectWhenAlone: false,
};
