/**
 * Seats that follow a rotation while the handle is dragged. The Transformer turns only the
 * item's body; here the seat shape of each item is redrawn, per pointer move, where the
 * engine's seatGeometry puts the seats of the item at its live rotation and position. Nothing
 * goes through React or the document: the gesture still changes the plan once, on release.
 */
import type Konva from 'konva';
import { seatGeometry } from '../../../shared/engine/seats';
import { seatsSceneFunc, type CaptionDraw, type SeatDraw } from './seat-draw';
import type { SceneModel } from './scene-model';

export interface LiveSeats {
  update(): void;
  /** Gives each seat shape back its own drawing (React redraws it from the new document). */
  stop(): void;
}

/** The item as it stands on screen now: rotation and origin taken from the turned body. */
export function liveRotation(outer: Konva.Group, body: Konva.Group, itemRotation: number, frameRotation: number) {
  return {
    rotation: itemRotation + body.rotation() - frameRotation,
    x: outer.x() + body.x(),
    y: outer.y() + body.y(),
  };
}

export function liveSeats(root: Konva.Container, model: SceneModel, ids: string[]): LiveSeats {
  const parts = ids.flatMap((id) => {
    const m = model.byId.get(id);
    const outer = root.findOne<Konva.Group>(`#${id}`);
    const body = outer?.findOne<Konva.Group>('.body');
    const shape = outer?.findOne<Konva.Shape>('.seats');
    if (!m || !outer || !body || !shape) return [];
    const byLabel = new Map(m.seats.map((s) => [s.label, s]));
    return [{ m, outer, body, shape, byLabel, own: shape.sceneFunc(), caption: shape.getAttr('caption') as CaptionDraw | null }];
  });
  return {
    update() {
      for (const { m, outer, body, shape, byLabel, caption } of parts) {
        const now = liveRotation(outer, body, m.item.rotation, m.frame.rotation);
        const item = { ...m.item, ...now };
        const seats: SeatDraw[] = seatGeometry(item, model.scene).flatMap((g) => {
          const s = byLabel.get(g.label);
          return s ? [{ ...s, x: g.x - outer.x(), y: g.y - outer.y(), facing: g.facing }] : [];
        });
        // The caption turns with the body about the body's own (moved) origin.
        const turn = ((body.rotation() - m.frame.rotation) * Math.PI) / 180;
        const at = caption && {
          ...caption,
          x: body.x() + caption.x * Math.cos(turn) - caption.y * Math.sin(turn),
          y: body.y() + caption.x * Math.sin(turn) + caption.y * Math.cos(turn),
        };
        shape.sceneFunc(seatsSceneFunc(seats, at));
        shape.getLayer()?.batchDraw();
      }
    },
    stop() {
      for (const { shape, own } of parts) shape.sceneFunc(own);
    },
  };
}
