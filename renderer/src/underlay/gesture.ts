/**
 * Dragging an unlocked floor plan: the picture's node moves on its layer while the mouse does,
 * and the document changes once, on release (one undo step), like every canvas gesture.
 */
import type { Underlay } from '../../../shared/model/types';
import { screenPoint, worldPoint, type Gesture, type GestureEnv } from '../canvas/gestures';
import { useApp } from '../state/app-store';

const DRAG_THRESHOLD_PX = 3;
const r3 = (v: number) => Math.round(v * 1000) / 1000;

export function underlayGesture(env: GestureEnv, sceneId: string, underlay: Underlay, e: MouseEvent): Gesture {
  const start = screenPoint(env.stage, e);
  const startWorld = worldPoint(env.stage, e);
  const node = env.stage.findOne('#underlay');
  let moved = false;
  const to = (ev: MouseEvent) => {
    const p = worldPoint(env.stage, ev);
    return { x: r3(underlay.x + p.x - startWorld.x), y: r3(underlay.y + p.y - startWorld.y) };
  };
  return {
    move(ev) {
      const s = screenPoint(env.stage, ev);
      if (!moved && Math.hypot(s.x - start.x, s.y - start.y) < DRAG_THRESHOLD_PX) return;
      moved = true;
      node?.position(to(ev));
      node?.getLayer()?.batchDraw();
    },
    end(ev) {
      if (!moved) return;
      useApp.getState().dispatch({ type: 'underlay/update', sceneId, patch: to(ev) });
    },
  };
}
