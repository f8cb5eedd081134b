/**
 * Pointer gestures on the canvas: move the selection, marquee-select, pan, drag a person from
 * seat to seat. While a gesture runs nothing goes through React: the moved nodes are lifted onto
 * the top layer and moved there, so the big layer with the rest of the hall is not redrawn on
 * every frame. The document changes once, when the gesture ends (one undo step).
 */
import Konva from 'konva';
import { useApp } from '../state/app-store';
import { assignSeat, dispatchLayout } from './actions';
import { contains, normBox, union, type Box } from './item-frame';
import type { ItemModel, SceneModel } from './scene-model';
import { seatAt, type SeatRef } from './seat-index';
import { snapMove } from './snapping';
import type { View } from './view';

export interface GestureEnv {
  stage: Konva.Stage;
  main: Konva.Layer;
  top: Konva.Layer;
  model(): SceneModel;
  view(): View;
  /** Commits the view (React state) when a pan ends. */
  setView(v: View): void;
  /** Shows a view while panning, without React. */
  previewView(v: View): void;
  grid(): number;
  snapToItems(): boolean;
}

export interface Gesture {
  move(e: MouseEvent): void;
  end(e: MouseEvent): void;
}

const DRAG_THRESHOLD_PX = 3;
const SNAP_PX = 8;

export function screenPoint(stage: Konva.Stage, e: MouseEvent) {
  stage.setPointersPositions(e);
  return stage.getPointerPosition() ?? { x: 0, y: 0 };
}

export function worldPoint(stage: Konva.Stage, e: MouseEvent) {
  stage.setPointersPositions(e);
  return stage.getRelativePointerPosition() ?? { x: 0, y: 0 };
}

/**
 * Items with at least this many seats are moved as a picture of themselves: redrawing a
 * 5,000-seat meeting hall on every pointer move took about 80 ms a frame; its bitmap is one
 * drawImage. Small items are cheaper to redraw than to rasterise.
 */
const CACHE_SEATS = 200;
/** The largest picture (device pixels) made of an item: 16 megapixels, 64 MB. */
const MAX_PICTURE_PX = 16_000_000;

/** Room around an item's seats for what is drawn beside them (row numbers, the caption), in metres. */
const PICTURE_MARGIN = 1.5;

/**
 * Rasterises an item's node for a move, over its bounds (the seats' shape has no rectangle of its
 * own for Konva to find) at the canvas's zoom and pixel ratio, so the picture is as sharp as the
 * drawing; not when zoomed in so far that it would be larger than a canvas may safely be.
 */
function cachePicture(node: Konva.Group, model: ItemModel, ratio: number): boolean {
  const { x0, y0, x1, y1 } = model.bounds;
  const width = x1 - x0 + 2 * PICTURE_MARGIN;
  const height = y1 - y0 + 2 * PICTURE_MARGIN;
  const pixelRatio = ratio * node.getAbsoluteScale().x;
  if (width * height * pixelRatio * pixelRatio > MAX_PICTURE_PX) return false;
  const { x, y } = model.item;
  node.cache({ x: x0 - x - PICTURE_MARGIN, y: y0 - y - PICTURE_MARGIN, width, height, pixelRatio });
  return true;
}

/**
 * Moves item nodes onto the top layer for the gesture; the returned function puts them back.
 * `picture`: a gesture that only moves them (not a rotation, whose seats are redrawn live) may
 * move the large ones as pictures.
 */
