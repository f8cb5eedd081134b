/**
 * The canvas keyboard shortcuts: one table drives both the handler and the help overlay (?).
 * Undo/redo (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y) are the editor's own (use-undo-shortcuts.ts).
 */
import type { MessageKey } from '../../../shared/i18n/translate';
import * as act from './actions';
import { useCanvasUi } from './canvas-ui';

export interface ViewControls {
  zoomToFit(): void;
  zoomToSelection(): void;
  zoomBy(factor: number): void;
}

export interface Shortcut {
  /** Shown in the help overlay. */
  keys: string;
  help: MessageKey;
  match(e: KeyboardEvent): boolean;
  run(view: ViewControls, e: KeyboardEvent): void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent) => e.key.toLowerCase();
const plain = (e: KeyboardEvent) => !mod(e) && !e.altKey;

export const SHORTCUTS: Shortcut[] = [
  {
    keys: 'Delete / Backspace',
    help: 'keys.delete',
    match: (e) => plain(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    run: () => act.removeSelected(),
  },
  { keys: 'Ctrl+C', help: 'keys.copy', match: (e) => mod(e) && key(e) === 'c', run: () => act.copySelected() },
  { keys: 'Ctrl+X', help: 'keys.cut', match: (e) => mod(e) && key(e) === 'x', run: () => act.cutSelected() },
  { keys: 'Ctrl+V', help: 'keys.paste', match: (e) => mod(e) && key(e) === 'v', run: () => act.paste() },
  { keys: 'Ctrl+D', help: 'keys.duplicate', match: (e) => mod(e) && key(e) === 'd', run: () => act.duplicateSelected() },
  { keys: 'Ctrl+A', help: 'keys.selectAll', match: (e) => mod(e) && key(e) === 'a', run: () => act.selectAll() },
  { keys: 'Esc', help: 'keys.escape', match: (e) => e.key === 'Escape', run: () => escape() },
  { keys: '← ↑ → ↓', help: 'keys.nudge', match: (e) => !mod(e) && e.key.startsWith('Arrow'), run: (_v, e) => nudgeBy(e) },
  {
    keys: 'R / Shift+R',
    help: 'keys.rotate',
    match: (e) => plain(e) && key(e) === 'r',
    run: (_v, e) => act.rotateSelected(e.shiftKey ? -15 : 15),
  },
  {
    keys: ']  /  [',
    help: 'keys.forward',
    match: (e) => !mod(e) && (e.key === ']' || e.key === '['),
    run: (_v, e) => act.reorderSelected(e.key === ']' ? 'forward' : 'backward'),
  },
  {
    keys: 'Ctrl+]  /  Ctrl+[',
    help: 'keys.front',
    match: (e) => mod(e) && (e.key === ']' || e.key === '['),
    run: (_v, e) => act.reorderSelected(e.key === ']' ? 'front' : 'back'),
  },
  {
    keys: 'Shift+1',
    help: 'keys.zoomFit',
    match: (e) => e.shiftKey && !mod(e) && (e.code === 'Digit1' || e.key === '!'),
    run: (v) => v.zoomToFit(),
  },
  {
    keys: 'Shift+2',
    help: 'keys.zoomSelection',
    match: (e) => e.shiftKey && !mod(e) && (e.code === 'Digit2' || e.key === '@'),
    run: (v) => v.zoomToSelection(),
  },
  {
    keys: '+ / −',
    help: 'keys.zoom',
    match: (e) => !mod(e) && ['+', '=', '-', '_'].includes(e.key),
    run: (v, e) => v.zoomBy(e.key === '+' || e.key === '=' ? 1.25 : 0.8),
  },
  { keys: 'Ctrl+Enter', help: 'keys.autoPlace', match: (e) => mod(e) && e.key === 'Enter', run: () => autoPlaceSelection() },
  {
    keys: '?',
    help: 'keys.help',
    match: (e) => e.key === '?',
    run: () => useCanvasUi.getState().setHelp(!useCanvasUi.getState().help),
  },
];

/** Shown in the help overlay but handled by the pointer code or the editor (both columns translated). */
export const POINTER_HELP: { keys: MessageKey; help: MessageKey }[] = [
  { keys: 'keys.k.undo', help: 'keys.undo' },
  { keys: 'keys.k.redo', help: 'keys.redo' },
  { keys: 'keys.k.shiftClick', help: 'keys.shiftClick' },
  { keys: 'keys.k.marquee', help: 'keys.marquee' },
  { keys: 'keys.k.pan', help: 'keys.pan' },
  { keys: 'keys.k.wheel', help: 'keys.wheel' },
  { keys: 'keys.k.noSnap', help: 'keys.noSnap' },
  { keys: 'keys.k.swap', help: 'keys.swap' },
  { keys: 'keys.k.drop', help: 'keys.drop' },
  { keys: 'keys.k.menu', help: 'keys.menu' },
];

function escape(): void {
  const ui = useCanvasUi.getState();
  if (ui.help || ui.menu) {
    ui.setHelp(false);
    ui.setMenu(null);
  } else act.selectNone();
}

function nudgeBy(e: KeyboardEvent): void {
  const step = e.shiftKey ? 1 : 0.1;
  const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
  if (d) act.nudge(d[0]!, d[1]!);
}

function autoPlaceSelection(): void {
  const cur = act.currentScene();
  if (!cur) return;
  const ids = act.selectedIds();
  act.autoPlace(ids.length ? ids : undefined);
}

/** Whether a key event belongs to a text field rather than to the canvas. */
export function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}
