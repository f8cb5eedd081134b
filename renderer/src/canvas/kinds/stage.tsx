/** 舞台 / 屏幕: the x axis points toward the audience; the back edge is drawn heavier. */
import { stage as spec } from '../../../../shared/kinds/stage';
import { translate } from '../../../../shared/i18n/translate';
import { NumberField } from '../../editor/fields';
import { TEXT, outline } from '../shapes/common';
import { frameRect, line } from '../shapes/paint';
import { namedBoxChart } from './chart-parts';
import { ALL_ANCHORS, scaledSize } from './resize-parts';
import type { CanvasKind } from './types';

export const stage: CanvasKind<'stage'> = {
  draw(ctx, { item, frame, selected }) {
    const x0 = frame.box.x0;
    frameRect(ctx, frame.box, { fill: '#eee4d0', ...outline(selected) });
    line(ctx, [x0 + 0.1, -item.width / 2 + 0.3, x0 + 0.1, item.width / 2 - 0.3], { stroke: TEXT, width: 0.12 });
  },
  caption: (_item, _frame, t) => ({ text: t('kind.stage'), at: { x: 0, y: 0 }, size: 0.4 }),
  resize: {
    anchors: ALL_ANCHORS,
    keepRatio: false,
    patch: (item, ax, ay) => ({
      depth: scaledSize(item.depth, ax, spec.limits.depth),
      width: scaledSize(item.width, ay, spec.limits.width),
    }),
  },
  Fields: ({ item, t, commit }) => (
    <>
      <NumberField
        {...spec.limits.width}
        name="stage-width"
        label={t('inspector.width')}
        value={item.width}
        step={0.1}
        onCommit={(width) => commit({ width })}
      />
      <NumberField
        {...spec.limits.depth}
        name="stage-depth"
        label={t('inspector.depth')}
        value={item.depth}
        step={0.1}
        onCommit={(depth) => commit({ depth })}
      />
    </>
  ),
  chart: (p) => namedBoxChart(p, translate(p.lang, 'print.stage'), '#eee'),
  outline: () => 'box',
  inspectWhenAlone: false,
};
