/** 主席台: rows of seats on a platform behind a desk, with an optional lectern aside. */
import { ROWS_TEXT_MAX, rostrum as spec } from '../../../../shared/kinds/rostrum';
import { CheckField, TextField } from '../../editor/fields';
import { INK, TABLE_FILL, outline } from '../shapes/common';
import { rect } from '../shapes/paint';
import { namedBoxChart } from './chart-parts';
import type { CanvasKind } from './types';

export const rostrum: CanvasKind<'rostrum'> = {
  draw(ctx, { item, frame, selected }) {
    const { x0, x1 } = frame.box;
    const half = (Math.max(1, ...item.rows) * 0.7) / 2 + 0.3;
    // The platform behind the desk, the desk in front of the first row, the lectern aside.
    rect(ctx, x0, -half, x1 - x0, half * 2, { fill: '#f6eedd', ...outline(selected, 0.03) });
    rect(ctx, 0.35, -half + 0.1, 0.45, half * 2 - 0.2, { fill: TABLE_FILL, stroke: INK, width: 0.03 });
    if (item.lectern) rect(ctx, 0.2, half + 0.3, 0.6, 0.5, { fill: '#efe2c6', stroke: INK, width: 0.03 });
  },
  caption: (_item, _frame, t) => ({ text: t('kind.rostrum'), at: { x: 1.25, y: 0 }, size: 0.3 }),
  resize: null,
  Fields: ({ item, t, commit }) => (
    <>
      <TextField
        t={t}
        name="rostrum-rows"
        label={t('inspector.rows')}
        value={item.rows.join(', ')}
        max={ROWS_TEXT_MAX}
        onCommit={(text) => {
          const rows = text
            .split(/[,，\s]+/)
            .filter(Boolean)
            .map(Number);
          // The kind's own schema decides: how many rows, and how many seats a row may have.
          if (spec.schema.shape.rows.safeParse(rows).success) commit({ rows });
        }}
      />
      <CheckField
        name="lectern"
        label={t('inspector.lectern')}
        value={item.lectern}
        onCommit={(lectern) => commit({ lectern })}
      />
    </>
  ),
  chart: namedBoxChart,
  outline: () => 'box',
  inspectWhenAlone: false,
};
