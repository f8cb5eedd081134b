/**
 * The geometry of a floor-plan underlay (types.ts `Underlay`): where it lies in the scene's
 * metres, where a new one goes, and calibration — two points on the picture and their real
 * distance give the scale. Pure, so the canvas, the print view and the tests share it.
 */
import type { Underlay } from './types';

/** What the schema accepts: mm per pixel (a 10,000-pixel plan of 1 mm … 10 km), opacity. */
export const UNDERLAY_SCALE = { min: 0.01, max: 1000 } as const;
export const UNDERLAY_OPACITY = { min: 0.1, max: 1, initial: 0.6 } as const;
/** A new underlay is as wide as this (metres) until it is calibrated: about a banquet hall. */
const INITIAL_WIDTH_M = 30;

export interface Point {
  x: number;
  y: number;
}

/** Metres per picture pixel. */
export const metresPerPixel = (u: Pick<Underlay, 'mmPerPixel'>): number => u.mmPerPixel / 1000;

/** The picture's extent in the scene (metres). */
export function underlayBox(u: Underlay): { x0: number; y0: number; x1: number; y1: number } {
  const m = metresPerPixel(u);
  return { x0: u.x, y0: u.y, x1: u.x + u.width * m, y1: u.y + u.height * m };
}

export function underlayContains(u: Underlay, p: Point): boolean {
  const b = underlayBox(u);
  return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;
}

/** A freshly imported picture, `INITIAL_WIDTH_M` wide, centred on `centre`, unlocked and printed. */
export function newUnderlay(asset: { assetId: string; width: number; height: number }, centre: Point): Underlay {
  const mmPerPixel = clampScale((INITIAL_WIDTH_M * 1000) / asset.width);
  const m = mmPerPixel / 1000;
  return {
    ...asset,
    x: round(centre.x - (asset.width * m) / 2),
    y: round(centre.y - (asset.height * m) / 2),
    mmPerPixel,
    opacity: UNDERLAY_OPACITY.initial,
    locked: false,
    print: true,
  };
}

/**
 * The underlay's new scale and place after calibration: `a` and `b` are two scene points on the
 * picture (metres, as clicked), `metres` their real distance. The picture point under `a` stays
 * where it is, so what the officer clicked does not jump away. Undefined: the points coincide or
 * the scale would leave the schema's range.
 */
export function calibrate(u: Underlay, a: Point, b: Point, metres: number): Pick<Underlay, 'x' | 'y' | 'mmPerPixel'> | undefined {
  const pixels = Math.hypot(b.x - a.x, b.y - a.y) / metresPerPixel(u);
  if (!(pixels > 0) || !(metres > 0)) return undefined;
  const mmPerPixel = (metres * 1000) / pixels;
  if (mmPerPixel < UNDERLAY_SCALE.min || mmPerPixel > UNDERLAY_SCALE.max) return undefined;
  const k = mmPerPixel / u.mmPerPixel;
  return { x: a.x - (a.x - u.x) * k, y: a.y - (a.y - u.y) * k, mmPerPixel };
}

function clampScale(s: number): number {
  return Math.min(UNDERLAY_SCALE.max, Math.max(UNDERLAY_SCALE.min, s));
}

const round = (v: number) => Math.round(v * 1000) / 1000;
