/** Session state of the underlay tools: the calibration under way (the points clicked so far). */
import { create } from 'zustand';
import type { Point } from '../../../shared/model/underlay';

export interface Calibration {
  sceneId: string;
  /** Scene points (metres) clicked on the picture: none, one, then two. */
  points: Point[];
}

interface UnderlayUi {
  calibration: Calibration | null;
  startCalibration(sceneId: string): void;
  /** Takes a clicked point while fewer than two are chosen; answers whether it was taken. */
  addPoint(sceneId: string, p: Point): boolean;
  stopCalibration(): void;
}

export const useUnderlayUi = create<UnderlayUi>((set, get) => ({
  calibration: null,
  startCalibration: (sceneId) => set({ calibration: { sceneId, points: [] } }),
  addPoint: (sceneId, p) => {
    const c = get().calibration;
    if (!c || c.sceneId !== sceneId || c.points.length >= 2) return false;
    set({ calibration: { sceneId, points: [...c.points, p] } });
    return true;
  },
  stopCalibration: () => set({ calibration: null }),
}));
