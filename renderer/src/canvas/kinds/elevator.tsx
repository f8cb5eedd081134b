/** 电梯: seen from above, its x axis pointing from its door to the back wall. */
import { ElevatorOrders } from '../../editor/ElevatorOrders';
import { CheckField, SelectField } from '../../editor/fields';
import { INK, outline } from '../shapes/common';
import { circle, frameRect, line, rect } from '../shapes/paint';
import { namedBoxChart } from './chart-parts';
import type { CanvasKind } from './types';

export const elevator: CanvasKind<'elevator'> = {
  draw(ctx, { item, frame, selected }) {
    const { x0, y0, x1, y1 } = frame.box;
    // E-left is negative y in this frame (the left hand of someone walking in along +x).
    const panelY = item.panel === 'front-left' ? y0 + 0.12 : y1 - 0.42;
    frameRect(ctx, frame.box, { fill: '#f1eee8' });
    line(ctx, [x0, y0 + 0.45, x0, y0, x1, y0, x1, y1, x0, y1, x0, y1 - 0.45], outline(selected, 0.06));
    line(ctx, [x0 - 0.12, y0 + 0.45, x0 - 0.12, y1 - 0.45], { stroke: INK, width: 0.02, dash: [0.08, 0.06] });
    rect(ctx, x0 + 0.05, panelY, 0.12, 0.3, { fill: '#3c3c3c' });
    if (item.attendant)
      circle(ctx, x0 + 0.45, item.panel === 'front-left' ? y0 + 0.35 : y1 - 0.35, 0.16, {
        fill: '#d9d2c3',
        stroke: INK,
        width: 0.02,
      });
  },
  caption: (_item, frame, t) => ({ text: t('kind.elevator'), at: { x: frame.box.x1 + 0.4, y: 0 }, size: 0.28 }),
  resize: null,
  Fields: ({ item, t, commit }) => (
    <>
      <SelectField
        name="panel"
        label={t('inspector.panel')}
        value={item.panel}
        options={[
          { value: 'front-left', label: t('inspector.panelLeft') },
          { value: 'front-right', label: t('inspector.panelRight') },
        ]}
        onCommit={(panel) => commit({ panel })}
      />
      <CheckField
        name="attendant"
        label={t('inspector.attendant')}
        value={item.attendant}
        onCommit={(attendant) => commit({ attendant })}
      />
    </>
  ),
  Details: ElevatorOrders,
  chart: namedBoxChart,
  outline: () => 'box',
  // The order is what an officer looks for in an elevator scene: shown without selecting it first.
  inspectWhenAlone: true,
};
