/** 会见: armchairs in a U (from the engine's seats), tea tables between them, on a rug. */
import { reception as spec } from '../../../../shared/kinds/reception';
import { NumberField } from '../../editor/fields';
import { INK, TABLE_FILL, outline } from '../shapes/common';
import { frameRect, rect } from '../shapes/paint';
import { namedBoxChart } from './chart-parts';
import type { CanvasKind } from './types';

export const reception: CanvasKind<'reception'> = {
  draw(ctx, { frame, selected, seats }) {
    const at = new Map(seats.map((s) => [s.label, s]));
    const teaTables: { x: number; y: number }[] = [];
    const left = at.get('E-left');
    const right = at.get('E-right');
    if (left && right) teaTables.push({ x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 });
    for (const wall of ['E-left', 'E-right']) {
      for (let i = 1; at.has(`${wall}-${i + 1}`); i += 2) {
        const a = at.get(`${wall}-${i}`)!;
        const b = at.get(`${wall}-${i + 1}`)!;
        teaTables.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      }
    }
    frameRect(ctx, frame.box, { fill: 'rgba(239,226,198,0.35)', ...outline(selected, 0.03) }, 0.2);
    // Armchairs for the principals and their escorts; back-row seats (-B1 …) are plain chairs.
    for (const s of seats) {
      if (/-B\d+$/.test(s.label)) continue;
      ctx.save();
      ctx.translate(s.x, s.y);
      ctx.rotate((s.facing * Math.PI) / 180);
      rect(ctx, -0.4, -0.4, 0.8, 0.8, { fill: '#efe2c6', stroke: INK, width: 0.02 }, 0.12);
      ctx.restore();
    }
    for (const p of teaTables) rect(ctx, p.x - 0.22, p.y - 0.22, 0.44, 0.44, { fill: TABLE_FILL, stroke: INK, width: 0.02 });
  },
  caption: () => null,
  resize: null,
  Fields: ({ item, t, commit }) => (
    <>
      <NumberField
        {...spec.limits.perSide}
        name="per-side"
        label={t('inspector.perSide')}
        value={item.perSide}
        onCommit={(perSide) => commit({ perSide })}
      />
      {/* Interpreters, note-takers and staff sit here (RULES.md §4); 0 = no second row. */}
      <NumberField
        {...spec.limits.backRow}
        name="back-row"
        label={t('inspector.backRow')}
        value={item.backRow ?? 2}
        onCommit={(backRow) => commit({ backRow })}
      />
    </>
  ),
  chart: namedBoxChart,
  outline: () => 'box',
  inspectWhenAlone: false,
};
