/**
 * The venue canvas (react-konva). The stage is scaled so that one unit is one metre; items are
 * drawn where the document says, seats where the engine's geometry says. Two layers: the main
 * layer holds the hall; the top layer holds the selection handles and whatever a gesture is
 * moving, so a drag redraws only what moves. See docs/canvas.md.
 */
import type Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Stage } from 'react-konva';
import { explainSeat } from '../../../shared/engine/explain-seat';
import { explainTableNumber } from '../../../shared/engine/explain-table';
import { seatText } from '../../../shared/output/seat-text';
import type { Scene } from '../../../shared/model/types';
import { useExplain } from '../i18n';
import { useApp, usePlan } from '../state/app-store';
import { assignSeat } from './actions';
import './canvas.css';
import { useCanvasUi, viewport } from './canvas-ui';
import { marqueeGesture, moveGesture, panGesture, seatGesture, worldPoint, type Gesture, type GestureEnv } from './gestures';
import { itemAt } from './item-hit';
import { union } from './item-frame';
import { FocusRing, useFocusedSeat, useShowFocus } from './FocusRing';
import { ItemsLayer } from './ItemsLayer';
import { CanvasNotice, ContextMenu, HelpOverlay, ScaleBar, Tooltip, ZoomButtons } from './overlays';
import { PERSON_DRAG_TYPE } from './person-drag';
import { useSceneModel, type SceneModel } from './scene-model';
import { seatAt, seatKey } from './seat-index';
import { SelectionTransformer } from './SelectionTransformer';
import { SHORTCUTS, typing, type ViewControls } from './shortcuts';
import { fitBox, zoomAt, type View } from './view';
import { underlayBox, underlayContains } from '../../../shared/model/underlay';
import { underlayGesture } from '../underlay/gesture';
import { useUnderlayPicture } from '../underlay/images';
import { UnderlayLayer, UnderlayStatus } from '../underlay/UnderlayLayer';
import { useUnderlayUi } from '../underlay/underlay-ui';

