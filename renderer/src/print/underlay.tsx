/**
 * The scene's floor plan under a printed chart (issue 16 part 3), when the officer chose that it
 * prints. The picture is embedded as a data URL — a print page may show nothing else — from the
 * pictures the caller read (the preview from the host, `npm run export` from the .zuoci file).
 */
import type { Scene, Underlay } from '../../../shared/model/types';
import { metresPerPixel, underlayBox } from '../../../shared/model/underlay';
import type { ChartLayout } from '../../../shared/output/chart-layout';
import { n } from '../canvas/kinds/chart-parts';

/** Pictures by asset id, as data URLs. */
export type Pictures = ReadonlyMap<string, string>;

export interface PrintedUnderlay {
  underlay: Underlay;
  dataUrl: string;
}

/** The floor plan a chart of this scene prints, if it prints one and its picture is at hand. */
export function printedUnderlay(scene: Scene, pictures: Pictures): PrintedUnderlay | undefined {
  const underlay = scene.underlay;
  const dataUrl = underlay?.print ? pictures.get(underlay.assetId) : undefined;
  return underlay && dataUrl ? { underlay, dataUrl } : undefined;
}

/** The asset ids a plan's printed floor plans need, for a caller to read before printing. */
export function printedAssetIds(scenes: Scene[]): string[] {
  return [...new Set(scenes.flatMap((s) => (s.underlay?.print ? [s.underlay.assetId] : [])))];
}

/** The part of the scene the floor plan covers (metres), so the chart's scale takes it in. */
export const underlayWorld = (printed: PrintedUnderlay | undefined) => (printed ? underlayBox(printed.underlay) : undefined);

export function UnderlayImage({ printed, layout }: { printed: PrintedUnderlay; layout: ChartLayout }) {
  const { underlay, dataUrl } = printed;
  const at = layout.toPage(underlay);
  const m = metresPerPixel(underlay);
  return (
    <image
      className="chart-underlay"
      href={dataUrl}
      x={n(at.x)}
      y={n(at.y)}
      width={n(layout.mm(underlay.width * m))}
      height={n(layout.mm(underlay.height * m))}
      opacity={underlay.opacity}
      preserveAspectRatio="none"
    />
  );
}
