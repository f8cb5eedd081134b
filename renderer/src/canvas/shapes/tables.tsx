/** Tables: round, long / head, 会谈 and conference. Sizes are the document's, in metres. */
import { Circle, Line, Rect } from 'react-konva';
import { DECOR, INK, TABLE_FILL, stroke, boxRect } from './common';
import type { BodyProps } from './types';

export function RoundTableBody({ item, selected }: BodyProps<'round-table'>) {
  const r = item.diameter / 2;
  return (
    <>
      <Circle radius={r} fill={TABLE_FILL} {...stroke(selected)} perfectDrawEnabled={false} />
      {item.main ? <Circle radius={r - 0.1} stroke={INK} strokeWidth={0.02} {...DECOR} /> : null}
    </>
  );
}

export function LongTableBody({ item, frame, selected }: BodyProps<'long-table'>) {
  const { x0, y0, x1, y1 } = frame.box;
  return (
    <>
      <Rect {...boxRect(frame.box)} fill={TABLE_FILL} cornerRadius={0.05} {...stroke(selected)} perfectDrawEnabled={false} />
      {item.main ? (
        <Rect
          x={x0 + 0.08}
          y={y0 + 0.08}
          width={x1 - x0 - 0.16}
          height={y1 - y0 - 0.16}
          stroke={INK}
          strokeWidth={0.02}
          {...DECOR}
        />
      ) : null}
    </>
  );
}

/** 会谈桌: a long table with the centre line between the two delegations. */
export function TalksTableBody({ frame, selected }: BodyProps<'talks-table'>) {
  const { x0, x1 } = frame.box;
  return (
    <>
      <Rect {...boxRect(frame.box)} fill={TABLE_FILL} cornerRadius={0.3} {...stroke(selected)} perfectDrawEnabled={false} />
      <Line points={[x0 + 0.3, 0, x1 - 0.3, 0]} stroke={INK} strokeWidth={0.015} dash={[0.1, 0.08]} {...DECOR} />
    </>
  );
}

export function ConferenceTableBody({ frame, selected }: BodyProps<'conference-table'>) {
  return <Rect {...boxRect(frame.box)} fill={TABLE_FILL} cornerRadius={0.15} {...stroke(selected)} perfectDrawEnabled={false} />;
}