export function VenueCanvas({ scene }: { scene: Scene }) {
  const explain = useExplain();
  const plan = usePlan();
  const lang = useApp((s) => s.lang);
  const selection = useApp((s) => s.selection);
  const model = useSceneModel(scene, plan.people, lang);
  const underlay = scene.underlay;
  const picture = useUnderlayPicture(underlay?.assetId);
  const calibration = useUnderlayUi((s) => (s.calibration?.sceneId === scene.id ? s.calibration : null));
  const box = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const mainRef = useRef<Konva.Layer>(null);
  const topRef = useRef<Konva.Layer>(null);
  const envRef = useRef<GestureEnv | null>(null);
  const space = useRef(false);
  const gesture = useRef<Gesture | null>(null);
  // Measured before the first draw: drawing a whole hall at a guessed size would be wasted.
  const [measured, setSize] = useState<{ width: number; height: number } | null>(null);
  const size = useMemo(() => measured ?? { width: 0, height: 0 }, [measured]);
  // The hall layer is mounted hidden and shown here: a layer added visible is drawn on the spot
  // and then again on the next frame, a whole extra draw of a large hall while opening.
  useLayoutEffect(() => {
    if (mainRef.current?.visible() === false) mainRef.current.visible(true);
  });
  // The user's pan and zoom, per scene; until the user moves the view, the scene is framed to fit.
  const [views, setViews] = useState<Record<string, View>>({});
  const grid = useCanvasUi((s) => s.grid);

  // Measured in a layout effect, so the hall is drawn in the same frame as the rest of the editor;
  // the observer follows later size changes.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const [width, height] = [el.clientWidth, el.clientHeight];
      setSize((old) => (old?.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The floor plan counts as part of the scene when framing it.
  const allBox = useMemo(() => {
    const boxes = [...model.items.map((m) => m.bounds), ...(underlay ? [underlayBox(underlay)] : [])];
    return boxes.length ? union(boxes) : null;
  }, [model, underlay]);
  const view = views[scene.id] ?? fitBox(allBox, size);
  const setView = useCallback((v: View) => setViews((all) => ({ ...all, [scene.id]: v })), [scene.id]);

  const controls: ViewControls = useMemo(
    () => ({
      zoomToFit: () => setView(fitBox(allBox, size)),
      zoomToSelection: () => {
        const chosen = selection.map((id) => model.byId.get(id)?.bounds).filter((b) => b !== undefined);
        if (chosen.length) setView(fitBox(union(chosen), size, 200));
      },
      zoomBy: (f) => setView(zoomAt(view, f, { x: size.width / 2, y: size.height / 2 })),
    }),
    [allBox, size, selection, model, view, setView],
  );

  // The gesture code reads the latest model and view through this environment.
  useEffect(() => {
    const stage = stageRef.current;
    const main = mainRef.current;
    const top = topRef.current;
    if (!stage || !main || !top) return;
    envRef.current = {
      stage,
      main,
      top,
      model: () => model,
      view: () => view,
      setView,
      previewView: (v) => {
        stage.position({ x: v.x, y: v.y });
        stage.batchDraw();
        if (box.current) box.current.style.backgroundPosition = `${v.x}px ${v.y}px`;
      },
      grid: () => useCanvasUi.getState().grid,
      snapToItems: () => useCanvasUi.getState().snapToItems,
    };
    viewport.centre = { x: (size.width / 2 - view.x) / view.scale, y: (size.height / 2 - view.y) / view.scale };
    viewport.halfWidth = size.width / 2 / view.scale;
  });

  useCanvasKeys(controls, space);
  useShowFocus(model, view, size, setView);
  const focusedSeat = useFocusedSeat(scene.id);

  // A mark for the benchmark and the tests: the scene has been drawn in full.
  useEffect(() => {
    if (!measured) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        if (box.current) box.current.dataset.drawn = scene.id;
        performance.mark(`zuoci:canvas-drawn:${scene.id}`);
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [scene.id, measured]);

  const begin = (g: Gesture) => {
    gesture.current = g;
    useCanvasUi.getState().setHover(null);
    const move = (e: MouseEvent) => g.move(e);
    const up = (e: MouseEvent) => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      gesture.current = null;
      g.end(e);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };

  const onMouseDown = (ke: Konva.KonvaEventObject<MouseEvent>) => {
    const env = envRef.current;
    const e = ke.evt;
    if (!env || e.button === 2 || gesture.current) return;
    useCanvasUi.getState().setMenu(null);
    if (!views[scene.id]) setView(view);
    if (e.button === 1 || space.current) {
      e.preventDefault();
      begin(panGesture(env, e));
      return;
    }
    const world = worldPoint(env.stage, e);
    // Calibrating: a click picks a point on the floor plan and does nothing else.
    if (calibration) {
      useUnderlayUi.getState().addPoint(scene.id, world);
      return;
    }
    const { select, selection: current } = useApp.getState();
    const seat = seatAt(model.seatRefs, world);
    const occupant = seat ? model.occupant.get(seatKey(seat.itemId, seat.label)) : undefined;
    const onHandle = ke.target.findAncestor('Transformer', true) as Konva.Transformer | undefined;
    // A person under a resize handle (a round table's corner handles sit on its diagonal seats) wins.
    if (onHandle && !(seat && occupant)) return;
    if (seat && occupant && !e.shiftKey) {
      onHandle?.stopTransform();
      const person = plan.people.find((p) => p.id === occupant.personId);
      if (!current.includes(seat.itemId)) select([seat.itemId]);
      begin(seatGesture(env, seat, occupant.personId, person?.name ?? '', e));
      return;
    }
    const itemId = seat?.itemId ?? itemAt(model, world)?.item.id;
    if (!itemId) {
      // An unlocked floor plan is dragged where it is grabbed; a locked one is not there for the mouse.
      const onPlan = underlay && !underlay.locked && !e.shiftKey && underlayContains(underlay, world);
      begin(onPlan ? underlayGesture(env, scene.id, underlay, e) : marqueeGesture(env, e.shiftKey, e));
      return;
    }
    let next = current;
    if (e.shiftKey) next = current.includes(itemId) ? current.filter((id) => id !== itemId) : [...current, itemId];
    else if (!current.includes(itemId)) next = [itemId];
    if (next !== current) select(next);
    if (next.includes(itemId)) begin(moveGesture(env, next, itemId, e));
  };

  const onMouseMove = (ke: Konva.KonvaEventObject<MouseEvent>) => {
    const env = envRef.current;
    if (!env || gesture.current) return;
    const world = worldPoint(env.stage, ke.evt);
    const seat = seatAt(model.seatRefs, world);
    const container = env.stage.container();
    const overItem = ke.target !== env.stage || !!itemAt(model, world);
    container.style.cursor = calibration
      ? 'crosshair'
      : space.current || seat
        ? 'grab'
        : overItem || (underlay && !underlay.locked && underlayContains(underlay, world))
          ? 'move'
          : 'default';
    const ui = useCanvasUi.getState();
    // A seat says who sits there and why; a banquet table's body, why it has its number.
    const table = seat ? undefined : tableNumberReason(world);
    if (!seat && !table) {
      if (ui.hover) ui.setHover(null);
      return;
    }
    const pointer = env.stage.getPointerPosition() ?? { x: 0, y: 0 };
    ui.setHover({ x: pointer.x, y: pointer.y, lines: seat ? seatLines(model, seat.itemId, seat.label) : [table!] });
  };

  const tableNumberReason = (world: { x: number; y: number }): string | undefined => {
    const item = itemAt(model, world)?.item;
    const reason = item && explainTableNumber(plan, scene.id, item.id);
    return reason && explain.reason(reason);
  };

  /** Who sits in a seat and why, derived from the document (never from the last 自动排座 run). */
  const seatLines = (m: SceneModel, itemId: string, label: string): string[] => {
    const item = m.byId.get(itemId)?.item;
    const where = seatText(lang, item, label);
    const a = m.occupant.get(seatKey(itemId, label));
    const why = explainSeat(plan, scene.id, a ? { personId: a.personId } : { itemId, seat: label });
    const reason = why ? explain.seatReason(why.reason, scene, itemId) : '';
    if (!a) return [where, reason];
    const person = plan.people.find((p) => p.id === a.personId);
    const who = person ? [person.name, person.title, person.organisation].filter(Boolean).join(' · ') : a.personId;
    return [who, where, reason];
  };

  const onContextMenu = (ke: Konva.KonvaEventObject<PointerEvent>) => {
    ke.evt.preventDefault();
    const env = envRef.current;
    if (!env) return;
    const world = worldPoint(env.stage, ke.evt);
    const pointer = env.stage.getPointerPosition() ?? { x: 0, y: 0 };
    const seat = seatAt(model.seatRefs, world);
    const itemId = seat?.itemId ?? itemAt(model, world)?.item.id;
    const ui = useCanvasUi.getState();
    ui.setHover(null);
    if (!itemId) {
      ui.setMenu({ x: pointer.x, y: pointer.y, target: { kind: 'canvas', world } });
      return;
    }
    const { selection: current, select } = useApp.getState();
    if (!current.includes(itemId)) select([itemId]);
    const occupant = seat ? model.occupant.get(seatKey(seat.itemId, seat.label)) : undefined;
    ui.setMenu({
      x: pointer.x,
      y: pointer.y,
      target: seat
        ? { kind: 'seat', itemId, label: seat.label, ...(occupant ? { personId: occupant.personId } : {}) }
        : { kind: 'item', itemId },
    });
  };

  const onWheel = (ke: Konva.KonvaEventObject<WheelEvent>) => {
    ke.evt.preventDefault();
    const pointer = ke.target.getStage()?.getPointerPosition();
    if (!pointer) return;
    // Mouse wheels give large steps; trackpads and pinch (ctrlKey) give small ones.
    const d = ke.evt.deltaY;
    const factor = Math.abs(d) >= 50 ? (d < 0 ? 1.15 : 1 / 1.15) : Math.exp(-d * (ke.evt.ctrlKey ? 0.01 : 0.003));
    setView(zoomAt(view, factor, pointer));
  };

  const gridStep = [0.5, 1, 5, 10].find((s) => s * view.scale >= 14) ?? 50;
  return (
    <div
      className="canvas-box venue-canvas"
      ref={box}
      data-testid="venue-canvas"
      data-scale={view.scale}
      data-offset={`${view.x},${view.y}`}
      style={{
        backgroundSize: `${gridStep * view.scale}px ${gridStep * view.scale}px`,
        backgroundPosition: `${view.x}px ${view.y}px`,
      }}
      data-grid={grid}
      data-focus-seat={focusedSeat}
      data-underlay={picture?.state}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(PERSON_DRAG_TYPE)) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
        }
      }}
      onDrop={(e) => {
        const personId = e.dataTransfer.getData(PERSON_DRAG_TYPE);
        const stage = stageRef.current;
        if (!personId || !stage) return;
        e.preventDefault();
        stage.setPointersPositions(e.nativeEvent);
        const seat = seatAt(model.seatRefs, stage.getRelativePointerPosition() ?? { x: NaN, y: NaN }, 0.1);
        if (seat) assignSeat(personId, seat.itemId, seat.label);
      }}
      onMouseLeave={() => useCanvasUi.getState().setHover(null)}
    >
      {measured ? (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          scaleX={view.scale}
          scaleY={view.scale}
          x={view.x}
          y={view.y}
          onMouseDown={onMouseDown}
          onMouseMove={onMouseMove}
          onWheel={onWheel}
          onContextMenu={onContextMenu}
        >
          <UnderlayLayer
            underlay={underlay}
            image={picture?.state === 'ready' ? picture.image : undefined}
            points={calibration?.points ?? []}
            scale={view.scale}
          />
          {/* Hits on items and seats are computed (item-hit.ts, seat-index.ts): the hall does not listen. */}
          <Layer ref={mainRef} listening={false} visible={false}>
            <ItemsLayer model={model} selection={selection} />
          </Layer>
          <Layer ref={topRef}>
            <SelectionTransformer model={model} selection={selection} env={() => envRef.current} />
            <FocusRing model={model} />
          </Layer>
        </Stage>
      ) : null}
      <Tooltip />
      <ScaleBar scale={view.scale} />
      <ZoomButtons controls={controls} />
      <ContextMenu view={controls} />
      <HelpOverlay />
      <CanvasNotice />
      <UnderlayStatus picture={picture} />
    </div>
  );
}

/** Canvas shortcuts (see shortcuts.ts) and the space bar held for panning. */
function useCanvasKeys(controls: ViewControls, space: { current: boolean }): void {
  const latest = useRef(controls);
  useEffect(() => {
    latest.current = controls;
  });
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (typing(e)) return;
      if (e.key === ' ') {
        space.current = true;
        e.preventDefault();
        return;
      }
      const s = SHORTCUTS.find((x) => x.match(e));
      if (!s) return;
      e.preventDefault();
      s.run(latest.current, e);
    };
    const up = (e: KeyboardEvent) => {
      if (e.key === ' ') space.current = false;
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [space]);
}
