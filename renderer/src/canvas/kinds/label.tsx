/** 文字: free text on the plan (a room name, "入口" …). */
import { label as spec } from '../../../../shared/kinds/label';
import { TextField } from '../../editor/fields';
import { LABEL_FONT } from '../item-frame';
import { INK_SELECTED, TEXT } from '../shapes/common';
import { frameRect, text } from '../shapes/paint';
import { n } from './chart-parts';
import type { CanvasKind } from './types';

export const label: CanvasKind<'label'> = {
  draw(ctx, { item, frame, selected }) {
    const { x0, x1 } = frame.box;
    if (selected) frameRect(ctx, frame.box, { stroke: INK_SELECTED, width: 0.03, dash: [0.1, 0.06] });
    text(ctx, item.text, (x0 + x1) / 2, 0, LABEL_FONT, TEXT);
  },
  caption: () => null,
  resize: null,
  Fields: ({ item, t, commit }) => (
    <TextField
      t={t}
      name="label-text"
      label={t('inspector.text')}
      value={item.text}
      max={spec.textLimits.text}
      onCommit={(text) => commit({ text })}
    />
  ),
  chart: ({ item, at, k }) => (
    <text
      x={n(at.x)}
      y={n(at.y)}
      fontSize={n(LABEL_FONT * k)}
      textAnchor="middle"
      dominantBaseline="central"
      transform={`rotate(${n(item.rotation)} ${n(at.x)} ${n(at.y)})`}
    >
      {item.text}
    </text>
  ),
  outline: () => 'box',
  inspectWhenAlone: false,
};
