/** Room furniture and structure: rostrum, seat blocks, 会见 sofas, door, stage, wall, label. */
import { Arc, Arrow, Line, Rect, Text } from 'react-konva';
import { LABEL_FONT } from '../item-frame';
import { DECOR, INK, INK_SELECTED, TABLE_FILL, TEXT, stroke, boxRect } from './common';
import type { BodyProps } from './types';

export function RostrumBody({ item, frame, selected }: BodyProps<'rostrum'>) {
  const { x0, x1 } = frame.box;
  const half = (Math.max(1, ...item.rows) * 0.7) / 2 + 0.3;
  return (
    <>
      {/* The platform behind the desk, the desk in front of the first row, the lectern aside. */}
      <Rect
        x={x0}
        y={-half}
        width={x1 - x0}
        height={half * 2}
        fill="#f6eedd"
        {...stroke(selected, 0.03)}
        perfectDrawEnabled={false}
      />
      <Rect
        x={0.35}
        y={-half + 0.1}
        width={0.45}
        height={half * 2 - 0.2}
        fill={TABLE_FILL}
        stroke={INK}
        strokeWidth={0.03}
        {...DECOR}
      />
      {item.lectern ? (
        <Rect x={0.2} y={half + 0.3} width={0.6} height={0.5} fill="#efe2c6" stroke={INK} strokeWidth={0.03} {...DECOR} />
      ) : null}
    </>
  );
}

export function SeatBlockBody({ frame, selected }: BodyProps<'seat-block'>) {
  return (
    <Rect
      {...boxRect(frame.box)}
      fill="rgba(246,238,221,0.5)"
      {...stroke(selected, 0.03)}
      dash={[0.15, 0.1]}
      perfectDrawEnabled={false}
    />
  );
}

/** 会见: armchairs in a U (from the engine's seats), tea tables between them, on a rug. */
export function ReceptionBody({ frame, selected, seats }: BodyProps<'reception'>) {
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
  return (
    <>
      <Rect
        {...boxRect(frame.box)}
        fill="rgba(239,226,198,0.35)"
        cornerRadius={0.2}
        {...stroke(selected, 0.03)}
        perfectDrawEnabled={false}
      />
      {seats
        .filter((s) => !/-B\d+$/.test(s.label))
        .map((s) => (
          <Rect
            key={s.label}
            x={s.x}
            y={s.y}
            width={0.8}
            height={0.8}
            offsetX={0.4}
            offsetY={0.4}
            rotation={s.facing}
            cornerRadius={0.12}
            fill="#efe2c6"
            stroke={INK}
            strokeWidth={0.02}
            {...DECOR}
          />
        ))}
      {teaTables.map((p, i) => (
        <Rect
          key={i}
          x={p.x - 0.22}
          y={p.y - 0.22}
          width={0.44}
          height={0.44}
          fill={TABLE_FILL}
          stroke={INK}
          strokeWidth={0.02}
          {...DECOR}
        />
      ))}
    </>
  );
}

/** The door: the leaf across the opening, its swing, and an arrow pointing into the room. */
export function DoorBody({ item, selected }: BodyProps<'door'>) {
  const w = item.width;
  const colour = selected ? INK_SELECTED : '#7a5c2e';
  return (
    <>
      <Rect x={-0.25} y={-w / 2} width={1.45} height={w} fill="rgba(0,0,0,0.001)" perfectDrawEnabled={false} />
      <Line points={[0, -w / 2, 0, w / 2]} stroke={colour} strokeWidth={0.14} hitStrokeWidth={0.4} />
      <Arc
        x={0}
        y={-w / 2}
        innerRadius={w * 0.5}
        outerRadius={w * 0.5}
        angle={90}
        stroke={INK}
        strokeWidth={0.015}
        dash={[0.06, 0.05]}
        {...DECOR}
      />
      <Arrow
        points={[0.1, 0, 1.15, 0]}
        stroke={colour}
        fill={colour}
        strokeWidth={0.07}
        pointerLength={0.28}
        pointerWidth={0.3}
        {...DECOR}
      />
    </>
  );
}

/** Stage or screen: the x axis points toward the audience; the back edge is drawn heavier. */
export function StageBody({ item, frame, selected }: BodyProps<'stage'>) {
  const { x0, y0, x1, y1 } = frame.box;
  return (
    <>
      <Rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="#eee4d0" {...stroke(selected)} perfectDrawEnabled={false} />
      <Line
        points={[x0 + 0.1, -item.width / 2 + 0.3, x0 + 0.1, item.width / 2 - 0.3]}
        stroke={TEXT}
        strokeWidth={0.12}
        {...DECOR}
      />
    </>
  );
}

export function WallBody({ frame, selected }: BodyProps<'wall'>) {
  return (
    <Rect {...boxRect(frame.box)} fill={selected ? INK_SELECTED : '#6d6253'} hitStrokeWidth={0.3} perfectDrawEnabled={false} />
  );
}

export function LabelBody({ item, frame, selected }: BodyProps<'label'>) {
  const { x0, x1 } = frame.box;
  return (
    <>
      <Rect
        {...boxRect(frame.box)}
        fill="rgba(255,255,255,0.01)"
        stroke={selected ? INK_SELECTED : undefined}
        strokeWidth={0.03}
        dash={[0.1, 0.06]}
        perfectDrawEnabled={false}
      />
      <Text
        text={item.text}
        x={x0}
        y={-LABEL_FONT / 2}
        width={x1 - x0}
        align="center"
        fontSize={LABEL_FONT}
        fill={TEXT}
        wrap="none"
        {...DECOR}
      />
    </>
  );
}
