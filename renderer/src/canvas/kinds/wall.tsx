/** 墙: a straight wall, 20 cm thick. */
import { wall as spec } from '../../../../shared/kinds/wall';
import { NumberField } from '../../editor/fields';
import { INK_SELECTED } from '../shapes/common';
import { frameRect } from '../shapes/paint';
import { n, turned } from './chart-parts';
import { scaledSize } from './resize-parts';
import type { CanvasKind } from './types';

export const wall: CanvasKind<'wall'> = {
  draw(ctx, { frame, selected }) {
    frameRect(ctx, frame.box, { fill: selected ? INK_SELECTED : '#6d6253' });
  },
  caption: () => null,
  resize: {
    anchors: ['middle-left', 'middle-right'],
    keepRatio: false,
    patch: (item, ax) => ({ length: scaledSize(item.length, ax, spec.limits.length) }),
  },
  Fields: ({ item, t, commit }) => (
    <NumberField
      {...spec.limits.length}
      name="wall-length"
      label={t('inspector.length')}
      value={item.length}
      step={0.1}
      onCommit={(length) => commit({ length })}
    />
  ),
  chart: (p) =>
    turned(p, <line x1={n(p.frame.box.x0 * p.k)} y1={0} x2={n(p.frame.box.x1 * p.k)} y2={0} stroke="#000" strokeWidth={1.2} />),
  outline: () => 'box',
  inspectWhenAlone: false,
};
