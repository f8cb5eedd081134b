/** A ring around the seat the 问题 panel points at, on the top layer, so the hall is not redrawn. */
import { useEffect, useRef } from 'react';
import { Circle } from 'react-konva';
import { useCanvasUi } from './canvas-ui';
import type { SceneModel } from './scene-model';
import type { View } from './view';

export function FocusRing({ model }: { model: SceneModel }) {
  const focus = useCanvasUi((s) => s.focus);
  const seat = focus?.sceneId === model.scene.id ? focus.seat : undefined;
  const at = seat && model.seatRefs.find((s) => s.itemId === seat.itemId && s.label === seat.seat);
  if (!at) return null;
  return <Circle x={at.x} y={at.y} radius={at.r * 1.6} stroke="#d9480f" strokeWidth={at.r * 0.35} listening={false} />;
}

/** The focused seat as `item:label` for the canvas element's data attribute (read by tests and tools). */
export function useFocusedSeat(sceneId: string): string | undefined {
  return useCanvasUi((s) =>
    s.focus?.sceneId === sceneId && s.focus.seat ? `${s.focus.seat.itemId}:${s.focus.seat.seat}` : undefined,
  );
}

/**
 * Brings the focused seat into view when the panel points at it and it lies outside the canvas:
 * the view pans (keeping its zoom) to centre the seat. Runs when the focus changes, not as the view does.
 */
export function useShowFocus(model: SceneModel, view: View, size: { width: number; height: number }, setView: (v: View) => void) {
  const focus = useCanvasUi((s) => s.focus);
  const latest = useRef({ model, view, size, setView });
  useEffect(() => {
    latest.current = { model, view, size, setView };
  });
  useEffect(() => {
    const { model, view, size, setView } = latest.current;
    const seat = focus?.sceneId === model.scene.id ? focus.seat : undefined;
    const at = seat && model.seatRefs.find((s) => s.itemId === seat.itemId && s.label === seat.seat);
    if (!at || size.width === 0) return;
    const x = view.x + at.x * view.scale;
    const y = view.y + at.y * view.scale;
    if (x >= 0 && y >= 0 && x <= size.width && y <= size.height) return;
    setView({ ...view, x: size.width / 2 - at.x * view.scale, y: size.height / 2 - at.y * view.scale });
  }, [focus]);
}
