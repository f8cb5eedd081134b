/** 柱子: a round or square column, drawn grey, so tables are set around it. */
import { pillar as spec } from '../../../../shared/kinds/pillar';
import { NumberField, SelectField } from '../../editor/fields';
import { INK_SELECTED } from '../shapes/common';
import { circle, frameRect } from '../shapes/paint';
import { frameRect as chartRect, n, turned } from './chart-parts';
import { CORNER_ANCHORS, scaledSize } from './resize-parts';
import type { CanvasKind } from './types';

const GREY = '#9e9e9e';

export const pillar: CanvasKind<'pillar'> = {
  draw(ctx, { item, frame, selected }) {
    const ink = { fill: GREY, stroke: selected ? INK_SELECTED : '#616161', width: selected ? 0.06 : 0.03 };
    if (item.shape === 'round') circle(ctx, 0, 0, item.size / 2, ink);
    else frameRect(ctx, frame.box, ink);
  },
  caption: () => null,
  resize: {
    anchors: CORNER_ANCHORS,
    keepRatio: true,
    patch: (item, ax, ay) => ({ size: scaledSize(item.size, Math.max(ax, ay), spec.limits.size) }),
  },
  Fields: ({ item, t, commit }) => (
    <>
      <SelectField
        name="pillar-shape"
        label={t('inspector.pillarShape')}
        value={item.shape}
        options={[
          { value: 'round', label: t('inspector.pillarRound') },
          { value: 'square', label: t('inspector.pillarSquare') },
        ]}
        onCommit={(shape) => commit({ shape })}
      />
      <NumberField
        {...spec.limits.size}
        name="pillar-size"
        label={t('inspector.pillarSize')}
        value={item.size}
        step={0.1}
        onCommit={(size) => commit({ size })}
      />
    </>
  ),
  chart: (p) =>
    p.item.shape === 'round' ? (
      <circle
        cx={n(p.at.x)}
        cy={n(p.at.y)}
        r={n((p.item.size / 2) * p.k)}
        fill="#bbb"
        stroke="#555"
        strokeWidth={0.35}
        data-item={p.item.id}
        data-kind="pillar"
      />
    ) : (
      turned(p, chartRect(p, '#bbb', '#555'))
    ),
  outline: (item) => (item.shape === 'round' ? 'circle' : 'box'),
  inspectWhenAlone: false,
};
