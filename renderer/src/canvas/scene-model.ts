/**
 * Everything the canvas derives from a scene: seat geometry (the engine's), body frames, bounds,
 * who sits where. Items whose inputs did not change keep the very same derived objects, so the
 * memoised item views of a 300-table hall re-render only where something changed.
 */
import { useMemo } from 'react';
import { seatGeometry } from '../../../shared/engine/seats';
import { nameOf, seatWords } from '../../../shared/i18n/seat-labels';
import type { Lang } from '../../../shared/i18n/translate';
import { isDoor } from '../../../shared/kinds/door';
import type { SeatGeom } from '../../../shared/engine/types';
import type { Assignment, Person, Scene, VenueItem } from '../../../shared/model/types';
import { affectedIn } from '../../../shared/people/affected';
import { itemBounds, itemFrame, seatRadius, toLocal, type Box, type Frame } from './item-frame';
import type { SeatDraw } from './seat-draw';
import { seatKey, seatList, type SeatRef } from './seat-index';
import type { LocalSeat } from './shapes/types';

export interface ItemModel {
  item: VenueItem;
  geometry: SeatGeom[];
  frame: Frame;
  bounds: Box;
  local: LocalSeat[];
  seats: SeatDraw[];
  /** What the seat drawing depends on, to tell whether it changed. */
  occupancy: string;
}

export interface SceneModel {
  scene: Scene;
  items: ItemModel[];
  byId: Map<string, ItemModel>;
  seatRefs: SeatRef[];
  occupant: Map<string, Assignment>;
}

interface Cache {
  lang: Lang;
  door: VenueItem | undefined;
  options: Scene['options'];
  people: Person[];
  items: Map<string, ItemModel>;
}

/**
 * Seat names in words, by language and the seat's name (message key and numbers): a hall of 3,000
 * seats has few distinct ones. Keyed by the name, not the label, as a hall's 单双号 numbering
 * gives one label different words.
 */
const placeWords = new Map<string, SeatDraw['place']>();

function placeOf(lang: Lang, item: VenueItem, label: string): SeatDraw['place'] {
  const name = nameOf(item, label);
  const key = name ? `${lang} ${name.key} ${JSON.stringify(name.params ?? {})}` : `${lang} \u0000${label}`;
  let words = placeWords.get(key);
  if (!words) {
    words = seatWords(lang, item, label);
    placeWords.set(key, words);
  }
  return words;
}

function buildItem(
  item: VenueItem,
  scene: Scene,
  lang: Lang,
  occupancy: string,
  occupants: Map<string, Assignment>,
  people: Map<string, Person>,
  affected: ReadonlySet<string>,
  prev?: ItemModel,
): ItemModel {
  const sameGeometry = prev && prev.item === item;
  const geometry = sameGeometry ? prev.geometry : seatGeometry(item, scene);
  const frame = sameGeometry ? prev.frame : itemFrame(item, scene, geometry);
  const local = sameGeometry
    ? prev.local
    : geometry.map((s) => ({ label: s.label, ...toLocal(item, frame.rotation, s), facing: s.facing - frame.rotation }));
  const r = seatRadius(item.kind);
  const seats =
    sameGeometry && prev.occupancy === occupancy
      ? prev.seats
      : geometry.map((s) => {
          const a = occupants.get(seatKey(item.id, s.label));
          const p = a ? people.get(a.personId) : undefined;
          const draw: SeatDraw = {
            label: s.label,
            place: placeOf(lang, item, s.label),
            x: s.x - item.x,
            y: s.y - item.y,
            r,
            facing: s.facing,
          };
          if (p) Object.assign(draw, { name: p.name, side: p.side, rank: p.rank, locked: a!.locked });
          if (p && affected.has(p.id)) draw.affected = true;
          return draw;
        });
  return {
    item,
    geometry,
    frame,
    bounds: sameGeometry ? prev.bounds : itemBounds(item, scene, geometry, frame),
    local,
    seats,
    occupancy,
  };
}

export function buildSceneModel(scene: Scene, people: Person[], lang: Lang, cache?: Cache): { model: SceneModel; cache: Cache } {
  const door = scene.items.find(isDoor);
  // Seats of every item depend on the door, the options and (their words) the language; with tables
  // facing the main table, on all tables.
  const reuse =
    cache &&
    cache.lang === lang &&
    cache.door === door &&
    cache.options === scene.options &&
    scene.options.tableFacing !== 'main';
  const samePeople = cache?.people === people;
  const personById = new Map(people.map((p) => [p.id, p]));
  // Seated people a change reached since the last 自动排座 (absent, re-ranked): marked until re-placed.
  const affected = new Set(affectedIn(scene, people).keys());
  const occupant = new Map<string, Assignment>();
  const perItem = new Map<string, string[]>();
  for (const a of scene.assignments) {
    occupant.set(seatKey(a.itemId, a.seat), a);
    const list = perItem.get(a.itemId) ?? [];
    list.push(`${a.seat}:${a.personId}:${a.locked ? 1 : 0}${affected.has(a.personId) ? ':a' : ''}`);
    perItem.set(a.itemId, list);
  }
  const items = scene.items.map((item) => {
    const occupancy = (perItem.get(item.id) ?? []).sort().join('|');
    const prev = reuse ? cache.items.get(item.id) : undefined;
    // A changed person (name, rank, side) redraws the seats that show people.
    const prevUsable =
      prev && (samePeople || prev.occupancy === '') ? prev : prev ? { ...prev, occupancy: '\u0000stale' } : undefined;
    return buildItem(item, scene, lang, occupancy, occupant, personById, affected, prevUsable);
  });
  const byId = new Map(items.map((m) => [m.item.id, m]));
  const model: SceneModel = {
    scene,
    items,
    byId,
    seatRefs: seatList(items),
    occupant,
  };
  return { model, cache: { lang, door, options: scene.options, people, items: byId } };
}

/** Derived data of the last model of each scene, so the next one can reuse what did not change. */
const caches = new Map<string, Cache>();

/** The scene model, recomputed only when the scene, the people or the language change. */
export function useSceneModel(scene: Scene, people: Person[], lang: Lang): SceneModel {
  return useMemo(() => {
    const { model, cache } = buildSceneModel(scene, people, lang, caches.get(scene.id));
    caches.set(scene.id, cache);
    return model;
  }, [scene, people, lang]);
}
