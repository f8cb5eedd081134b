/** 门: the way in. Its rotation points into the room; the engine reads honour from it. */
import { door as spec } from '../../../../shared/kinds/door';
import { translate } from '../../../../shared/i18n/translate';
import { NumberField } from '../../editor/fields';
import { INK, INK_SELECTED } from '../shapes/common';
import { arrow, line, quarterArc } from '../shapes/paint';
import { n, turned } from './chart-parts';
import { scaledSize } from './resize-parts';
import type { CanvasKind } from './types';

export const door: CanvasKind<'door'> = {
  /** The leaf across the opening, its swing, and an arrow pointing into the room. */
  draw(ctx, { item, selected }) {
    const w = item.width;
    const colour = selected ? INK_SELECTED : '#7a5c2e';
    line(ctx, [0, -w / 2, 0, w / 2], { stroke: colour, width: 0.14 });
    quarterArc(ctx, 0, -w / 2, w * 0.5, { stroke: INK, width: 0.015, dash: [0.06, 0.05] });
    arrow(ctx, 0.1, 0, 1.15, 0, colour, 0.07, 0.28);
  },
  caption: (_item, _frame, t) => ({ text: t('canvas.door'), at: { x: -0.55, y: 0 }, size: 0.3 }),
  resize: {
    anchors: ['top-center', 'bottom-center'],
    keepRatio: false,
    patch: (item, _ax, ay) => ({ width: scaledSize(item.width, ay, spec.limits.width) }),
  },
  Fields: ({ item, t, commit }) => (
    <NumberField
      {...spec.limits.width}
      name="door-width"
      label={t('inspector.doorWidth')}
      value={item.width}
      step={0.1}
      onCommit={(width) => commit({ width })}
    />
  ),
  chart(p) {
    const w = (p.item.width / 2) * p.k;
    return turned(
      p,
      <>
        <line x1={0} y1={n(-w)} x2={0} y2={n(w)} stroke="#000" strokeWidth={1.6} />
        <path
          d={`M ${n(2)} 0 L ${n(9)} 0 M ${n(6)} -2.2 L ${n(9)} 0 L ${n(6)} 2.2`}
          fill="none"
          stroke="#000"
          strokeWidth={0.5}
        />
        <text
          x={n(-2.5)}
          y={0}
          fontSize={3.2}
          textAnchor="middle"
          dominantBaseline="central"
          transform={`rotate(${n(-p.frame.rotation)} ${n(-2.5)} 0)`}
        >
          {translate(p.lang, 'print.door')}
        </text>
      </>,
    );
  },
  outline: () => 'box',
  inspectWhenAlone: false,
  rotationLabel: 'inspector.doorInto',
};
