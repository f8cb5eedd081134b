/**
 * Rotate and resize handles around the selection (Konva Transformer on the items' bodies).
 * A whole rotate or resize is one gesture: the document changes once, on release, into the
 * kind's own fields (rotation, diameter, length × width …), see resize.ts. While rotating, the
 * seats follow the handle (live-seats.ts).
 */
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Transformer } from 'react-konva';
import { dispatchLayout } from './actions';
import { lift, type GestureEnv } from './gestures';
import { liveRotation, liveSeats, type LiveSeats } from './live-seats';
import { resizePatch, resizeSpec } from './resize';
import type { SceneModel } from './scene-model';

const ROTATION_SNAPS = Array.from({ length: 24 }, (_, i) => i * 15);
const r2 = (v: number) => Math.round(v * 100) / 100;
const norm = (a: number) => Math.round((((((a + 180) % 360) + 360) % 360) - 180) * 10) / 10;

export function SelectionTransformer({
  model,
  selection,
  env,
}: {
  model: SceneModel;
  selection: string[];
  env: () => GestureEnv | null;
}) {
  const ref = useRef<Konva.Transformer>(null);
  const lifted = useRef<ReturnType<typeof lift> | null>(null);
  const live = useRef<LiveSeats | null>(null);
  const chosen = selection.filter((id) => model.byId.has(id));
  const single = chosen.length === 1 ? model.byId.get(chosen[0]!)!.item : undefined;
  const spec = single ? resizeSpec(single) : null;

  useEffect(() => {
    const tr = ref.current;
    const e = env();
    if (!tr || !e) return;
    const bodies = chosen
      .map((id) => e.main.findOne<Konva.Group>(`#${id}`)?.findOne<Konva.Group>('.body'))
      .filter((n): n is Konva.Group => !!n);
    tr.nodes(bodies);
    tr.getLayer()?.batchDraw();
  });

  const onStart = () => {
    const e = env();
    if (!e) return;
    lifted.current = lift(e, chosen);
    if (ref.current?.getActiveAnchor() === 'rotater') live.current = liveSeats(e.top, model, chosen);
  };

  const onEnd = () => {
    const e = env();
    const tr = ref.current;
    if (!e || !tr) return;
    const rotating = tr.getActiveAnchor() === 'rotater';
    live.current?.stop();
    live.current = null;
    const changes = chosen.flatMap((id) => {
      const m = model.byId.get(id);
      const outer = e.stage.findOne<Konva.Group>(`#${id}`);
      const body = outer?.findOne<Konva.Group>('.body');
      if (!m || !outer || !body) return [];
      const now = liveRotation(outer, body, m.item.rotation, m.frame.rotation);
      const patch = rotating ? { rotation: norm(now.rotation) } : resizePatch(m.item, body.scaleX(), body.scaleY());
      const x = r2(now.x);
      const y = r2(now.y);
      // Back to the drawing the document describes; React then applies the new fields.
      body.setAttrs({ x: 0, y: 0, scaleX: 1, scaleY: 1, rotation: m.frame.rotation });
      outer.position({ x, y });
      return [{ id, patch: { x, y, ...patch } }];
    });
    lifted.current?.drop();
    lifted.current = null;
    if (changes.length)
      dispatchLayout([{ type: 'item/update', sceneId: model.scene.id, gesture: rotating ? 'rotate' : 'resize', changes }]);
  };

  return (
    <Transformer
      ref={ref}
      rotationSnaps={ROTATION_SNAPS}
      rotationSnapTolerance={4}
      enabledAnchors={spec ? spec.anchors : []}
      keepRatio={spec?.keepRatio ?? false}
      flipEnabled={false}
      ignoreStroke
      anchorSize={9}
      anchorStroke="#b06a00"
      borderStroke="#e8a33d"
      borderDash={[4, 3]}
      rotateAnchorOffset={24}
      visible={chosen.length > 0}
      onTransformStart={onStart}
      onTransform={() => live.current?.update()}
      onTransformEnd={onEnd}
    />
  );
}
