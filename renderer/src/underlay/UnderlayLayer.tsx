/**
 * The floor plan under the hall: its own Konva layer below the items, not listening (hits are
 * computed, as for items), so moving a table never redraws the picture. Calibration points are
 * marked on it while the officer picks them. A picture that cannot be drawn is said in words.
 */
import { Circle, Image as KonvaImage, Layer, Line } from 'react-konva';
import type { Underlay } from '../../../shared/model/types';
import { metresPerPixel, type Point } from '../../../shared/model/underlay';
import { useErrorText, useT } from '../i18n';
import './underlay.css';
import type { UnderlayPicture } from './images';

/** Screen pixels of a calibration mark. */
const MARK_PX = 7;

export function UnderlayLayer({
  underlay,
  image,
  points,
  scale,
}: {
  underlay: Underlay | undefined;
  image: HTMLImageElement | undefined;
  points: Point[];
  scale: number;
}) {
  if (!underlay) return null;
  const m = metresPerPixel(underlay);
  const r = MARK_PX / scale;
  return (
    <Layer listening={false}>
      {image ? (
        <KonvaImage
          id="underlay"
          image={image}
          x={underlay.x}
          y={underlay.y}
          width={underlay.width * m}
          height={underlay.height * m}
          opacity={underlay.opacity}
        />
      ) : null}
      {points.length === 2 ? (
        <Line points={points.flatMap((p) => [p.x, p.y])} stroke="#d0021b" strokeWidth={2 / scale} dash={[6 / scale, 4 / scale]} />
      ) : null}
      {points.map((p, i) => (
        <Circle key={i} x={p.x} y={p.y} radius={r} stroke="#d0021b" strokeWidth={2 / scale} fill="rgba(208,2,27,0.25)" />
      ))}
    </Layer>
  );
}

/** Says why the floor plan is not drawn: not in this library (a file without it), or unreadable. */
export function UnderlayStatus({ picture }: { picture: UnderlayPicture | undefined }) {
  const t = useT();
  const errorText = useErrorText();
  if (picture?.state === 'missing')
    return (
      <p className="underlay-status" role="alert">
        {t('underlay.missing')}
      </p>
    );
  if (picture?.state === 'failed') {
    return (
      <p className="underlay-status" role="alert">
        {t('underlay.loadFailed', { problem: errorText(picture.error) })}
      </p>
    );
  }
  return null;
}
