/**
 * Cars and elevators, seen from above. A car's x axis points forward; its seats are the engine's
 * (so a right-hand-drive option moves the driver), and the steering wheel is drawn before the
 * driver's seat D. An elevator's x axis points from its door to the back wall.
 */
import { Circle, Line, Rect, Text } from 'react-konva';
import { DECOR, INK, INK_SELECTED, TEXT, stroke } from './common';
import type { BodyProps } from './types';

export function CarBody({ item, frame, selected, seats }: BodyProps<'car'>) {
  const { x0, y0, x1, y1 } = frame.box;
  const w = y1 - y0;
  const frontRow = Math.max(...seats.map((s) => s.x), 0);
  const screen = frontRow + 0.55;
  const driver = seats.find((s) => s.label === 'D');
  return (
    <>
      <Rect
        x={x0}
        y={y0}
        width={x1 - x0}
        height={w}
        fill="#f3f1ec"
        cornerRadius={Math.min(0.45, w / 3)}
        {...stroke(selected, 0.04)}
        perfectDrawEnabled={false}
      />
      {/* Windscreen and bonnet. */}
      <Line
        points={[screen, y0 + 0.12, screen + 0.25, y0 + 0.2, screen + 0.25, y1 - 0.2, screen, y1 - 0.12]}
        stroke={INK}
        strokeWidth={0.03}
        {...DECOR}
      />
      <Line points={[x1 - 0.15, y0 + 0.25, x1 - 0.15, y1 - 0.25]} stroke={INK} strokeWidth={0.02} {...DECOR} />
      {driver ? (
        <>
          <Circle
            x={driver.x + 0.38}
            y={driver.y}
            radius={0.17}
            stroke={selected ? INK_SELECTED : '#3c3c3c'}
            strokeWidth={0.04}
            {...DECOR}
          />
          <Line
            points={[driver.x + 0.38, driver.y - 0.17, driver.x + 0.38, driver.y + 0.17]}
            stroke="#3c3c3c"
            strokeWidth={0.025}
            {...DECOR}
          />
        </>
      ) : null}
      {item.plate ? (
        <Text
          text={item.plate}
          x={x0 + 0.28}
          y={-0.45}
          width={0.9}
          rotation={90}
          fontSize={0.16}
          fill={TEXT}
          align="center"
          wrap="none"
          {...DECOR}
        />
      ) : null}
    </>
  );
}

export function ElevatorBody({ item, frame, selected }: BodyProps<'elevator'>) {
  const { x0, y0, x1, y1 } = frame.box;
  const s = stroke(selected, 0.06);
  // E-left is negative y in this frame (the left hand of someone walking in along +x).
  const panelY = item.panel === 'front-left' ? y0 + 0.12 : y1 - 0.42;
  return (
    <>
      <Rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="#f1eee8" perfectDrawEnabled={false} />
      <Line points={[x0, y0 + 0.45, x0, y0, x1, y0, x1, y1, x0, y1, x0, y1 - 0.45]} {...s} {...DECOR} />
      <Line
        points={[x0 - 0.12, y0 + 0.45, x0 - 0.12, y1 - 0.45]}
        stroke={INK}
        strokeWidth={0.02}
        dash={[0.08, 0.06]}
        {...DECOR}
      />
      <Rect x={x0 + 0.05} y={panelY} width={0.12} height={0.3} fill="#3c3c3c" {...DECOR} />
      {item.attendant ? (
        <Circle
          x={x0 + 0.45}
          y={item.panel === 'front-left' ? y0 + 0.35 : y1 - 0.35}
          radius={0.16}
          fill="#d9d2c3"
          stroke={INK}
          strokeWidth={0.02}
          {...DECOR}
        />
      ) : null}
    </>
  );
}
