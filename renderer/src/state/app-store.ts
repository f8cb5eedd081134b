/**
 * Session state of the renderer (zustand). The document lives in `history.present`; every
 * change goes through `dispatch`, which records one undo step per gesture and autosaves.
 * Selection, route and language are session state: never in undo history, never in the file.
 */
import { create } from 'zustand';
import { derivePlan } from '../../../shared/commands/derive';
import { commit, redo, startHistory, undo, type History } from '../../../shared/commands/history';
import type { Command } from '../../../shared/commands/commands';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/i18n/translate';
import type { Plan, PlanSummary } from '../../../shared/model/types';
import { call, CallError } from '../bridge';
import { readRoute, writeRoute, type Route } from './route';
import type { Repair } from '../../../shared/model/restore';

/**
 * `error`: the last save failed; the document stays here and the save is retried (SaveFailed).
 * `conflict`: the stored plan changed elsewhere (another window) since this editor loaded it.
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

/** Wait before retrying after the n-th failed save in a row: 1 s, 2 s, 4 s … at most 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

export interface AppState {
  lang: Lang;
  route: Route;
  library: PlanSummary[];
  history: History | null;
  repairs: Repair[];
  /** Why the plan could not be opened; worded in the user's language where it is shown (errorText). */
  loadError: unknown;
  selection: string[];
  saveState: SaveState;
  /** The host's words for the last failed save: for the log and tests; the officer reads the banner. */
  saveError: string | null;
  setLang(lang: Lang): void;
  go(route: Route): void;
  loadLibrary(): Promise<void>;
  /** `loaded`: the host's answer when it was already asked for (state/prefetch.ts). */
  openPlan(id: string, sceneId?: string, loaded?: Promise<ResponseOf<'plans.get'>>): Promise<void>;
  dispatch(commands: Command | Command[]): void;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  /** After a conflict: take the stored plan (dropping this window's edits) or overwrite it. */
  resolveConflict(choice: 'reload' | 'overwrite'): Promise<void>;
  /** After a failed save: try again now instead of waiting for the next retry. */
  retrySave(): Promise<void>;
}

/** Resolves in a task of its own (a message, not a timer: timers are clamped and may be throttled). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export const useApp = create<AppState>((set, get) => {
  let saving = false;
  let dirty = false;
  /** The stored version this editor's document descends from (see plans.save). */
  let baseUpdatedAt: number | undefined;

  /** Failed saves in a row, and the pending retry after the last one. */
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  function cancelRetry(): void {
    clearTimeout(retry);
    retry = undefined;
  }

  /**
   * Saves the newest document; edits made during a save are saved right after it. A failed save
   * keeps the document here and is retried with backoff, or at once when the next edit comes.
   */
  async function autosave(): Promise<void> {
    dirty = true;
    cancelRetry();
    if (saving) return;
    saving = true;
    set({ saveState: 'saving' });
    // The plan is copied to the host in a task of its own, after the edit has been drawn: for a
    // plan of thousands of people the copy costs as much as the drawing, and one task doing both
    // holds the page that much longer (test/e2e/people-import-responsive.spec.ts). Edits made
    // meanwhile only mark the plan dirty; the loop saves the newest.
    await nextTask();
    while (dirty) {
      dirty = false;
      const plan = get().history?.present;
      if (!plan) {
        set({ saveState: 'idle' });
        break;
      }
      set({ saveState: 'saving' });
      try {
        ({ updatedAt: baseUpdatedAt } = await call('plans.save', { plan, baseUpdatedAt }));
        failures = 0;
        if (!dirty) set({ saveState: 'saved', saveError: null });
      } catch (e) {
        // Stop here: retrying would fail the same way; the user decides (resolveConflict).
        if (e instanceof CallError && e.code === 'conflict') {
          dirty = false;
          set({ saveState: 'conflict', saveError: null });
        } else {
          failures++;
          // The host's words are for the log; the officer reads the banner in their language.
          console.warn(`save failed (${failures} in a row): ${(e as Error).message}`);
          set({ saveState: 'error', saveError: (e as Error).message });
          if (!dirty) retry = setTimeout(() => void autosave(), retryDelay(failures));
        }
      }
    }
    saving = false;
  }

  function replacePresent(history: History): void {
    set({ history });
    if (get().saveState !== 'conflict') void autosave();
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

    async openPlan(id, sceneId, loaded) {
      set({ loadError: null });
      try {
        const { plan, repairs, updatedAt } = await (loaded ?? call('plans.get', { id }));
        baseUpdatedAt = updatedAt;
        failures = 0;
        cancelRetry();
        const scene = plan.scenes.find((s) => s.id === sceneId)?.id ?? plan.scenes[0]?.id;
        // A plan stored before numbers were derived (or by an older Zuoci) is numbered on opening.
        set({ history: startHistory(derivePlan(undefined, plan)), repairs, selection: [], saveState: 'idle' });
        get().go({ name: 'editor', planId: id, ...(scene ? { sceneId: scene } : {}) });
      } catch (e) {
        set({ loadError: e, history: null });
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

    async resolveConflict(choice) {
      const route = get().route;
      if (route.name !== 'editor') return;
      if (choice === 'reload') return get().openPlan(route.planId, route.sceneId);
      baseUpdatedAt = undefined;
      await autosave();
    },

    async retrySave() {
      if (get().saveState === 'error') await autosave();
    },
  };
});

/** The open plan; components under the editor may assume it is there. */
export function usePlan(): Plan {
  const plan = useApp((s) => s.history?.present);
  if (!plan) throw new Error('no plan open');
  return plan;
}
