/**
 * Session state of the canvas that is not the document: hover tooltip, context menu, help
 * overlay, grid and snapping choices, the last 自动排座 report, a refused paste's message, the seat the 问题 panel points at. Kept apart from the app store so
 * that a hover or a menu re-renders only the few components that show it.
 */
import { create } from 'zustand';
import type { SceneResult } from '../../../shared/engine/types';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { Plan } from '../../../shared/model/types';
import type { Reprint, SceneReplaced } from '../../../shared/people/replace-all';

export interface Hover {
  x: number;
  y: number;
  lines: string[];
}

export type MenuTarget =
  | { kind: 'item'; itemId: string }
  | { kind: 'seat'; itemId: string; label: string; personId?: string }
  | { kind: 'canvas'; world: { x: number; y: number } };

export interface Menu {
  x: number;
  y: number;
  target: MenuTarget;
}

export interface SeatMove {
  personId: string;
  from?: { itemId: string; seat: string };
  to?: { itemId: string; seat: string };
}

export interface Placement {
  sceneId: string;
  result: SceneResult;
  /** Everyone whose seat changed, with old and new seats (what moved). */
  moved: SeatMove[];
}

/** The last 全部重排: what moved in each scene and what to print again, shown until closed. */
export interface Replaced {
  scenes: SceneReplaced[];
  reprint: Reprint[];
  /** The plan before and after, to put seats and names in words as they were. */
  before: Plan;
  after: Plan;
}

/** A short message about the last canvas action that did nothing (e.g. a refused paste). */
export interface Notice {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** What the 问题 panel points at: a seat, ringed on its scene's canvas, and people, marked in the list. */
export interface Focus {
  sceneId: string;
  seat?: { itemId: string; seat: string };
  personIds: string[];
}

export interface CanvasUi {
  hover: Hover | null;
  menu: Menu | null;
  help: boolean;
  grid: 0 | 0.1 | 0.5;
  snapToItems: boolean;
  placement: Placement | null;
  replaced: Replaced | null;
  notice: Notice | null;
  focus: Focus | null;
  setHover(h: Hover | null): void;
  setMenu(m: Menu | null): void;
  setHelp(open: boolean): void;
  setGrid(g: 0 | 0.1 | 0.5): void;
  setSnapToItems(on: boolean): void;
  setPlacement(p: Placement | null): void;
  setReplaced(r: Replaced | null): void;
  setNotice(n: Notice | null): void;
  setFocus(f: Focus | null): void;
}

/**
 * Where the canvas is looking (world metres), for adding items in view. A plain object, not
 * state: nothing re-renders when the view moves.
 */
export const viewport = { centre: { x: 0, y: 0 }, halfWidth: 10 };

export const useCanvasUi = create<CanvasUi>((set) => ({
  hover: null,
  menu: null,
  help: false,
  grid: 0.1,
  snapToItems: true,
  placement: null,
  replaced: null,
  notice: null,
  focus: null,
  setHover: (hover) => set({ hover }),
  setMenu: (menu) => set({ menu }),
  setHelp: (help) => set({ help }),
  setGrid: (grid) => set({ grid }),
  setSnapToItems: (snapToItems) => set({ snapToItems }),
  setPlacement: (placement) => set({ placement }),
  setReplaced: (replaced) => set({ replaced }),
  setNotice: (notice) => set({ notice }),
  setFocus: (focus) => set({ focus }),
}));
