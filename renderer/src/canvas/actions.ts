/**
 * What the officer can do to the selection — from the keyboard, the context menu and the
 * toolbar alike. Each action is one gesture: one dispatch, one undo step.
 */
import type { Command } from '../../../shared/commands/commands';
import type { ReorderTarget } from '../../../shared/commands/reorder';
import { autoPlaceScene } from '../../../shared/engine/scene';
import { reflowCommands } from '../../../shared/people/reflow';
import { replaceAll, reprintList } from '../../../shared/people/replace-all';
import type { Plan, Scene, VenueItem } from '../../../shared/model/types';
import { revisionBefore } from '../safety/safety-actions';
import { useApp } from '../state/app-store';
import { align, distribute, type AlignMode, type DistributeAxis } from './align';
import { useCanvasUi, type SeatMove } from './canvas-ui';
import { copyItems, duplicates, pasteItems, readClipboard } from './clipboard';
import { itemBounds } from './item-frame';

export function currentScene(): { plan: Plan; scene: Scene } | null {
  const { history, route } = useApp.getState();
  const plan = history?.present;
  if (!plan) return null;
  const sceneId = route.name === 'editor' ? route.sceneId : undefined;
  const scene = plan.scenes.find((s) => s.id === sceneId) ?? plan.scenes[0];
  return scene ? { plan, scene } : null;
}

function selectedItems(scene: Scene): VenueItem[] {
  const ids = new Set(useApp.getState().selection);
  return scene.items.filter((i) => ids.has(i.id));
}

/** Dispatches a layout gesture as one undo step (the applier re-derives table and car numbers). */
export function dispatchLayout(commands: Command[]): void {
  if (!currentScene() || commands.length === 0) return;
  useApp.getState().dispatch(commands);
}

export function addItems(items: VenueItem[]): void {
  const cur = currentScene();
  if (!cur || items.length === 0) return;
  dispatchLayout([{ type: 'item/add', sceneId: cur.scene.id, items }]);
  useApp.getState().select(items.map((i) => i.id));
}

export function removeSelected(): void {
  const cur = currentScene();
  const items = cur ? selectedItems(cur.scene) : [];
  if (!cur || items.length === 0) return;
  dispatchLayout([{ type: 'item/remove', sceneId: cur.scene.id, itemIds: items.map((i) => i.id) }]);
  useApp.getState().select([]);
}

export async function copySelected(): Promise<void> {
  const cur = currentScene();
  const items = cur ? selectedItems(cur.scene) : [];
  if (items.length) await copyItems(items);
}

export async function cutSelected(): Promise<void> {
  const cur = currentScene();
  const items = cur ? selectedItems(cur.scene) : [];
  if (items.length === 0) return;
  // Removed at once (the keystroke's gesture); the clipboard write finishes on its own.
  const copied = copyItems(items);
  removeSelected();
  await copied;
}

/** Pastes what the clipboard holds; a damaged or foreign clipboard adds nothing and says why. */
export async function paste(at?: { x: number; y: number }): Promise<void> {
  const read = await readClipboard();
  const notify = useCanvasUi.getState().setNotice;
  if (read.kind === 'items') {
    notify(null);
    addItems(pasteItems(read.items, at));
  } else if (read.kind === 'malformed') notify({ key: 'clipboard.malformed', params: { problem: read.problem } });
  else notify({ key: 'clipboard.nothing' });
}

export function duplicateSelected(): void {
  const cur = currentScene();
  if (cur) addItems(duplicates(selectedItems(cur.scene)));
}

export function selectAll(): void {
  const cur = currentScene();
  if (cur) useApp.getState().select(cur.scene.items.map((i) => i.id));
}

function moveGesture(scene: Scene, moves: { id: string; x: number; y: number }[], gesture: 'move' | 'rotate' = 'move'): void {
  const changed = moves.filter((m) => {
    const item = scene.items.find((i) => i.id === m.id);
    return item && (item.x !== m.x || item.y !== m.y);
  });
  if (changed.length === 0) return;
  dispatchLayout([
    { type: 'item/update', sceneId: scene.id, gesture, changes: changed.map((m) => ({ id: m.id, patch: { x: m.x, y: m.y } })) },
  ]);
}

export function nudge(dx: number, dy: number): void {
  const cur = currentScene();
  if (!cur) return;
  const r2 = (v: number) => Math.round(v * 100) / 100;
  moveGesture(
    cur.scene,
    selectedItems(cur.scene).map((i) => ({ id: i.id, x: r2(i.x + dx), y: r2(i.y + dy) })),
  );
}

export function rotateSelected(deg: number): void {
  const cur = currentScene();
  const items = cur ? selectedItems(cur.scene) : [];
  if (!cur || items.length === 0) return;
  const norm = (a: number) => ((((a + 180) % 360) + 360) % 360) - 180;
  dispatchLayout([
    {
      type: 'item/update',
      sceneId: cur.scene.id,
      gesture: 'rotate',
      changes: items.map((i) => ({ id: i.id, patch: { rotation: norm(i.rotation + deg) } })),
    },
  ]);
}