export function lift(env: GestureEnv, ids: string[], { picture = false } = {}): { nodes: Konva.Group[]; drop(): void } {
  const byId = env.model().byId;
  const found = ids
    .map((id) => env.main.findOne<Konva.Group>(`#${id}`))
    .filter((n): n is Konva.Group => !!n)
    .map((node) => ({ node, index: node.zIndex(), cached: false }))
    .sort((a, b) => a.index - b.index);
  const ratio = env.main.getCanvas().getPixelRatio();
  for (const entry of found) {
    entry.node.moveTo(env.top);
    const model = byId.get(entry.node.id());
    if (picture && model && model.seats.length >= CACHE_SEATS) entry.cached = cachePicture(entry.node, model, ratio);
  }
  env.top.findOne('Transformer')?.moveToTop();
  env.main.batchDraw();
  return {
    nodes: found.map((f) => f.node),
    drop() {
      // Back at their own index, in order, so React's idea of the children stays true.
      for (const { node, index, cached } of found) {
        if (cached) node.clearCache();
        node.moveTo(env.main);
        node.zIndex(Math.min(index, env.main.children.length - 1));
      }
      env.main.batchDraw();
      env.top.batchDraw();
    },
  };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

export function moveGesture(env: GestureEnv, ids: string[], primaryId: string, e: MouseEvent): Gesture {
  const model = env.model();
  const start = screenPoint(env.stage, e);
  const startWorld = worldPoint(env.stage, e);
  const chosen = new Set(ids);
  const moving = union(ids.map((id) => model.byId.get(id)!.bounds));
  const others = model.items.filter((m) => !chosen.has(m.item.id)).map((m) => m.bounds);
  const primary = model.byId.get(primaryId)!.item;
  let lifted: ReturnType<typeof lift> | null = null;
  let origins: { x: number; y: number }[] = [];
  let delta = { dx: 0, dy: 0 };
  const guides = [0, 1].map(
    () =>
      new Konva.Line({
        stroke: '#d0455b',
        strokeWidth: 1,
        strokeScaleEnabled: false,
        dash: [4, 4],
        listening: false,
        visible: false,
      }),
  );

  return {
    move(ev) {
      const p = screenPoint(env.stage, ev);
      if (!lifted) {
        if (Math.hypot(p.x - start.x, p.y - start.y) < DRAG_THRESHOLD_PX) return;
        lifted = lift(env, ids, { picture: true });
        origins = lifted.nodes.map((n) => n.position());
        for (const g of guides) env.top.add(g);
      }
      const w = worldPoint(env.stage, ev);
      const view = env.view();
      const snapped = snapMove({
        moving,
        others,
        origin: primary,
        dx: w.x - startWorld.x,
        dy: w.y - startWorld.y,
        grid: ev.altKey ? 0 : env.grid(),
        tolerance: SNAP_PX / view.scale,
        toItems: !ev.altKey && env.snapToItems(),
      });
      delta = snapped;
      lifted.nodes.forEach((n, i) => n.position({ x: origins[i]!.x + snapped.dx, y: origins[i]!.y + snapped.dy }));
      const far = 1e4;
      guides.forEach((g, i) => {
        const guide = snapped.guides[i];
        g.visible(!!guide);
        if (guide) g.points(guide.axis === 'x' ? [guide.at, -far, guide.at, far] : [-far, guide.at, far, guide.at]);
      });
      (env.top.findOne('Transformer') as Konva.Transformer | undefined)?.forceUpdate();
      env.top.batchDraw();
    },
    end() {
      for (const g of guides) g.destroy();
      if (!lifted) return;
      lifted.drop();
      const { scene } = model;
      const finals = lifted.nodes.map((n, i) => ({
        id: n.id(),
        x: r2(origins[i]!.x + delta.dx),
        y: r2(origins[i]!.y + delta.dy),
      }));
      lifted.nodes.forEach((n, i) => n.position(finals[i]!));
      const changes = finals.filter((m) => {
        const item = model.byId.get(m.id)?.item;
        return item && (item.x !== m.x || item.y !== m.y);
      });
      if (changes.length) {
        dispatchLayout([
          {
            type: 'item/update',
            sceneId: scene.id,
            gesture: 'move',
            changes: changes.map((c) => ({ id: c.id, patch: { x: c.x, y: c.y } })),
          },
        ]);
      }
    },
  };
}

export function marqueeGesture(env: GestureEnv, additive: boolean, e: MouseEvent): Gesture {
  const startWorld = worldPoint(env.stage, e);
  const start = screenPoint(env.stage, e);
  const rect = new Konva.Rect({
    stroke: '#e8a33d',
    strokeWidth: 1,
    strokeScaleEnabled: false,
    dash: [5, 3],
    fill: 'rgba(232,163,61,0.08)',
    listening: false,
  });
  let shown = false;
  let box: Box = normBox(startWorld, startWorld);
  return {
    move(ev) {
      const p = screenPoint(env.stage, ev);
      if (!shown && Math.hypot(p.x - start.x, p.y - start.y) < DRAG_THRESHOLD_PX) return;
      if (!shown) env.top.add(rect);
      shown = true;
      box = normBox(startWorld, worldPoint(env.stage, ev));
      rect.setAttrs({ x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 });
      env.top.batchDraw();
    },
    end() {
      rect.destroy();
      env.top.batchDraw();
      const { select, selection } = useApp.getState();
      if (!shown) {
        if (!additive) select([]);
        return;
      }
      const inside = env
        .model()
        .items.filter((m) => contains(box, m.bounds))
        .map((m) => m.item.id);
      select(additive ? [...new Set([...selection, ...inside])] : inside);
    },
  };
}

export function panGesture(env: GestureEnv, e: MouseEvent): Gesture {
  const start = screenPoint(env.stage, e);
  const v0 = env.view();
  let v = v0;
  return {
    move(ev) {
      const p = screenPoint(env.stage, ev);
      v = { ...v0, x: v0.x + p.x - start.x, y: v0.y + p.y - start.y };
      env.previewView(v);
    },
    end() {
      env.setView(v);
    },
  };
}

/** Drag a seated person to another seat: the two swap (seat/assign swaps when occupied). */
export function seatGesture(env: GestureEnv, from: SeatRef, personId: string, name: string, e: MouseEvent): Gesture {
  const start = screenPoint(env.stage, e);
  const model = env.model();
  const ghost = new Konva.Text({
    text: name,
    fontSize: 0.26,
    fontStyle: 'bold',
    fill: '#b06a00',
    listening: false,
    opacity: 0.85,
  });
  const ring = new Konva.Circle({
    radius: 0.36,
    stroke: '#e8a33d',
    strokeWidth: 3,
    strokeScaleEnabled: false,
    listening: false,
    visible: false,
  });
  let started = false;
  let target: SeatRef | undefined;
  return {
    move(ev) {
      const p = screenPoint(env.stage, ev);
      if (!started && Math.hypot(p.x - start.x, p.y - start.y) < DRAG_THRESHOLD_PX) return;
      if (!started) env.top.add(ring, ghost);
      started = true;
      const w = worldPoint(env.stage, ev);
      ghost.position({ x: w.x + 0.15, y: w.y + 0.1 });
      target = seatAt(model.seatRefs, w, 0.1);
      if (target && target.itemId === from.itemId && target.label === from.label) target = undefined;
      ring.visible(!!target);
      if (target) ring.position(target);
      env.top.batchDraw();
    },
    end() {
      ghost.destroy();
      ring.destroy();
      env.top.batchDraw();
      if (started && target) assignSeat(personId, target.itemId, target.label);
    },
  };
}
