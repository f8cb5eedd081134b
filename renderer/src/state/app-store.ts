/**
 * Session state of the renderer (zustand). The document lives in `history.present`; every
 * change goes through `dispatch`, which records one undo step per gesture and autosaves.
 * Selection, route and language are session state: never in undo history, never in the file.
 */
import { create } from 'zustand';
import { commit, redo, startHistory, undo, type History } from '../../../shared/commands/history';
import type { Command } from '../../../shared/commands/commands';
import type { Lang } from '../../../shared/i18n/messages';
import type { Plan, PlanSummary } from '../../../shared/model/types';
import { call } from '../bridge';
import { readRoute, writeRoute, type Route } from './route';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface AppState {
  lang: Lang;
  route: Route;
  library: PlanSummary[];
  history: History | null;
  repairs: string[];
  loadError: string | null;
  selection: string[];
  saveState: SaveState;
  saveError: string | null;
  setLang(lang: Lang): void;
  go(route: Route): void;
  loadLibrary(): Promise<void>;
  openPlan(id: string, sceneId?: string): Promise<void>;
  dispatch(commands: Command | Command[]): void;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
}

export const useApp = create<AppState>((set, get) => {
  let saving = false;
  let dirty = false;

  /** Saves the newest document; edits made during a save are saved right after it. */
  async function autosave(): Promise<void> {
    dirty = true;
    if (saving) return;
    saving = true;
    while (dirty) {
      dirty = false;
      const plan = get().history?.present;
      if (!plan) break;
      set({ saveState: 'saving' });
      try {
        await call('plans.save', { plan });
        if (!dirty) set({ saveState: 'saved', saveError: null });
      } catch (e) {
        set({ saveState: 'error', saveError: (e as Error).message });
      }
    }
    saving = false;
  }

  function replacePresent(history: History): void {
    set({ history });
    void autosave();
  }

  return {
    lang: 'zh',
    route: readRoute(),
    library: [],
    history: null,
    repairs: [],
    loadError: null,
    selection: [],
    saveState: 'idle',
    saveError: null,

    setLang(lang) {
      set({ lang });
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      void call('settings.set', { key: 'lang', value: lang }).catch(() => undefined);
    },

    go(route) {
      writeRoute(route);
      set({ route, selection: [] });
    },

    async loadLibrary() {
      set({ library: await call('plans.list', {}) });
    },

    async openPlan(id, sceneId) {
      set({ loadError: null, history: null, repairs: [], selection: [], saveState: 'idle' });
      try {
        const { plan, repairs } = await call('plans.get', { id });
        const scene = plan.scenes.find((s) => s.id === sceneId)?.id ?? plan.scenes[0]?.id;
        set({ history: startHistory(plan), repairs });
        get().go({ name: 'editor', planId: id, ...(scene ? { sceneId: scene } : {}) });
      } catch (e) {
        set({ loadError: (e as Error).message });
      }
    },

    dispatch(commands) {
      const history = get().history;
      if (!history) return;
      const list = Array.isArray(commands) ? commands : [commands];
      replacePresent(commit(history, list));
    },

    undo() {
      const history = get().history;
      if (history?.past.length) replacePresent(undo(history));
    },

    redo() {
      const history = get().history;
      if (history?.future.length) replacePresent(redo(history));
    },

    select(ids) {
      set({ selection: ids });
    },
  };
});

/** The open plan; components under the editor may assume it is there. */
export function usePlan(): Plan {
  const plan = useApp((s) => s.history?.present);
  if (!plan) throw new Error('no plan open');
  return plan;
}