export function reorderSelected(to: ReorderTarget): void {
  const cur = currentScene();
  const items = cur ? selectedItems(cur.scene) : [];
  if (!cur || items.length === 0) return;
  useApp.getState().dispatch({ type: 'item/reorder', sceneId: cur.scene.id, itemIds: items.map((i) => i.id), to });
}

function placed(scene: Scene) {
  return selectedItems(scene).map((i) => ({ id: i.id, x: i.x, y: i.y, box: itemBounds(i, scene) }));
}

export function alignSelected(mode: AlignMode): void {
  const cur = currentScene();
  if (cur) moveGesture(cur.scene, align(placed(cur.scene), mode));
}

export function distributeSelected(axis: DistributeAxis): void {
  const cur = currentScene();
  if (cur) moveGesture(cur.scene, distribute(placed(cur.scene), axis));
}

export function setLocked(personIds: string[], locked: boolean): void {
  const cur = currentScene();
  if (cur && personIds.length) useApp.getState().dispatch({ type: 'seat/lock', sceneId: cur.scene.id, personIds, locked });
}

export function unseat(personIds: string[]): void {
  const cur = currentScene();
  if (cur && personIds.length) useApp.getState().dispatch({ type: 'seat/unassign', sceneId: cur.scene.id, personIds });
}

export function assignSeat(personId: string, itemId: string, seat: string): void {
  const cur = currentScene();
  if (cur) useApp.getState().dispatch({ type: 'seat/assign', sceneId: cur.scene.id, personId, itemId, seat });
}

/**
 * 自动排座 for the given items (or the whole scene). Locked seats never move. Reports who moved
 * from where to where. The seats' reasons are not kept: the tooltips derive them from the document
 * (shared/engine/explain-seat.ts), so they survive a reload and a scene switch.
 */
export async function autoPlace(itemIds?: string[]): Promise<void> {
  if (!currentScene()) return;
  // The plan as it was is kept as a revision first: 自动排座 can be taken back after undo is gone.
  await revisionBefore('before-auto-place');
  const cur = currentScene();
  if (!cur) return;
  const { plan, scene } = cur;
  const result = autoPlaceScene(plan, scene.id, itemIds ? { itemIds } : {});
  const before = new Map(scene.assignments.map((a) => [a.personId, a]));
  const after = new Map(result.assignments.map((a) => [a.personId, a]));
  const moved: SeatMove[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(id);
    const a = after.get(id);
    if (b?.itemId === a?.itemId && b?.seat === a?.seat) continue;
    moved.push({
      personId: id,
      ...(b ? { from: { itemId: b.itemId, seat: b.seat } } : {}),
      ...(a ? { to: { itemId: a.itemId, seat: a.seat } } : {}),
    });
  }
  // The new seats and the change-log entry (moves, place cards to reprint) are one undo step.
  useApp.getState().dispatch(reflowCommands(plan, scene.id, result, Date.now(), !itemIds).commands);
  useCanvasUi.getState().setPlacement({
    sceneId: scene.id,
    result,
    moved,
  });
}

/**
 * 全部重排: every scene someone is affected in (shared/people/affected.ts) is re-placed, locks
 * kept, as one undo step; then one change list grouped by scene and one reprint list are shown.
 */
export async function replaceAffected(): Promise<void> {
  if (!useApp.getState().history) return;
  await revisionBefore('before-auto-place');
  const plan = useApp.getState().history?.present;
  if (!plan) return;
  const done = replaceAll(plan, (p, sceneId) => autoPlaceScene(p, sceneId), Date.now());
  if (done.commands.length === 0) return;
  useApp.getState().dispatch(done.commands);
  // The per-scene report of an earlier 自动排座 no longer describes these seats.
  useCanvasUi.getState().setPlacement(null);
  useCanvasUi.getState().setReplaced({
    scenes: done.scenes,
    reprint: reprintList(plan, done.after, done.scenes),
    before: plan,
    after: done.after,
  });
}

export function selectNone(): void {
  useApp.getState().select([]);
}

export function selectedIds(): string[] {
  const cur = currentScene();
  return cur ? selectedItems(cur.scene).map((i) => i.id) : [];
}

/**
 * Where a new item goes: the middle of the view, snapped to half a metre, moved right until it
 * does not overlap what is already there.
 */
export function freeSpot(item: VenueItem, centre: { x: number; y: number }): VenueItem {
  const cur = currentScene();
  const taken = cur ? cur.scene.items.map((i) => itemBounds(i, cur.scene)) : [];
  const snap = (v: number) => Math.round(v * 2) / 2;
  let placed = { ...item, x: snap(centre.x), y: snap(centre.y) };
  for (let i = 0; i < 40; i++) {
    const b = itemBounds(placed, cur?.scene ?? { ...emptyScene, items: [placed] });
    const overlaps = taken.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0);
    if (!overlaps) break;
    placed = { ...placed, x: placed.x + 1 };
  }
  return placed;
}

const emptyScene: Scene = { id: '', name: '', kind: 'other', options: {}, items: [], assignments: [], roles: [] };
